// Generated from the API by `npm run api:generate` (openapi-typescript). Do not edit.

export interface paths {
    "/api/v1/achievements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a draft achievement for an organisation the caller belongs to */
        post: operations["AchievementsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/achievements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One achievement: published ones to anyone (no contacts), others to owners and reviewers */
        get: operations["AchievementsController_view"];
        put?: never;
        post?: never;
        /** Delete a draft achievement (members) */
        delete: operations["AchievementsController_remove"];
        options?: never;
        head?: never;
        /** Change an achievement (members; drafts, rejected or published) */
        patch: operations["AchievementsController_update"];
        trace?: never;
    };
    "/api/v1/achievements/{id}/interest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Show interest in someone else's achievement */
        post: operations["ListingMatchesController_interestInAchievement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/achievements/{id}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Needs and SMEs found for an achievement */
        get: operations["ListingMatchesController_achievementMatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/achievements/{id}/rematch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recompute the matches of an achievement now (owners) */
        post: operations["ListingMatchesController_rematchAchievement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/achievements/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit, withdraw, close or renew a achievement (members); approve or reject (reviewers) */
        post: operations["AchievementsController_transition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/jobs/{queue}/{jobId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a failed job again (admins) */
        post: operations["QueueDashboardController_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/jobs/failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Failed jobs of one queue, newest first (admins) */
        get: operations["QueueDashboardController_failed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/queue-dashboard/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open /admin/queues in this browser (admins) */
        post: operations["QueueDashboardController_openSession"];
        /** Close the queue dashboard session in this browser */
        delete: operations["QueueDashboardController_closeSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/uscc-exceptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a pilot USCC that fails only its checksum (admins, audited) */
        post: operations["AdminController_recordUsccException"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: revokes the refresh token and its rotations */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate the refresh token (the old one stops working) and get a new access token */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign up: a user and their organisation (the user becomes its owner) */
        post: operations["AuthController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/challenges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a draft challenge for an organisation the caller belongs to */
        post: operations["ChallengesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/challenges/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One challenge: published ones to anyone (no contacts), others to owners and reviewers */
        get: operations["ChallengesController_view"];
        put?: never;
        post?: never;
        /** Delete a draft challenge (members) */
        delete: operations["ChallengesController_remove"];
        options?: never;
        head?: never;
        /** Change a challenge (members; drafts, rejected or published) */
        patch: operations["ChallengesController_update"];
        trace?: never;
    };
    "/api/v1/challenges/{id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eligible organisations found for a challenge */
        get: operations["ListingMatchesController_challengeCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/challenges/{id}/rematch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recompute the candidates of a challenge now (owners) */
        post: operations["ListingMatchesController_rematchChallenge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/challenges/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit, withdraw, close or renew a challenge (members); approve or reject (reviewers) */
        post: operations["ChallengesController_transition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Join the organisation of an invitation (signed in with the invited email) */
        post: operations["InvitationsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The matches of the caller's organisations, best first */
        get: operations["MatchesController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One match (parties only); the other side's contact once mutual */
        get: operations["MatchesController_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matches/{id}/agree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an agreement (签约) on a match under negotiation */
        post: operations["MatchesController_agree"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matches/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline with a reason from the list and an optional note */
        post: operations["MatchesController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matches/{id}/interest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Show interest; both sides interested makes the match mutual */
        post: operations["MatchesController_interest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matches/{id}/negotiate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a mutual match as under negotiation */
        post: operations["MatchesController_negotiate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user with their memberships */
        get: operations["MeController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Email and digest settings per notification type, with defaults filled in */
        get: operations["NotificationPreferencesController_view"];
        /** Change some settings; unknown types or channels are a 400 and nothing is written */
        put: operations["NotificationPreferencesController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/saved-searches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's saved searches */
        get: operations["SavedSearchesController_list"];
        put?: never;
        /** Save a search (q + filters of GET /search) to be alerted about */
        post: operations["SavedSearchesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/saved-searches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a saved search */
        delete: operations["SavedSearchesController_remove"];
        options?: never;
        head?: never;
        /** Rename, change the query, or switch alerts on or off */
        patch: operations["SavedSearchesController_update"];
        trace?: never;
    };
    "/api/v1/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a draft need for an organisation the caller belongs to */
        post: operations["NeedsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One need: published ones to anyone (no contacts), others to owners and reviewers */
        get: operations["NeedsController_view"];
        put?: never;
        post?: never;
        /** Delete a draft need (members) */
        delete: operations["NeedsController_remove"];
        options?: never;
        head?: never;
        /** Change a need (members; drafts, rejected or published) */
        patch: operations["NeedsController_update"];
        trace?: never;
    };
    "/api/v1/needs/{id}/interest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Show interest in someone else's need */
        post: operations["ListingMatchesController_interestInNeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs/{id}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Achievements and capable organisations found for a need */
        get: operations["ListingMatchesController_needMatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs/{id}/rematch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recompute the matches of a need now (owners) */
        post: operations["ListingMatchesController_rematchNeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit, withdraw, close or renew a need (members); approve or reject (reviewers) */
        post: operations["NeedsController_transition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The inbox: unread first, then newest */
        get: operations["InboxController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one notification read */
        post: operations["InboxController_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark every notification read */
        post: operations["InboxController_readAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many notifications are unread (for the header badge) */
        get: operations["InboxController_unreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{organisationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organisation's public profile (members and admins also see contacts) */
        get: operations["OrganisationsController_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the profile (owners) */
        patch: operations["OrganisationsController_update"];
        trace?: never;
    };
    "/api/v1/organisations/{organisationId}/achievements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's own achievement listings in every state (members) */
        get: operations["AchievementsController_ofOrganisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{organisationId}/certifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an SME tier certificate (owners) */
        post: operations["OrganisationsController_addCertification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{organisationId}/challenges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's own challenge listings in every state (members) */
        get: operations["ChallengesController_ofOrganisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{organisationId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invitations not yet accepted (owners) */
        get: operations["OrganisationsController_pendingInvitations"];
        put?: never;
        /** Invite someone by email (owners); the answer carries the token once */
        post: operations["OrganisationsController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{organisationId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members of the organisation (members) */
        get: operations["OrganisationsController_members"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{organisationId}/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's own need listings in every state (members) */
        get: operations["NeedsController_ofOrganisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{organisationId}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's webhook endpoints (owners) */
        get: operations["WebhooksController_list"];
        put?: never;
        /** Register an endpoint; the answer carries its secret, shown once */
        post: operations["WebhooksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{organisationId}/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an endpoint and its delivery log (owners) */
        delete: operations["WebhooksController_remove"];
        options?: never;
        head?: never;
        /** Change url, description, event types; enabled=true resets failures */
        patch: operations["WebhooksController_update"];
        trace?: never;
    };
    "/api/v1/organisations/{organisationId}/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery log, newest first, each delivery with its attempts */
        get: operations["WebhooksController_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{organisationId}/webhooks/{id}/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a test delivery (event webhook.ping); the worker sends it */
        post: operations["WebhooksController_ping"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{organisationId}/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace the secret; the answer carries the new one, shown once */
        post: operations["WebhooksController_rotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/industries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GB/T 4754 sections, or the children of a code; or a name search */
        get: operations["ReferenceController_industries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/industries/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One industry with the codes from its section down */
        get: operations["ReferenceController_industry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Provinces, the cities of a province or the counties of a city; or a name search */
        get: operations["ReferenceController_regions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/regions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One region with the codes from its province down */
        get: operations["ReferenceController_region"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review-queue/achievements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** achievement listings awaiting review, oldest first (organisers and admins) */
        get: operations["AchievementsController_reviewQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review-queue/challenges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** challenge listings awaiting review, oldest first (organisers and admins) */
        get: operations["ChallengesController_reviewQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review-queue/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** need listings awaiting review, oldest first (organisers and admins) */
        get: operations["NeedsController_reviewQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Full-text search with filters
         * @description type=all answers one group per type (need, achievement, challenge, organisation) from a single Meilisearch request. Filters that do not apply to a type are ignored for it: trl and modes apply to needs and achievements; amount and deadline to listings; minTier to challenges (those a holder of the tier may enter) and organisations (holding at least the tier).
         */
        get: operations["SearchController_find"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/unsubscribe/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The confirmation page of an unsubscribe link (HTML) */
        get: operations["UnsubscribeController_confirm"];
        put?: never;
        /** Unsubscribe (the form, or an RFC 8058 one-click request) */
        post: operations["UnsubscribeController_confirmed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: PostgreSQL, Redis and Meilisearch each reported (503 unless all are up) */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptInvitationDto: {
            token: string;
        };
        AddCertificationDto: {
            /** @example 2024-07-01 */
            issuedOn: string;
            /** @enum {string} */
            level: "national" | "provincial" | "city";
            /**
             * @default valid
             * @enum {string}
             */
            status: "valid" | "under_review" | "revoked";
            /** @enum {string} */
            tier: "innovative" | "specialised" | "little_giant" | "single_champion";
            /** @example 2027-06-30 */
            validUntil: string;
        };
        CertificationSchema: {
            /** Format: uuid */
            id: string;
            /** Format: date */
            issuedOn: string;
            /** @enum {string} */
            level: "national" | "provincial" | "city";
            /** @enum {string} */
            status: "valid" | "under_review" | "revoked";
            /** @enum {string} */
            tier: "innovative" | "specialised" | "little_giant" | "single_champion";
            /** Format: date */
            validUntil: string;
        };
        ContactDto: {
            address?: string;
            email?: string;
            name?: string;
            phone?: string;
        };
        ContactSchema: {
            address?: string;
            email?: string;
            name?: string;
            phone?: string;
        };
        CreateAchievementDto: {
            abstract: string;
            applicationScenarios?: string[];
            /**
             * @description GB/T 4754-2017 code
             * @example 3421
             */
            industryCode: string;
            institution?: string;
            /**
             * @example [
             *       "数控机床",
             *       "热变形",
             *       "误差补偿"
             *     ]
             */
            keywords: string[];
            /** @description When transferModes has licence */
            licenceKinds?: ("exclusive" | "sole" | "non_exclusive" | "open")[];
            /** @description Required with the open (一对多) licence kind */
            openLicenceTerms?: components["schemas"]["OpenLicenceTermsDto"];
            /** @description The owning organisation; the caller must be a member */
            organisationId: string;
            patents?: components["schemas"]["PatentDto"][];
            /** @default false */
            priceNegotiable: boolean;
            /** @description 万元 */
            priceWan?: number;
            /**
             * @description GB/T 2260 six-digit code
             * @example 210211
             */
            regionCode: string;
            team?: string;
            /** @example 智能制造 */
            technologyField?: string;
            /** @example 数控机床主轴热变形补偿技术 */
            title: string;
            transferModes: ("assignment" | "licence" | "equity" | "joint_development" | "commissioned_development" | "service_consulting" | "pilot_maturation" | "talent_platform")[];
            trl: number;
            /**
             * @description Last day the listing is open (YYYY-MM-DD), in the future
             * @example 2027-06-30
             */
            validUntil: string;
        };
        CreateChallengeDto: {
            eligibleOrganisationTypes?: ("sme" | "large_enterprise" | "university" | "research_institute" | "service_org" | "organiser")[];
            /** @description GB/T 2260 codes (province, city or county) */
            eligibleRegionCodes?: string[];
            /** @description Weights sum to 100 */
            evaluationCriteria: components["schemas"]["EvaluationCriterionDto"][];
            /**
             * @description GB/T 4754-2017 code
             * @example 3421
             */
            industryCode: string;
            /**
             * @example [
             *       "数控机床",
             *       "热变形",
             *       "误差补偿"
             *     ]
             */
            keywords: string[];
            /**
             * @description Minimum valid SME tier on the deadline
             * @enum {string}
             */
            minTier?: "innovative" | "specialised" | "little_giant" | "single_champion";
            /** @description The owning organisation; the caller must be a member */
            organisationId: string;
            problem: string;
            /**
             * @description GB/T 2260 six-digit code
             * @example 210211
             */
            regionCode: string;
            /** @description 榜额, 万元 */
            rewardWan: number;
            technicalIndicators: components["schemas"]["TechnicalIndicatorDto"][];
            /** @example 数控机床主轴热变形补偿技术 */
            title: string;
            /**
             * @description Last day the listing is open (YYYY-MM-DD), in the future
             * @example 2027-06-30
             */
            validUntil: string;
        };
        CreateNeedDto: {
            /**
             * @description Hide the owner name until a match is mutual
             * @default false
             */
            anonymous: boolean;
            /** @description 万元 */
            budgetMaxWan?: number;
            /** @description 万元 */
            budgetMinWan?: number;
            /**
             * @description 面议
             * @default false
             */
            budgetNegotiable: boolean;
            cooperationModes: ("assignment" | "licence" | "equity" | "joint_development" | "commissioned_development" | "service_consulting" | "pilot_maturation" | "talent_platform")[];
            /** @example 我司数控车床在连续加工4小时后主轴热伸长导致精度漂移…… */
            description: string;
            /** @description Lowest acceptable TRL */
            desiredTrl?: number;
            /**
             * @description GB/T 4754-2017 code
             * @example 3421
             */
            industryCode: string;
            /**
             * @example [
             *       "数控机床",
             *       "热变形",
             *       "误差补偿"
             *     ]
             */
            keywords: string[];
            /** @description The owning organisation; the caller must be a member */
            organisationId: string;
            /**
             * @description GB/T 2260 six-digit code
             * @example 210211
             */
            regionCode: string;
            /** @example 数控机床主轴热变形补偿技术 */
            title: string;
            /**
             * @description Last day the listing is open (YYYY-MM-DD), in the future
             * @example 2027-06-30
             */
            validUntil: string;
        };
        CreateSavedSearchDto: {
            /**
             * @description Alerts on or off for this saved search
             * @default true
             */
            enabled: boolean;
            /** @example 辽宁 数控机床 成果 */
            name: string;
            /** @description The parameters GET /search takes (q, type, industry, region, minTier, trl, modes, amount, deadline), validated the same way; page, limit, sort and facets are accepted and not stored */
            query: components["schemas"]["SearchQueryDto"];
        };
        CreateWebhookEndpointDto: {
            description?: string;
            /** @description Event types to receive; empty or absent means all */
            eventTypes?: ("match.found" | "match.interest" | "match.mutual" | "challenge.candidate" | "listing.reviewed" | "listing.expiring" | "saved_search.alert" | "webhook.disabled")[];
            /**
             * @description http(s); outside development it must resolve to public addresses only
             * @example https://erp.example.cn/hooks/rongtong
             */
            url: string;
        };
        DeclineMatchDto: {
            note?: string;
            /** @enum {string} */
            reason: "too_early_stage" | "price" | "ip_unclear" | "not_relevant" | "other";
        };
        DirectInterestDto: {
            /** @description One of your published listings of the opposite kind */
            fromListingId?: string;
            /** @description Your organisation acting as itself (needs: any; achievements: an SME) */
            organisationId?: string;
        };
        ErrorDetail: {
            /**
             * @description Stable code to branch on
             * @example VALIDATION_FAILED
             */
            code: string;
            /** @description On 500s only: quote it to an operator */
            errorId?: string;
            fields?: components["schemas"]["FieldProblemBody"][];
            /** @example The request is invalid */
            message: string;
            requestId?: string;
        };
        ErrorResponse: {
            error: components["schemas"]["ErrorDetail"];
        };
        EvaluationCriterionDto: {
            /** @example 技术先进性 */
            name: string;
            weight: number;
        };
        FieldProblemBody: {
            /**
             * @description Dotted path of the field
             * @example organisation.uscc
             */
            field: string;
            messages: string[];
        };
        InviteMemberDto: {
            email: string;
            /**
             * @default member
             * @enum {string}
             */
            role: "owner" | "member";
        };
        ListingDetailsSchema: {
            /** @description achievement */
            abstract?: string;
            /** @description achievement */
            applicationScenarios?: string[];
            /** @description need, 万元 */
            budgetMaxWan?: number | null;
            /** @description need, 万元 */
            budgetMinWan?: number | null;
            /** @description need */
            budgetNegotiable?: boolean;
            /** @description need */
            cooperationModes?: ("assignment" | "licence" | "equity" | "joint_development" | "commissioned_development" | "service_consulting" | "pilot_maturation" | "talent_platform")[];
            /**
             * Format: date
             * @description challenge
             */
            deadline?: string;
            /** @description need */
            description?: string;
            /** @description need, TRL 1–9 */
            desiredTrl?: number | null;
            /** @description challenge */
            eligibleOrganisationTypes?: string[];
            /** @description challenge */
            eligibleRegionCodes?: string[];
            /** @description challenge */
            evaluationCriteria?: components["schemas"]["NamedTargetSchema"][];
            /** @description achievement */
            institution?: string;
            /** @description achievement */
            licenceKinds?: string[];
            /** @description challenge */
            minTier?: string | null;
            /** @description achievement */
            patents?: components["schemas"]["PatentSchema"][];
            /** @description achievement */
            priceNegotiable?: boolean;
            /** @description achievement, 万元 */
            priceWan?: number | null;
            /** @description challenge */
            problem?: string;
            /** @description challenge, 万元 */
            rewardWan?: number;
            /** @description achievement */
            team?: string;
            /** @description challenge */
            technicalIndicators?: components["schemas"]["NamedTargetSchema"][];
            /** @description achievement */
            technologyField?: string;
            /** @description achievement */
            transferModes?: ("assignment" | "licence" | "equity" | "joint_development" | "commissioned_development" | "service_consulting" | "pilot_maturation" | "talent_platform")[];
            /** @description achievement, TRL 1–9 */
            trl?: number;
        };
        ListingHitSchema: {
            /** @description 万元 */
            amountMaxWan: number | null;
            /** @description 万元 */
            amountMinWan: number | null;
            /** @description description, abstract or problem */
            body: string;
            eligibleOrganisationTypes: string[];
            highlight: components["schemas"]["SearchHighlightSchema"];
            /** Format: uuid */
            id: string;
            industryCode: string;
            industryName: string;
            industryPrefixes: string[];
            industrySection: string;
            keywords: string[];
            /** @enum {string} */
            kind: "need" | "achievement" | "challenge";
            minTier: string | null;
            modes: string[];
            negotiable: boolean;
            /**
             * Format: uuid
             * @description null when anonymous
             */
            organisationId: string | null;
            /** @description empty when anonymous */
            organisationName: string;
            organisationType: string | null;
            provinceCode: string;
            /** @description Unix seconds */
            publishedAt: number;
            regionCode: string;
            regionName: string;
            regionPrefixes: string[];
            title: string;
            trl: number | null;
            /** @description Unix seconds (end of the last day, China time) */
            validUntil: number;
            version: number;
        };
        ListingOwnerSchema: {
            /** @description An anonymous need names no owner to the public */
            anonymous: boolean;
            /**
             * Format: uuid
             * @description null when anonymous
             */
            id: string | null;
            /** @example 大连精工数控机床有限公司 */
            name: string;
            /** @example sme */
            type: string | null;
        };
        ListingSchema: {
            details: components["schemas"]["ListingDetailsSchema"];
            /** Format: uuid */
            id: string;
            /** @example 3841 */
            industryCode: string;
            /** @example 锂离子电池制造 */
            industryName: string;
            keywords: string[];
            /** @enum {string} */
            kind: "need" | "achievement" | "challenge";
            organisation: components["schemas"]["ListingOwnerSchema"];
            /** Format: date-time */
            publishedAt: string | null;
            /** @example 320500 */
            regionCode: string;
            /** @example 江苏省 苏州市 */
            regionName: string;
            /** @description Owners and reviewers only */
            rejectionReason?: string | null;
            /** @enum {string} */
            status: "draft" | "pending_review" | "published" | "closed" | "expired" | "rejected";
            title: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date */
            validUntil: string;
            version: number;
        };
        LoginDto: {
            email: string;
            password: string;
        };
        MemberOrganisationSchema: {
            certifications: components["schemas"]["CertificationSchema"][];
            /** @description Members and admins only */
            contact: components["schemas"]["ContactSchema"];
            /** Format: date-time */
            createdAt: string;
            /** @enum {string|null} */
            currentTier: "innovative" | "specialised" | "little_giant" | "single_champion" | null;
            /** Format: uuid */
            id: string;
            /** @example 3421 */
            industryCode: string;
            name: string;
            profile: string;
            /** @example 210211 */
            regionCode: string;
            /** @enum {string} */
            type: "sme" | "large_enterprise" | "university" | "research_institute" | "service_org" | "organiser";
            /** @description 统一社会信用代码 */
            uscc: string;
            version: number;
            website: string | null;
        };
        MembershipSchema: {
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            /** @enum {string} */
            organisationType: "sme" | "large_enterprise" | "university" | "research_institute" | "service_org" | "organiser";
            /** @example owner */
            role: string;
        };
        MeSchema: {
            /** Format: date-time */
            createdAt: string;
            displayName: string;
            email: string;
            /** Format: uuid */
            id: string;
            /** @example zh-CN */
            locale: string;
            memberships: components["schemas"]["MembershipSchema"][];
            mobile: string | null;
            platformRoles: ("admin" | "organiser")[];
        };
        NamedTargetSchema: {
            description?: string;
            name: string;
            target?: string;
            unit?: string;
            weight?: number;
        };
        OpenLicenceTermsDto: {
            /** @description 万元 */
            feeWan?: number;
            notes?: string;
            royaltyPercent?: number;
            termYears?: number;
        };
        OrganisationHitSchema: {
            achievementKeywords: string[];
            achievementTitles: string[];
            /** @description Unix seconds */
            createdAt: number;
            /** @enum {string|null} */
            currentTier: "innovative" | "specialised" | "little_giant" | "single_champion" | null;
            highlight: components["schemas"]["SearchHighlightSchema"];
            /** Format: uuid */
            id: string;
            industryCode: string;
            industryName: string;
            industryPrefixes: string[];
            name: string;
            profile: string;
            regionCode: string;
            regionName: string;
            regionPrefixes: string[];
            /** @enum {string} */
            type: "sme" | "large_enterprise" | "university" | "research_institute" | "service_org" | "organiser";
            version: number;
        };
        OrganisationInputDto: {
            contact?: components["schemas"]["ContactDto"];
            /**
             * @description GB/T 4754-2017 code: section letter or 2–4 digits
             * @example 3421
             */
            industryCode: string;
            /** @example 大连精工数控机床有限公司 */
            name: string;
            profile?: string;
            /**
             * @description GB/T 2260 six-digit region code
             * @example 210211
             */
            regionCode: string;
            /** @enum {string} */
            type: "sme" | "large_enterprise" | "university" | "research_institute" | "service_org" | "organiser";
            /**
             * @description 统一社会信用代码 (GB 32100-2015), 18 characters
             * @example 91210211MA0XXXXXXX
             */
            uscc: string;
            website?: string;
        };
        OrganisationSchema: {
            certifications: components["schemas"]["CertificationSchema"][];
            /** @description Members and admins only */
            contact?: components["schemas"]["ContactSchema"];
            /** Format: date-time */
            createdAt: string;
            /** @enum {string|null} */
            currentTier: "innovative" | "specialised" | "little_giant" | "single_champion" | null;
            /** Format: uuid */
            id: string;
            /** @example 3421 */
            industryCode: string;
            name: string;
            profile: string;
            /** @example 210211 */
            regionCode: string;
            /** @enum {string} */
            type: "sme" | "large_enterprise" | "university" | "research_institute" | "service_org" | "organiser";
            /** @description 统一社会信用代码 */
            uscc: string;
            /** @description Members and admins only */
            version?: number;
            website: string | null;
        };
        PatentDto: {
            /** @enum {string} */
            legalStatus: "pending" | "granted" | "lapsed";
            /**
             * @description Chinese application number with its check digit
             * @example 202310123456.7
             */
            number: string;
            title?: string;
        };
        PatentSchema: {
            /** @example granted */
            legalStatus: string;
            /** @example CN202310123456.7 */
            number: string;
            title?: string;
            /** @example invention */
            type: string;
        };
        ReferenceEntrySchema: {
            /** @example 210200 */
            code: string;
            /** @example 辽宁省 大连市 */
            fullName: string;
            hasChildren: boolean;
            /**
             * @description province, city, county; or section, division, group, class
             * @example city
             */
            level: string;
            /** @example 大连市 */
            name: string;
            /**
             * @example [
             *       "210000",
             *       "210200"
             *     ]
             */
            path: string[];
        };
        RefreshRequestDto: {
            /** @description Required unless X-Auth-Transport: cookie */
            refreshToken?: string;
        };
        RegisterDto: {
            /** @example 李明 */
            displayName: string;
            /** @example li.ming@example.cn */
            email: string;
            /** @description Join an existing organisation with the token its owner sent */
            invitationToken?: string;
            /**
             * @default zh-CN
             * @enum {string}
             */
            locale: "zh-CN" | "en";
            /** @example +8613812345678 */
            mobile?: string;
            /** @description The organisation to create; omit when joining by invitation */
            organisation?: components["schemas"]["OrganisationInputDto"];
            password: string;
        };
        RegistrationSchema: {
            organisation: components["schemas"]["MemberOrganisationSchema"];
            user: components["schemas"]["UserSchema"];
        };
        SearchGroupSchema: {
            /** @description Per facet (industrySection, provinceCode, trl, modes, …): value → count */
            facets?: {
                [key: string]: {
                    [key: string]: number;
                };
            };
            /** @description Listing hits (need, achievement, challenge) or organisation hits */
            hits: (components["schemas"]["ListingHitSchema"] | components["schemas"]["OrganisationHitSchema"])[];
            total: number;
        };
        SearchGroupsSchema: {
            achievement: components["schemas"]["SearchGroupSchema"];
            challenge: components["schemas"]["SearchGroupSchema"];
            need: components["schemas"]["SearchGroupSchema"];
            organisation: components["schemas"]["SearchGroupSchema"];
        };
        SearchHighlightSchema: {
            /** @description HTML-escaped snippet with matches in <em>…</em> */
            body: string;
            /** @description HTML-escaped title with matches in <em>…</em> */
            title: string;
        };
        SearchQueryDto: {
            /** @description 万元; listings whose amount range overlaps */
            amountMax?: number;
            /** @description 万元; listings whose amount range overlaps */
            amountMin?: number;
            /** @description Listings open until at least this day (YYYY-MM-DD) */
            deadlineAfter?: string;
            /** @description Listings open until at most this day (YYYY-MM-DD) */
            deadlineBefore?: string;
            /**
             * @description Comma-separated facet counts to return, any of: industrySection, provinceCode, modes, trl, minTier. Listings only; none by default
             * @example industrySection,modes
             */
            facets?: string;
            /**
             * @description GB/T 4754 code: a section letter or 2–4 digits; matches the code and below
             * @example C38
             */
            industry?: string;
            /** @default 20 */
            limit: number;
            /**
             * @description Organisations holding at least this tier; challenges an organisation of this tier may enter (no requirement, or a requirement at most this tier). Ignored for needs and achievements.
             * @enum {string}
             */
            minTier?: "innovative" | "specialised" | "little_giant" | "single_champion";
            /**
             * @description Comma-separated, any of: assignment, licence, equity, joint_development, commissioned_development, service_consulting, pilot_maturation, talent_platform. Needs and achievements only
             * @example licence,joint_development
             */
            modes?: string;
            /** @default 1 */
            page: number;
            /** @example 电池 */
            q?: string;
            /**
             * @description Six-digit code of a province, city or county; matches everything inside it
             * @example 210000
             */
            region?: string;
            /**
             * @default relevance
             * @enum {string}
             */
            sort: "relevance" | "newest" | "deadline" | "price";
            /** @description Needs and achievements only */
            trlMax?: number;
            /** @description Needs and achievements only */
            trlMin?: number;
            /**
             * @default all
             * @enum {string}
             */
            type: "all" | "need" | "achievement" | "challenge" | "organisation";
        };
        SearchResultSchema: {
            /** @description Per facet (industrySection, provinceCode, trl, modes, …): value → count */
            facets?: {
                [key: string]: {
                    [key: string]: number;
                };
            };
            /** @description single type only */
            hits?: (components["schemas"]["ListingHitSchema"] | components["schemas"]["OrganisationHitSchema"])[];
            limit: number;
            page: number;
            processingTimeMs: number;
            query: string;
            /** @description type=all only */
            results?: components["schemas"]["SearchGroupsSchema"];
            /** @description single type only */
            total?: number;
            /** @enum {string} */
            type?: "need" | "achievement" | "challenge" | "organisation";
        };
        TechnicalIndicatorDto: {
            /** @example 定位精度 */
            name: string;
            /** @example ≤ 3 */
            target: string;
            /** @example μm */
            unit?: string;
        };
        TokenSchema: {
            accessToken: string;
            /** @description Seconds until the access token expires */
            expiresIn: number;
            /** @description Absent with X-Auth-Transport: cookie (then in the rt_refresh HttpOnly cookie) */
            refreshToken?: string;
            /** @enum {string} */
            tokenType: "Bearer";
        };
        TransitionDto: {
            /** @enum {string} */
            action: "submit" | "approve" | "reject" | "close" | "renew" | "withdraw";
            /** @description Required to reject */
            reason?: string;
            /** @description Required to renew: the new last day (YYYY-MM-DD) */
            validUntil?: string;
        };
        UpdateAchievementDto: {
            abstract?: string;
            applicationScenarios?: string[];
            /**
             * @description GB/T 4754-2017 code
             * @example 3421
             */
            industryCode?: string;
            institution?: string;
            /**
             * @example [
             *       "数控机床",
             *       "热变形",
             *       "误差补偿"
             *     ]
             */
            keywords?: string[];
            /** @description When transferModes has licence */
            licenceKinds?: ("exclusive" | "sole" | "non_exclusive" | "open")[];
            /** @description Required with the open (一对多) licence kind */
            openLicenceTerms?: components["schemas"]["OpenLicenceTermsDto"];
            patents?: components["schemas"]["PatentDto"][];
            /** @default false */
            priceNegotiable: boolean;
            /** @description 万元 */
            priceWan?: number;
            /**
             * @description GB/T 2260 six-digit code
             * @example 210211
             */
            regionCode?: string;
            team?: string;
            /** @example 智能制造 */
            technologyField?: string;
            /** @example 数控机床主轴热变形补偿技术 */
            title?: string;
            transferModes?: ("assignment" | "licence" | "equity" | "joint_development" | "commissioned_development" | "service_consulting" | "pilot_maturation" | "talent_platform")[];
            trl?: number;
            /**
             * @description Last day the listing is open (YYYY-MM-DD), in the future
             * @example 2027-06-30
             */
            validUntil?: string;
        };
        UpdateChallengeDto: {
            eligibleOrganisationTypes?: ("sme" | "large_enterprise" | "university" | "research_institute" | "service_org" | "organiser")[];
            /** @description GB/T 2260 codes (province, city or county) */
            eligibleRegionCodes?: string[];
            /** @description Weights sum to 100 */
            evaluationCriteria?: components["schemas"]["EvaluationCriterionDto"][];
            /**
             * @description GB/T 4754-2017 code
             * @example 3421
             */
            industryCode?: string;
            /**
             * @example [
             *       "数控机床",
             *       "热变形",
             *       "误差补偿"
             *     ]
             */
            keywords?: string[];
            /**
             * @description Minimum valid SME tier on the deadline
             * @enum {string}
             */
            minTier?: "innovative" | "specialised" | "little_giant" | "single_champion";
            problem?: string;
            /**
             * @description GB/T 2260 six-digit code
             * @example 210211
             */
            regionCode?: string;
            /** @description 榜额, 万元 */
            rewardWan?: number;
            technicalIndicators?: components["schemas"]["TechnicalIndicatorDto"][];
            /** @example 数控机床主轴热变形补偿技术 */
            title?: string;
            /**
             * @description Last day the listing is open (YYYY-MM-DD), in the future
             * @example 2027-06-30
             */
            validUntil?: string;
        };
        UpdateNeedDto: {
            /**
             * @description Hide the owner name until a match is mutual
             * @default false
             */
            anonymous: boolean;
            /** @description 万元 */
            budgetMaxWan?: number;
            /** @description 万元 */
            budgetMinWan?: number;
            /**
             * @description 面议
             * @default false
             */
            budgetNegotiable: boolean;
            cooperationModes?: ("assignment" | "licence" | "equity" | "joint_development" | "commissioned_development" | "service_consulting" | "pilot_maturation" | "talent_platform")[];
            /** @example 我司数控车床在连续加工4小时后主轴热伸长导致精度漂移…… */
            description?: string;
            /** @description Lowest acceptable TRL */
            desiredTrl?: number;
            /**
             * @description GB/T 4754-2017 code
             * @example 3421
             */
            industryCode?: string;
            /**
             * @example [
             *       "数控机床",
             *       "热变形",
             *       "误差补偿"
             *     ]
             */
            keywords?: string[];
            /**
             * @description GB/T 2260 six-digit code
             * @example 210211
             */
            regionCode?: string;
            /** @example 数控机床主轴热变形补偿技术 */
            title?: string;
            /**
             * @description Last day the listing is open (YYYY-MM-DD), in the future
             * @example 2027-06-30
             */
            validUntil?: string;
        };
        UpdateNotificationPreferencesDto: {
            /** @description Match mails per day; more go into the daily digest */
            dailyMatchEmailCap?: number;
            /**
             * @description Per notification type: { email?: boolean, digest?: "immediate" | "daily" | "weekly" }
             * @example {
             *       "match.found": {
             *         "email": true,
             *         "digest": "daily"
             *       },
             *       "listing.expiring": {
             *         "email": false
             *       }
             *     }
             */
            types?: Record<string, never>;
        };
        UpdateOrganisationDto: {
            contact?: components["schemas"]["ContactDto"];
            industryCode?: string;
            name?: string;
            profile?: string;
            regionCode?: string;
            website?: string;
        };
        UpdateSavedSearchDto: {
            enabled?: boolean;
            name?: string;
            query?: components["schemas"]["SearchQueryDto"];
        };
        UpdateWebhookEndpointDto: {
            description?: string;
            /** @description true re-enables a disabled endpoint and resets its failures */
            enabled?: boolean;
            eventTypes?: ("match.found" | "match.interest" | "match.mutual" | "challenge.candidate" | "listing.reviewed" | "listing.expiring" | "saved_search.alert" | "webhook.disabled")[];
            url?: string;
        };
        UsccExceptionDto: {
            reason: string;
            uscc: string;
        };
        UserSchema: {
            /** Format: date-time */
            createdAt: string;
            displayName: string;
            email: string;
            /** Format: uuid */
            id: string;
            /** @example zh-CN */
            locale: string;
            mobile: string | null;
            platformRoles: ("admin" | "organiser")[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AchievementsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAchievementDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AchievementsController_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListingSchema"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AchievementsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state of the record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AchievementsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAchievementDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state of the record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ListingMatchesController_interestInAchievement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DirectInterestDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state of the record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ListingMatchesController_achievementMatches: {
        parameters: {
            query?: {
                counterpartKind?: "achievement" | "need" | "organisation";
                limit?: unknown;
                page?: unknown;
                /** @description Alias of limit */
                pageSize?: number;
                state?: "suggested" | "interest" | "mutual" | "negotiating" | "agreed" | "declined";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ListingMatchesController_rematchAchievement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AchievementsController_transition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListingSchema"];
                };
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state of the record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    QueueDashboardController_retry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jobId: string;
                queue: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    QueueDashboardController_failed: {
        parameters: {
            query: {
                limit?: unknown;
                page?: unknown;
                queue: "search" | "catalog" | "matching" | "notify" | "maintenance";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    QueueDashboardController_openSession: {
        parameters: {
            query?: never;
            header: {
                authorization: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    QueueDashboardController_closeSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AdminController_recordUsccException: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UsccExceptionDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: {
                /** @description `cookie`: the refresh token goes into the rt_refresh HttpOnly cookie (browsers) */
                "X-Auth-Transport"?: "cookie";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenSchema"];
                };
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: {
                /** @description `cookie`: the refresh token goes into the rt_refresh HttpOnly cookie (browsers) */
                "X-Auth-Transport"?: "cookie";
                /** @description Required (`rongtong-web`) with the cookie transport; the Origin must be ours */
                "X-Requested-With"?: "rongtong-web";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequestDto"];
            };
        };
        responses: {
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: {
                /** @description `cookie`: the refresh token goes into the rt_refresh HttpOnly cookie (browsers) */
                "X-Auth-Transport"?: "cookie";
                /** @description Required (`rongtong-web`) with the cookie transport; the Origin must be ours */
                "X-Requested-With"?: "rongtong-web";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenSchema"];
                };
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationSchema"];
                };
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state of the record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ChallengesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChallengeDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ChallengesController_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListingSchema"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ChallengesController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state of the record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ChallengesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateChallengeDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state of the record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ListingMatchesController_challengeCandidates: {
        parameters: {
            query?: {
                counterpartKind?: "achievement" | "need" | "organisation";
                limit?: unknown;
                page?: unknown;
                /** @description Alias of limit */
                pageSize?: number;
                state?: "suggested" | "interest" | "mutual" | "negotiating" | "agreed" | "declined";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ListingMatchesController_rematchChallenge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ChallengesController_transition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListingSchema"];
                };
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state of the record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    InvitationsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state of the record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MatchesController_mine: {
        parameters: {
            query?: {
                counterpartKind?: "achievement" | "need" | "organisation";
                limit?: unknown;
                page?: unknown;
                /** @description Alias of limit */
                pageSize?: number;
                state?: "suggested" | "interest" | "mutual" | "negotiating" | "agreed" | "declined";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MatchesController_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MatchesController_agree: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state of the record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MatchesController_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineMatchDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state of the record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MatchesController_interest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state of the record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MatchesController_negotiate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state of the record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MeController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeSchema"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    NotificationPreferencesController_view: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    NotificationPreferencesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateNotificationPreferencesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SavedSearchesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SavedSearchesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSavedSearchDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SavedSearchesController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SavedSearchesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSavedSearchDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    NeedsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateNeedDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    NeedsController_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListingSchema"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    NeedsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state of the record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    NeedsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateNeedDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state of the record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ListingMatchesController_interestInNeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DirectInterestDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state of the record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ListingMatchesController_needMatches: {
        parameters: {
            query?: {
                counterpartKind?: "achievement" | "need" | "organisation";
                limit?: unknown;
                page?: unknown;
                /** @description Alias of limit */
                pageSize?: number;
                state?: "suggested" | "interest" | "mutual" | "negotiating" | "agreed" | "declined";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ListingMatchesController_rematchNeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    NeedsController_transition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListingSchema"];
                };
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state of the record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    InboxController_list: {
        parameters: {
            query?: {
                limit?: unknown;
                /** @description Defaults to the caller's locale */
                locale?: "zh-CN" | "en";
                page?: unknown;
                /** @description Only unread notifications */
                unreadOnly?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    InboxController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    InboxController_readAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    InboxController_unreadCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OrganisationsController_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationSchema"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OrganisationsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganisationDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state of the record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AchievementsController_ofOrganisation: {
        parameters: {
            query?: {
                limit?: unknown;
                page?: unknown;
                status?: "draft" | "pending_review" | "published" | "closed" | "expired" | "rejected";
            };
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OrganisationsController_addCertification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddCertificationDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ChallengesController_ofOrganisation: {
        parameters: {
            query?: {
                limit?: unknown;
                page?: unknown;
                status?: "draft" | "pending_review" | "published" | "closed" | "expired" | "rejected";
            };
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OrganisationsController_pendingInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OrganisationsController_invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteMemberDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state of the record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OrganisationsController_members: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    NeedsController_ofOrganisation: {
        parameters: {
            query?: {
                limit?: unknown;
                page?: unknown;
                status?: "draft" | "pending_review" | "published" | "closed" | "expired" | "rejected";
            };
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WebhooksController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WebhooksController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookEndpointDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WebhooksController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WebhooksController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookEndpointDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WebhooksController_deliveries: {
        parameters: {
            query?: {
                limit?: unknown;
                page?: unknown;
            };
            header?: never;
            path: {
                id: string;
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WebhooksController_ping: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WebhooksController_rotateSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReferenceController_industries: {
        parameters: {
            query?: {
                /** @description Search hits at most */
                limit?: number;
                /** @description GB/T 4754 code; omitted: the 20 sections */
                parent?: string;
                /** @description Name to search for (else the children of `parent`) */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceEntrySchema"][];
                };
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReferenceController_industry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceEntrySchema"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReferenceController_regions: {
        parameters: {
            query?: {
                /** @description Search hits at most */
                limit?: number;
                /** @description Six-digit code; omitted: provinces */
                parent?: string;
                /** @description Name to search for (else the children of `parent`) */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceEntrySchema"][];
                };
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReferenceController_region: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceEntrySchema"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AchievementsController_reviewQueue: {
        parameters: {
            query?: {
                limit?: unknown;
                page?: unknown;
                status?: "draft" | "pending_review" | "published" | "closed" | "expired" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ChallengesController_reviewQueue: {
        parameters: {
            query?: {
                limit?: unknown;
                page?: unknown;
                status?: "draft" | "pending_review" | "published" | "closed" | "expired" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    NeedsController_reviewQueue: {
        parameters: {
            query?: {
                limit?: unknown;
                page?: unknown;
                status?: "draft" | "pending_review" | "published" | "closed" | "expired" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SearchController_find: {
        parameters: {
            query?: {
                /** @description 万元; listings whose amount range overlaps */
                amountMax?: number;
                /** @description 万元; listings whose amount range overlaps */
                amountMin?: number;
                /** @description Listings open until at least this day (YYYY-MM-DD) */
                deadlineAfter?: string;
                /** @description Listings open until at most this day (YYYY-MM-DD) */
                deadlineBefore?: string;
                /** @description Comma-separated facet counts to return, any of: industrySection, provinceCode, modes, trl, minTier. Listings only; none by default */
                facets?: string;
                /** @description GB/T 4754 code: a section letter or 2–4 digits; matches the code and below */
                industry?: string;
                limit?: number;
                /** @description Organisations holding at least this tier; challenges an organisation of this tier may enter (no requirement, or a requirement at most this tier). Ignored for needs and achievements. */
                minTier?: "innovative" | "specialised" | "little_giant" | "single_champion";
                /** @description Comma-separated, any of: assignment, licence, equity, joint_development, commissioned_development, service_consulting, pilot_maturation, talent_platform. Needs and achievements only */
                modes?: string;
                page?: number;
                q?: string;
                /** @description Six-digit code of a province, city or county; matches everything inside it */
                region?: string;
                sort?: "relevance" | "newest" | "deadline" | "price";
                /** @description Needs and achievements only */
                trlMax?: number;
                /** @description Needs and achievements only */
                trlMin?: number;
                type?: "all" | "need" | "achievement" | "challenge" | "organisation";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResultSchema"];
                };
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid access token (or, on auth routes, bad credentials or refresh token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A backing service (search, queue) is unavailable; writes are kept */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UnsubscribeController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UnsubscribeController_confirmed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `error.fields` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All three services are up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description At least one service is down (the body says which) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
