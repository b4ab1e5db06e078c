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
    "/api/v1/admin/users/{userId}/platform-roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a user's platform roles (admins, audited; applies to the next request) */
        put: operations["AdminController_replacePlatformRoles"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An application (applicant, owner reviewers, assigned evaluators) */
        get: operations["ChallengeApplicationsController_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload an attachment: the raw bytes as the body (PDF, Office, PNG/JPEG/WebP) */
        post: operations["ChallengeApplicationsController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/attachments/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an attachment from a draft */
        delete: operations["ChallengeApplicationsController_removeAttachment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/attachments/{fileId}/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A signed download link valid for a few minutes */
        post: operations["ChallengeApplicationsController_link"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Declare a conflict of interest: you are recused from it */
        post: operations["ChallengeApplicationsController_conflict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move an application to a stage (not_selected needs a reason and a note) */
        post: operations["ChallengeApplicationsController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Autosave the draft proposal */
        put: operations["ChallengeApplicationsController_save"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/scorecard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Score an application: 0–10 per criterion, and a comment */
        put: operations["ChallengeApplicationsController_score"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit (eligibility and the deadline are checked now, to the second) */
        post: operations["ChallengeApplicationsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every stage change of an application, with reasons */
        get: operations["ChallengeApplicationsController_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw (until the deadline, before the review starts) */
        post: operations["ChallengeApplicationsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your organisations' applications */
        get: operations["ChallengeApplicationsController_mine"];
        put?: never;
        post?: never;
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
    "/api/v1/auth/password/forgot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a password reset link; the same 202 whether the address is registered or not */
        post: operations["AuthController_forgotPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with the mailed token (single use); every session ends */
        post: operations["AuthController_resetPassword"];
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
        /** Sign up: a user and their organisation (the user becomes its owner); the same 202 whether the address is new or registered. A USCC registered by another account is 409 USCC_TAKEN, or with organisation.usccClaimEvidence a 202 uscc-claim-submitted (account without organisation, dispute claim for an admin); 409 USCC_ALREADY_VERIFIED when a claim on it is verified */
        post: operations["AuthController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify the address with the token from the mailed link */
        post: operations["AuthController_verifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certifications/{certificationId}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A certificate's evidence files (members of its organisation, organisers and admins) */
        get: operations["CertificationsController_listEvidence"];
        put?: never;
        /** Attach an evidence file (scan or photo of the certificate): the raw bytes as the body, PDF/PNG/JPEG/WebP by content, ≤ 10 MB each, 5 files and 30 MB per certificate; owners, while pending */
        post: operations["CertificationsController_uploadEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certifications/{certificationId}/evidence/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an evidence file (owners, while pending) */
        delete: operations["CertificationsController_removeEvidence"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certifications/{certificationId}/evidence/{fileId}/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A signed download link for an evidence file, valid for a few minutes (members of its organisation, organisers and admins) */
        post: operations["CertificationsController_evidenceLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certifications/{certificationId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a pending certificate with a reason (organisers and admins) */
        post: operations["CertificationsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certifications/{certificationId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a verified certificate with a reason (organisers and admins) */
        post: operations["CertificationsController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certifications/{certificationId}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify a pending certificate (organisers and admins) */
        post: operations["CertificationsController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certifications/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import an official list (xlsx/csv: name, USCC, tier, year, authority): a dry run reports row errors in Chinese, a commit verifies the matching organisations (organisers and admins) */
        post: operations["CertificationsController_importList"];
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
    "/api/v1/challenges/{id}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an application (a draft) for one of your organisations */
        post: operations["ChallengeApplicationsController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/challenges/{id}/award": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Award winners (sum ≤ 榜额): matches agreed, challenge closed */
        post: operations["ChallengeApplicationsController_award"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
    "/api/v1/challenges/{id}/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether an organisation of yours may apply, and each rule it fails */
        get: operations["ChallengeApplicationsController_eligibility"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/challenges/{id}/evaluators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The evaluators of a challenge (owners) */
        get: operations["ChallengeApplicationsController_evaluators"];
        put?: never;
        /** Add an evaluator: an owner member, or an external expert by email */
        post: operations["ChallengeApplicationsController_addEvaluator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/challenges/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite matched candidates to apply (a notice with a link) */
        post: operations["ChallengeApplicationsController_invite"];
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
    "/api/v1/challenges/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Applications with stages, scores, spread and ranking (owners) */
        get: operations["ChallengeApplicationsController_reviewTable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/challenges/{id}/round": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The application round of a challenge: deadline, criteria, award */
        get: operations["ChallengeApplicationsController_round"];
        /** Round settings: delivery date, budget rule, anonymous review */
        put: operations["ChallengeApplicationsController_settings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/challenges/{id}/round/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extend the deadline once, before it passes (drafts are told) */
        post: operations["ChallengeApplicationsController_extend"];
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
    "/api/v1/evaluator-invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an evaluator invitation with the signed-in account */
        post: operations["ChallengeApplicationsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluator-invitations/accept-with-new-account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an evaluator invitation without an account: creates one for the invited address (no organisation; evaluator of this challenge only), then sign in; 409 EMAIL_TAKEN when the address is registered (sign in and accept instead) */
        post: operations["ChallengeApplicationsController_acceptWithNewAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/event-meetings/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record your side's outcome of a meeting: no fit, follow-up, or an intent (万元), which moves the match to negotiating */
        put: operations["EventsController_recordOutcome"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/event-registrations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One registration (its organisation, or the organisers) */
        get: operations["EventsController_registration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/event-registrations/{id}/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your meetings: times, tables or video links, counterparts */
        get: operations["EventsController_agenda"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/event-registrations/{id}/agenda.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your agenda as an iCalendar file: stable UIDs, SEQUENCE bumped on changes, cancelled meetings as CANCELLED */
        get: operations["EventsController_agendaCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/event-registrations/{id}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Slots you cannot make, and your meeting cap */
        put: operations["EventsController_availability"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/event-registrations/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve (within capacity) or decline a registration (organisers) */
        post: operations["EventsController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/event-registrations/{id}/directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Other approved participants with their listings, 匹配度 and reasons from matching, your request and preference; best fit first */
        get: operations["ParticipationController_participants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/event-registrations/{id}/meetings/{meetingId}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published meeting as an iCalendar file: the same UID and SEQUENCE as in the whole agenda, CANCELLED once cancelled */
        get: operations["ParticipationController_meetingCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/event-registrations/{id}/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Outcomes of your published meetings: yours, and the other side's once you have recorded yours */
        get: operations["ParticipationController_outcomes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/event-registrations/{id}/passes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Attendees' passes: a code to type and a signed token for the QR code */
        get: operations["EventsController_passes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/event-registrations/{id}/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your must-meet / meet / no-thanks preferences */
        get: operations["EventsController_preferences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/event-registrations/{id}/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Meeting requests the registration sent and received */
        get: operations["EventsController_requestsOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/event-registrations/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw your organisation's registration */
        post: operations["EventsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Events past their draft, and your organisations' drafts */
        get: operations["EventsController_list"];
        put?: never;
        /** Create an event (a draft) for your organiser organisation */
        post: operations["EventsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One event with its slots and tables */
        get: operations["EventsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an event while it is a draft or open (organisers) */
        patch: operations["EventsController_update"];
        trace?: never;
    };
    "/api/v1/events/{id}/check-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check an attendee in by QR token or typed code (organisers) */
        post: operations["EventsController_checkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite organisations in bulk: each gets a notice with the link to register (organisers) */
        post: operations["EventsController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/meeting-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every meeting request of the event (organisers) */
        get: operations["EventsController_requestsOfEvent"];
        put?: never;
        /** Ask another participant for a meeting, with a note */
        post: operations["EventsController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/meetings/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Pin, unpin or move a meeting to a free table and slot (organisers) */
        patch: operations["EventsController_move"];
        trace?: never;
    };
    "/api/v1/events/{id}/meetings/{meetingId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a meeting held or a no-show (organisers, on the day) */
        post: operations["EventsController_markMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Approved participants and their listings (participants, organisers) */
        get: operations["EventsController_participants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set must-meet / meet / no-thanks (a veto) for another participant */
        put: operations["EventsController_setPreference"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose meetings from matching for pairs of participants nobody requested (either side may decline) (organisers) */
        post: operations["EventsController_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every registration with attendees and contacts (organisers) */
        get: operations["EventsController_registrationsOf"];
        put?: never;
        /** Register one of your organisations, with listings and attendees */
        post: operations["EventsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/registrations/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your organisations' registrations for the event */
        get: operations["EventsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organiser's report: registrations, meetings, intents and amounts, by industry, region and SME tier */
        get: operations["EventsController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/report.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The report as xlsx: overview, breakdowns, participants, schedule, outcomes */
        get: operations["EventsController_reportWorkbook"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The whole schedule (organisers) */
        get: operations["EventsController_schedule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/schedule/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the schedule and tell every participant (organisers) */
        post: operations["EventsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/schedule/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event's latest scheduler runs, newest first (organisers) */
        get: operations["EventsController_scheduleRuns"];
        put?: never;
        /** Queue a scheduler run (a BullMQ job): pinned and published meetings stay unless replan; poll the run for progress and figures; 409 while a run is active (organisers) */
        post: operations["EventsController_runSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/suggested-invitees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who to invite, from matching: SMEs whose needs fit the theme and those whose achievements answer them, ranked with reasons (organisers) */
        get: operations["EventsController_suggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move an event one step along its life (organisers) */
        post: operations["EventsController_transition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/walk-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register an organisation that turned up at the check-in desk, picked from the platform or created (name, type, region, industry, USCC): approved at once, passes issued for its 1–3 attendees, checked in (organisers, on an event day once published, or while it runs) */
        post: operations["EventsController_registerWalkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/walk-ins/{registrationId}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Meetings for a walk-in later today with checked-in participants, in free or freed slots and tables, best match first (organisers) */
        get: operations["EventsController_walkInProposals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/walk-ins/{registrationId}/proposals/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Book chosen meetings for a walk-in (409 if a table or participant was taken meanwhile; both sides are told) (organisers) */
        post: operations["EventsController_confirmWalkInProposals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/walk-ins/organisation-candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations on the platform whose name contains q or whose USCC starts with q, for the walk-in desk to pick (organisers) */
        get: operations["EventsController_walkInCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a stored file through a signed link */
        get: operations["FilesController_download"];
        put?: never;
        post?: never;
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
    "/api/v1/me/email-verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the verification link again */
        post: operations["MeController_resendVerification"];
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
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the password (the current one is required); other sessions end, a new one starts */
        post: operations["MeController_changePassword"];
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
    "/api/v1/me/sign-out-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out on every device: all refresh tokens of the caller end */
        post: operations["MeController_signOutEverywhere"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/uscc-claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The USCC claims the caller made, newest first, with their history */
        get: operations["UsccClaimsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meeting-requests/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept (within caps) or decline with a reason a request you received */
        post: operations["EventsController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meeting-requests/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a request you sent */
        post: operations["EventsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
    "/api/v1/organisation-name-changes/{nameChangeId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a pending name: it becomes the public name (organisers and admins, never for their own organisation) */
        post: operations["NameChangesController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisation-name-changes/{nameChangeId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a pending name with a reason; the public name stays (organisers and admins) */
        post: operations["NameChangesController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisation-name-changes/{nameChangeId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a pending name change; the public name stays (owners of the organisation; 409 NAME_CHANGE_STATE once decided) */
        post: operations["NameChangesController_withdraw"];
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
        /** Change the profile (members). A new name is owner-only (403 OWNER_ONLY) and goes to review: the public name stays, the member view shows pendingName until an organiser approves */
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
        /** The organisation's certificates with their history (members) */
        get: operations["CertificationsController_list"];
        put?: never;
        /** Submit an SME tier certificate with its evidence (owners); it stays pending until verified */
        post: operations["CertificationsController_submit"];
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
    "/api/v1/organisations/{organisationId}/name-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's name history: every rename request and its outcome (members) */
        get: operations["NameChangesController_history"];
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
    "/api/v1/review-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Applications you evaluate, with your scorecards */
        get: operations["ChallengeApplicationsController_queue"];
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
    "/api/v1/review-queue/certifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Certificates awaiting verification (or in another status), oldest first (organisers and admins) */
        get: operations["CertificationsController_queue"];
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
    "/api/v1/review-queue/organisation-names": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisation name changes in a status (pending by default), oldest first (organisers and admins) */
        get: operations["NameChangesController_queue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review-queue/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pending edits of published listings, oldest first, with the field diff (reviewers; other organisations' listings) */
        get: operations["ListingRevisionsController_queue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review-queue/revisions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One revision with its field diff (reviewers) */
        get: operations["ListingRevisionsController_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review-queue/revisions/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve an edit: the listing takes the new values, is re-indexed and re-matched */
        post: operations["ListingRevisionsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review-queue/revisions/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject an edit with a reason for the owner; the published text stays */
        post: operations["ListingRevisionsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review-queue/uscc-claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** USCC claims in a status (pending by default), oldest first (organisers and admins) */
        get: operations["UsccClaimsController_queue"];
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
    "/api/v1/uscc-claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Claim a USCC with evidence: the owner of the organisation registered with it (again, after a rejection), or anyone else who represents the company (a dispute an admin decides); 409 USCC_NOT_REGISTERED, USCC_ALREADY_VERIFIED or USCC_CLAIM_PENDING */
        post: operations["UsccClaimsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/uscc-claims/{claimId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One USCC claim with its history (its claimant and reviewers) */
        get: operations["UsccClaimsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/uscc-claims/{claimId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify a pending claim (organisers and admins; disputes admins only, and approving one makes the claimant the owner and removes the other members); other pending claims on the USCC are rejected */
        post: operations["UsccClaimsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/uscc-claims/{claimId}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A claim's evidence files (its claimant, organisers and admins) */
        get: operations["UsccClaimsController_listEvidence"];
        put?: never;
        /** Attach proof to a pending claim (营业执照 scan, authorisation letter): the raw bytes as the body, PDF/PNG/JPEG/WebP by content, ≤ 10 MB each, 5 files and 30 MB per claim; the claimant only */
        post: operations["UsccClaimsController_uploadEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/uscc-claims/{claimId}/evidence/{fileId}/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A signed download link for a claim’s evidence file, valid for a few minutes (its claimant, organisers and admins) */
        post: operations["UsccClaimsController_evidenceLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/uscc-claims/{claimId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a pending claim with a reason (organisers and admins) */
        post: operations["UsccClaimsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/uscc-claims/{claimId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a verified claim with a reason (organisers and admins) */
        post: operations["UsccClaimsController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/uscc-claims/{claimId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a pending claim (its claimant only; 409 USCC_CLAIM_STATE once decided); its evidence stays in the history */
        post: operations["UsccClaimsController_withdraw"];
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
        AcceptedInvitationSchema: {
            /** Format: uuid */
            organisationId: string;
            /** @enum {string} */
            role: "owner" | "member";
        };
        AcceptedSchema: {
            message: string;
            /** @enum {string} */
            status: "accepted";
        };
        AcceptEvaluatorInvitationDto: {
            token: string;
        };
        AcceptEvaluatorInvitationWithAccountDto: {
            /** @example 王建国 */
            displayName: string;
            /** @description The new account password (the sign-up policy) */
            password: string;
            token: string;
        };
        AcceptInvitationDto: {
            token: string;
        };
        AddEvaluatorDto: {
            /** @description An external expert, invited by email */
            email?: string;
            /** @description A member of the owner organisation */
            userId?: string;
        };
        AgendaOutcomeSchema: {
            /** Format: uuid */
            meetingId: string;
            mine: components["schemas"]["SideOutcomeSchema"] | null;
            /** @description The other side's outcome, once you have recorded yours */
            theirs: components["schemas"]["SideOutcomeSchema"] | null;
            /** @description The other side has recorded its outcome */
            theirsRecorded: boolean;
        };
        ApplicationSchema: {
            attachments: components["schemas"]["AttachmentSchema"][];
            awardWan: number | null;
            /** Format: uuid */
            challengeId: string;
            challengeTitle: string;
            deadlineAt: string;
            decisionNote: string | null;
            decisionReason: string | null;
            decisionReasonLabel: string | null;
            editable: boolean;
            /** Format: uuid */
            id: string;
            organisationId: string | null;
            organisationName: string | null;
            proposal: components["schemas"]["ProposalDto"];
            /** @enum {string} */
            stage: "draft" | "submitted" | "qualified" | "shortlisted" | "finalist" | "awarded" | "not_selected" | "withdrawn";
            /** @example 已提交 */
            stageLabel: string;
            submittedAt: string | null;
            version: number;
        };
        AttachmentSchema: {
            /** @example application/pdf */
            contentType: string;
            /** @description null in anonymous review */
            filename: string | null;
            /** Format: uuid */
            id: string;
            /** @example pdf */
            kind: string;
            sizeBytes: number;
        };
        AttendeeDto: {
            /** @example liming@example.cn */
            email?: string;
            /** @example 13800138000 */
            mobile?: string;
            /** @example 李明 */
            name: string;
            /** @example 技术总监 */
            title: string;
        };
        AttendeeSchema: {
            email: string | null;
            mobile: string | null;
            name: string;
            title: string;
        };
        AvailabilityDto: {
            meetingCap?: number | null;
            /** @description Slot indexes you cannot make */
            unavailableSlots: number[];
        };
        AwardDto: {
            /**
             * @description 揭榜结果公告
             * @example 经评审，确定以下单位揭榜成功。
             */
            notice: string;
            winners: components["schemas"]["AwardItemDto"][];
        };
        AwardItemDto: {
            /** @description 万元 */
            amountWan: number;
            applicationId: string;
        };
        BroughtListingDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "need" | "achievement" | "challenge";
        };
        BroughtListingSchema: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "need" | "achievement" | "challenge";
            title: string;
        };
        BudgetItemDto: {
            /**
             * @description 万元
             * @example 120
             */
            amountWan: number;
            /** @example 设备费 */
            item: string;
        };
        CertificationDecisionDto: {
            /** @description 理由（驳回、撤销时必填） */
            reason?: string;
        };
        CertificationHistorySchema: {
            /** @enum {string} */
            action: "submitted" | "verified" | "rejected" | "revoked" | "imported" | "lapsed" | "evidence_added" | "evidence_removed";
            /** @description Null: the system */
            actorName: string | null;
            /** Format: date-time */
            at: string;
            fromStatus: string | null;
            reason: string | null;
            toStatus: string;
        };
        CertificationImportDto: {
            /**
             * @description false: dry run; true: verify the rows
             * @default false
             */
            commit: boolean;
            /** @description The file, base64-encoded (within the request body limit) */
            contentBase64: string;
            /** @example 2025年专精特新中小企业名单.xlsx */
            fileName: string;
        };
        CertificationQueueItemSchema: {
            certificateNumber: string | null;
            /** @description Verified and valid today: counts for eligibility, ranking, search */
            counts: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            decisionReason: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date */
            issuedOn: string;
            issuingAuthority: string | null;
            /** @enum {string} */
            level: "national" | "provincial" | "city";
            listYear: number | null;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            /** @description 统一社会信用代码 */
            organisationUscc: string;
            /** @enum {string} */
            source: "submitted" | "official_list";
            /**
             * @description pending 待核验 · verified 已核验 · under_review 复核中 · rejected 已驳回 · revoked 已撤销
             * @enum {string}
             */
            status: "pending" | "verified" | "under_review" | "rejected" | "revoked";
            /** @enum {string} */
            tier: "innovative" | "specialised" | "little_giant" | "single_champion";
            /** Format: date */
            validUntil: string;
        };
        CertificationQueuePageSchema: {
            items: components["schemas"]["CertificationQueueItemSchema"][];
            limit: number;
            page: number;
            total: number;
        };
        CertificationSchema: {
            certificateNumber: string | null;
            /** @description Verified and valid today: counts for eligibility, ranking, search */
            counts: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            decisionReason: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date */
            issuedOn: string;
            issuingAuthority: string | null;
            /** @enum {string} */
            level: "national" | "provincial" | "city";
            listYear: number | null;
            /** @enum {string} */
            source: "submitted" | "official_list";
            /**
             * @description pending 待核验 · verified 已核验 · under_review 复核中 · rejected 已驳回 · revoked 已撤销
             * @enum {string}
             */
            status: "pending" | "verified" | "under_review" | "rejected" | "revoked";
            /** @enum {string} */
            tier: "innovative" | "specialised" | "little_giant" | "single_champion";
            /** Format: date */
            validUntil: string;
        };
        CertificationWithHistorySchema: {
            certificateNumber: string | null;
            /** @description Verified and valid today: counts for eligibility, ranking, search */
            counts: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            decisionReason: string | null;
            history: components["schemas"]["CertificationHistorySchema"][];
            /** Format: uuid */
            id: string;
            /** Format: date */
            issuedOn: string;
            issuingAuthority: string | null;
            /** @enum {string} */
            level: "national" | "provincial" | "city";
            listYear: number | null;
            /** @enum {string} */
            source: "submitted" | "official_list";
            /**
             * @description pending 待核验 · verified 已核验 · under_review 复核中 · rejected 已驳回 · revoked 已撤销
             * @enum {string}
             */
            status: "pending" | "verified" | "under_review" | "rejected" | "revoked";
            /** @enum {string} */
            tier: "innovative" | "specialised" | "little_giant" | "single_champion";
            /** Format: date */
            validUntil: string;
        };
        ChangePasswordDto: {
            currentPassword: string;
            newPassword: string;
        };
        CheckInDto: {
            /**
             * @description The 8-character code, typed
             * @example K7MX-3QPA
             */
            code?: string;
            /** @description The signed token from the QR code */
            token?: string;
        };
        CheckInSchema: {
            alreadyCheckedIn: boolean;
            attendeeIndex: number;
            attendeeName: string;
            /** Format: date-time */
            checkedInAt: string;
            organisationName: string;
            /** Format: uuid */
            registrationId: string;
        };
        ConfirmWalkInProposalsDto: {
            meetings: components["schemas"]["WalkInMeetingChoiceDto"][];
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
            /** @description Required with the open (一对多) licence kind; null clears them */
            openLicenceTerms?: components["schemas"]["OpenLicenceTermsDto"] | null;
            /** @description The owning organisation; the caller must be a member */
            organisationId: string;
            patents?: components["schemas"]["PatentDto"][];
            /** @default false */
            priceNegotiable: boolean;
            /** @description 万元; null clears it */
            priceWan?: number | null;
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
             * @description Minimum valid SME tier on the deadline; null clears it
             * @enum {string|null}
             */
            minTier?: "innovative" | "specialised" | "little_giant" | "single_champion" | null;
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
        CreatedEvaluatorSchema: {
            accepted: boolean;
            displayName: string | null;
            email: string;
            id: string;
            invitationExpiresAt: string | null;
            /** @description An external expert’s invitation token, shown once: pass it on */
            invitationToken: string | null;
            /** @enum {string} */
            source: "member" | "external";
            userId: string | null;
        };
        CreatedInvitationSchema: {
            email: string;
            /** Format: date-time */
            expiresAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            /** @enum {string} */
            role: "owner" | "member";
            /** @description Shown once, to pass to the invitee */
            token: string;
        };
        CreateEventDto: {
            /** @example 大连市沙河口区中山路 1 号 */
            address?: string;
            /** @description Requests are accepted on arrival, within caps */
            autoAccept?: boolean;
            /** @example 200 */
            capacity: number;
            days: components["schemas"]["EventDayDto"][];
            /** @example 8 */
            defaultMeetingCap?: number;
            description?: string;
            /** @enum {string} */
            mode: "offline" | "online" | "hybrid";
            /**
             * @description Minutes after a meeting starts without its side checked in before it counts as a no-show and its slot is freed (default 10)
             * @example 10
             */
            noShowGraceMinutes?: number;
            /**
             * Format: uuid
             * @description The organising organisation (yours)
             */
            organisationId: string;
            /** @example 2027-04-10T18:00:00+08:00 */
            registrationClosesAt: string;
            /** @example 2027-03-01T00:00:00+08:00 */
            registrationOpensAt: string;
            /** @example 20 */
            slotMinutes: number;
            tables: components["schemas"]["EventTableDto"][];
            theme: components["schemas"]["EventThemeDto"];
            /** @example 2027 大连数控机床产业链“百场万企”融通对接会 */
            title: string;
            /** @example 大连国际会议中心 3 楼 */
            venue?: string;
            /**
             * @description Online meetings get <videoBaseUrl>/<meeting id> as their link
             * @example https://meeting.example.cn/rooms
             */
            videoBaseUrl?: string;
        };
        CreateNeedDto: {
            /**
             * @description Hide the owner name until a match is mutual
             * @default false
             */
            anonymous: boolean;
            /** @description 万元; null clears it */
            budgetMaxWan?: number | null;
            /** @description 万元; null clears it */
            budgetMinWan?: number | null;
            /**
             * @description 面议
             * @default false
             */
            budgetNegotiable: boolean;
            cooperationModes: ("assignment" | "licence" | "equity" | "joint_development" | "commissioned_development" | "service_consulting" | "pilot_maturation" | "talent_platform")[];
            /** @example 我司数控车床在连续加工4小时后主轴热伸长导致精度漂移…… */
            description: string;
            /** @description Lowest acceptable TRL; null clears it */
            desiredTrl?: number | null;
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
            eventTypes?: ("match.found" | "match.interest" | "match.mutual" | "challenge.candidate" | "challenge.application" | "challenge.invited" | "challenge.deadline_extended" | "challenge.evaluator" | "trust.decided" | "listing.reviewed" | "listing.expiring" | "saved_search.alert" | "webhook.disabled" | "event.registration" | "event.schedule_published" | "event.invited" | "event.meeting_reminder" | "event.meeting_no_show" | "event.meeting_cancelled" | "event.meeting_requested" | "event.meeting_request_answered")[];
            /**
             * @description http(s); outside development it must resolve to public addresses only
             * @example https://erp.example.cn/hooks/rongtong
             */
            url: string;
        };
        CriterionSchema: {
            name: string;
            weight: number;
        };
        DayBreakDto: {
            /** @example 13:30 */
            end: string;
            /** @example 12:00 */
            start: string;
        };
        DecisionDto: {
            /** @description Required for not_selected: the applicant reads it */
            note?: string;
            /**
             * @description Required for not_selected
             * @enum {string}
             */
            reason?: "not_eligible" | "approach_unconvincing" | "team_capacity" | "budget" | "timeline" | "other";
            /** @enum {string} */
            stage: "qualified" | "shortlisted" | "finalist" | "not_selected";
        };
        DeclareConflictDto: {
            /** @enum {string} */
            kind: "same_organisation" | "recent_collaboration" | "other";
            note?: string;
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
        DirectoryEntrySchema: {
            /** @enum {string} */
            attendance: "onsite" | "online";
            attendeeCount: number;
            /** @example 3421 */
            industryCode: string;
            /** @example 金属切削机床制造 */
            industryName: string;
            /** @example C */
            industrySection: string;
            /** @example 制造业 */
            industrySectionName: string;
            listings: components["schemas"]["BroughtListingSchema"][];
            /** @description 匹配度 0–100 (null: no match) */
            matchScore: number | null;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            /** @enum {string} */
            organisationType: "sme" | "large_enterprise" | "university" | "research_institute" | "service_org" | "organiser";
            /** @enum {string} */
            preference: "must_meet" | "meet" | "no_thanks" | "none";
            /** @description 推荐理由 */
            reasons: components["schemas"]["RequestReasonSchema"][];
            /** Format: uuid */
            registrationId: string;
            request: components["schemas"]["DirectoryRequestSchema"] | null;
        };
        DirectoryRequestSchema: {
            /** @enum {string} */
            direction: "sent" | "received";
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "pending" | "accepted" | "declined" | "cancelled";
        };
        DownloadLinkSchema: {
            expiresAt: string;
            /** @description Relative to the site; valid for a few minutes */
            url: string;
        };
        EffectivePreferenceSchema: {
            /** @enum {string} */
            digest: "immediate" | "daily" | "weekly";
            email: boolean;
        };
        EligibilitySchema: {
            applicationId: string | null;
            challengeId: string;
            deadlineAt: string;
            deadlinePassed: boolean;
            eligible: boolean;
            failed: components["schemas"]["FailedRuleSchema"][];
            open: boolean;
            organisationId: string;
        };
        EmailVerifiedSchema: {
            /** @enum {boolean} */
            emailVerified: true;
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
        EvaluatorSchema: {
            accepted: boolean;
            displayName: string | null;
            email: string;
            id: string;
            invitationExpiresAt: string | null;
            /** @enum {string} */
            source: "member" | "external";
            userId: string | null;
        };
        EventDayDto: {
            breaks: components["schemas"]["DayBreakDto"][];
            /**
             * @description China time
             * @example 2027-04-16
             */
            date: string;
            /** @example 17:00 */
            end: string;
            /** @example 09:00 */
            start: string;
        };
        EventDaySchema: {
            breaks: components["schemas"]["DayBreakDto"][];
            /** @example 2027-04-16 */
            date: string;
            /** @example 17:00 */
            end: string;
            /** @example 09:00 */
            start: string;
        };
        EventPageSchema: {
            items: components["schemas"]["EventSchema"][];
            limit: number;
            page: number;
            total: number;
        };
        EventRegistrationDto: {
            /**
             * @description Hybrid events only
             * @enum {string}
             */
            attendance?: "onsite" | "online";
            attendees: components["schemas"]["AttendeeDto"][];
            /** @description Your organisation's listings */
            listings: components["schemas"]["BroughtListingDto"][];
            meetingCap?: number;
            /**
             * Format: uuid
             * @description Your organisation that registers
             */
            organisationId: string;
        };
        EventReportSchema: {
            approved: number;
            attendees: number;
            byIndustry: components["schemas"]["ReportGroupSchema"][];
            byRegion: components["schemas"]["ReportGroupSchema"][];
            byTier: components["schemas"]["ReportGroupSchema"][];
            cancelled: number;
            checkedIn: number;
            declined: number;
            /** Format: uuid */
            eventId: string;
            followUps: number;
            /** @description 万元 */
            intentAmountWan: number;
            intents: number;
            meetingsHeld: number;
            meetingsRequested: number;
            meetingsScheduled: number;
            noShows: number;
            registrations: number;
            requestsAccepted: number;
            requestsDeclined: number;
            title: string;
            withdrawn: number;
        };
        EventSchema: {
            actions: ("open" | "close_registration" | "reopen_registration" | "publish_schedule" | "start" | "finish")[];
            address: string | null;
            approvedCount: number;
            autoAccept: boolean;
            /** @description The caller organises this event */
            canManage: boolean;
            capacity: number;
            days: components["schemas"]["EventDaySchema"][];
            defaultMeetingCap: number;
            description: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            mode: "offline" | "online" | "hybrid";
            /** @example 线下 */
            modeLabel: string;
            /** @description Minutes past a start before an absent side makes a no-show */
            noShowGraceMinutes: number;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            /** Format: date-time */
            registrationClosesAt: string;
            /** Format: date-time */
            registrationOpensAt: string;
            /** Format: date-time */
            schedulePublishedAt: string | null;
            scheduleRevision: number;
            slotMinutes: number;
            slots: components["schemas"]["SlotSchema"][];
            /** @enum {string} */
            status: "draft" | "open" | "scheduling" | "published" | "running" | "finished";
            /** @example 报名中 */
            statusLabel: string;
            tables: components["schemas"]["EventTableSchema"][];
            theme: components["schemas"]["EventThemeDto"];
            title: string;
            venue: string | null;
            version: number;
            videoBaseUrl: string | null;
        };
        EventTableDto: {
            /** @example A01 */
            name: string;
            /** @description Reserved for online meetings */
            online: boolean;
        };
        EventTableSchema: {
            /** @example A01 */
            name: string;
            online: boolean;
        };
        EventThemeDto: {
            /**
             * @description GB/T 4754 codes
             * @example [
             *       "C34",
             *       "3421"
             *     ]
             */
            industryCodes: string[];
            /**
             * @example [
             *       "数控机床",
             *       "工业软件"
             *     ]
             */
            keywords: string[];
            /**
             * @description GB/T 2260 codes
             * @example [
             *       "210000"
             *     ]
             */
            regionCodes: string[];
        };
        EventTransitionDto: {
            /**
             * @description open: draft → open; close_registration: open → scheduling; reopen_registration: scheduling → open; start: published → running; finish: running → finished (publishing goes through the schedule)
             * @enum {string}
             */
            action: "open" | "close_registration" | "reopen_registration" | "publish_schedule" | "start" | "finish";
        };
        EvidenceFileSchema: {
            /** @example application/pdf */
            contentType: string;
            filename: string;
            /** Format: uuid */
            id: string;
            /**
             * @description Detected from the bytes
             * @enum {string}
             */
            kind: "pdf" | "png" | "jpeg" | "webp";
            sha256: string;
            sizeBytes: number;
            /** Format: date-time */
            uploadedAt: string;
        };
        EvidenceLinkSchema: {
            /** Format: date-time */
            expiresAt: string;
            /** @description Relative to the site; valid for a few minutes */
            url: string;
        };
        ExtendDeadlineDto: {
            /**
             * @description The new deadline, an ISO instant after the current one
             * @example 2027-01-15T23:59:59+08:00
             */
            deadlineAt: string;
        };
        FailedJobPageSchema: {
            items: components["schemas"]["FailedJobSchema"][];
            limit: number;
            page: number;
            total: number;
        };
        FailedJobSchema: {
            attemptsMade: number;
            /** @description The job payload (ids only) */
            data: Record<string, never>;
            /** Format: date-time */
            failedAt: string | null;
            failedReason: string;
            id: string | null;
            /** @example search.index-listing */
            name: string;
        };
        FailedRuleSchema: {
            message: string;
            /** @enum {string} */
            rule: "OWN_CHALLENGE" | "ORGANISATION_TYPE_NOT_ELIGIBLE" | "REGION_NOT_ELIGIBLE" | "TIER_REQUIRED";
        };
        FieldChangeSchema: {
            /**
             * @description A content field of the listing kind
             * @example title
             */
            field: string;
            /** @description The proposed value */
            new: (string | null) | number | boolean | unknown[] | {
                [key: string]: unknown;
            };
            /** @description The published value */
            old: (string | null) | number | boolean | unknown[] | {
                [key: string]: unknown;
            };
        };
        FieldProblemBody: {
            /**
             * @description Dotted path of the field
             * @example organisation.uscc
             */
            field: string;
            messages: string[];
        };
        ForgotPasswordDto: {
            /** @example li.ming@example.cn */
            email: string;
        };
        ImportReportSchema: {
            committed: boolean;
            rows: components["schemas"]["ImportRowSchema"][];
            summary: components["schemas"]["ImportSummarySchema"];
        };
        ImportRowSchema: {
            authority: string;
            /** @description Row-level problems, in Chinese */
            errors: string[];
            name: string;
            /** Format: uuid */
            organisationId: string | null;
            /** @enum {string} */
            outcome: "error" | "verify_pending" | "create_verified" | "already_verified";
            /** @description Row number in the file (the header is row 1) */
            row: number;
            tier: string;
            uscc: string;
            year: string;
        };
        ImportSummarySchema: {
            created: number;
            errors: number;
            total: number;
            unchanged: number;
            verified: number;
        };
        IndicatorSchema: {
            name: string;
            target: string;
            unit?: string;
        };
        InvitationSchema: {
            email: string;
            /** Format: date-time */
            expiresAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            /** @enum {string} */
            role: "owner" | "member";
        };
        InviteCandidatesDto: {
            /** @description Organisations among the challenge candidates */
            organisationIds: string[];
        };
        InvitedCountSchema: {
            alreadyInvited: number;
            /** @description Registered already: no invitation sent */
            alreadyRegistered: number;
            invited: number;
        };
        InvitedSchema: {
            invited: number;
        };
        InviteDto: {
            /** @description Organisations to invite (bulk) */
            organisationIds: string[];
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
        ListingPageSchema: {
            items: components["schemas"]["ListingSchema"][];
            limit: number;
            page: number;
            total: number;
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
            /** @description Owners and reviewers only: an edit of this published listing waiting for review; the fields above stay the published ones until a reviewer approves it */
            pendingRevision?: components["schemas"]["PendingRevisionSchema"] | null;
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
        MatchDeclineSchema: {
            /** @enum {string} */
            by: "own" | "other";
            note: string | null;
            /** @enum {string} */
            reason: "too_early_stage" | "price" | "ip_unclear" | "not_relevant" | "other";
        };
        MatchInterestSchema: {
            other: boolean;
            own: boolean;
        };
        MatchPageSchema: {
            items: components["schemas"]["MatchSchema"][];
            limit: number;
            page: number;
            total: number;
        };
        MatchReasonSchema: {
            /** @description Points this signal adds to the 0–100 score (negative: penalty) */
            contribution: number;
            en: string;
            /** @enum {string} */
            kind: "text" | "industry" | "modes" | "maturity" | "price" | "region" | "tier" | "eligibility" | "freshness";
            /** @example 行业相同：锂离子电池制造 */
            zh: string;
        };
        MatchSchema: {
            active: boolean;
            allowedActions: ("interest" | "decline" | "negotiate" | "agree")[];
            /** Format: date-time */
            computedAt: string;
            /** @description Parties only, once mutual */
            contact?: components["schemas"]["PartyContactSchema"];
            counterpart: components["schemas"]["PartySchema"];
            decline: components["schemas"]["MatchDeclineSchema"] | null;
            /** Format: uuid */
            id: string;
            interest: components["schemas"]["MatchInterestSchema"];
            listing: components["schemas"]["PartySchema"];
            /** Format: date-time */
            mutualAt: string | null;
            /** @enum {string} */
            perspective: "subject" | "counterpart";
            /** @description 推荐理由 */
            reasons: components["schemas"]["MatchReasonSchema"][];
            /** @description 匹配度 */
            score: number;
            /** @enum {string} */
            state: "suggested" | "interest" | "mutual" | "negotiating" | "agreed" | "declined";
            /**
             * @description How the score reads: strong from the score at which the parties are told (高度匹配), fair from the score at which a pair is kept (可以参考), weak below it
             * @enum {string}
             */
            strength: "strong" | "fair" | "weak";
            /** Format: date-time */
            updatedAt: string;
        };
        MeetingOutcomeDto: {
            /**
             * @description 万元, with an intent only
             * @example 120
             */
            amountWan?: number;
            note?: string;
            /** @enum {string} */
            outcome: "no_fit" | "follow_up" | "intent";
            /**
             * Format: uuid
             * @description Your side of the meeting (your registration)
             */
            registrationId: string;
        };
        MeetingRequestDto: {
            /**
             * Format: uuid
             * @description Your registration
             */
            fromRegistrationId: string;
            /** @example 希望交流主轴热误差补偿的合作方式 */
            note?: string;
            /**
             * Format: uuid
             * @description The participant you want to meet
             */
            toRegistrationId: string;
        };
        MeetingRequestSchema: {
            /** Format: date-time */
            createdAt: string;
            declineNote: string | null;
            /** @enum {string|null} */
            declineReason: "not_relevant" | "no_capacity" | "already_in_contact" | "timing" | "other" | null;
            declineReasonLabel: string | null;
            /** Format: uuid */
            eventId: string;
            fromOrganisationName: string;
            /** Format: uuid */
            fromRegistrationId: string;
            /** Format: uuid */
            id: string;
            matchScore: number | null;
            note: string;
            reasons: components["schemas"]["RequestReasonSchema"][];
            /** Format: date-time */
            respondedAt: string | null;
            /** @enum {string} */
            source: "participant" | "system";
            /** @enum {string} */
            status: "pending" | "accepted" | "declined" | "cancelled";
            toOrganisationName: string;
            /** Format: uuid */
            toRegistrationId: string;
        };
        MeetingSchema: {
            attendeeA: string;
            attendeeB: string;
            /** Format: date-time */
            endsAt: string;
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            id: string;
            online: boolean;
            organisationAName: string;
            organisationBName: string;
            pinned: boolean;
            published: boolean;
            /** Format: uuid */
            registrationAId: string;
            /** Format: uuid */
            registrationBId: string;
            /** @description ICS SEQUENCE */
            sequence: number;
            slot: number;
            /** Format: date-time */
            startsAt: string;
            /** @enum {string} */
            status: "scheduled" | "cancelled" | "held" | "no_show";
            /** @example 已安排 */
            statusLabel: string;
            tableIndex: number | null;
            tableName: string | null;
            videoLink: string | null;
        };
        MeetingStatusDto: {
            /**
             * @description Marked by the organisers on the day
             * @enum {string}
             */
            status: "held" | "no_show";
        };
        MemberOrganisationSchema: {
            certifications: components["schemas"]["CertificationSchema"][];
            /** @description Members and admins only */
            contact: components["schemas"]["ContactSchema"];
            /** Format: date-time */
            createdAt: string;
            /**
             * @description Verified tier valid today (已核验): the only one that counts
             * @enum {string|null}
             */
            currentTier: "innovative" | "specialised" | "little_giant" | "single_champion" | null;
            /**
             * @description Highest tier claimed but not verified (自主申报，待核验); counts for nothing
             * @enum {string|null}
             */
            declaredTier: "innovative" | "specialised" | "little_giant" | "single_champion" | null;
            /** Format: uuid */
            id: string;
            /** @example 3421 */
            industryCode: string;
            name: string;
            /** @description A new name an owner asked for, waiting for review; `name` stays public until then */
            pendingName: components["schemas"]["PendingNameSchema"] | null;
            profile: string;
            /** @example 210211 */
            regionCode: string;
            /** @enum {string} */
            type: "sme" | "large_enterprise" | "university" | "research_institute" | "service_org" | "organiser";
            /** @description 统一社会信用代码 */
            uscc: string;
            /**
             * @description 统一社会信用代码归属: verified 已核验 · pending 待核验 (sign-up claim under review) · unverified 未核验 (self-declared)
             * @enum {string}
             */
            usccStatus: "verified" | "pending" | "unverified";
            version: number;
            website: string | null;
        };
        MemberSchema: {
            displayName: string;
            email: string;
            /** @enum {string} */
            role: "owner" | "member";
            /** Format: date-time */
            since: string;
            /** Format: uuid */
            userId: string;
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
            /** @description Publishing and interest wait until the address is verified */
            emailVerified: boolean;
            /** Format: uuid */
            id: string;
            /** @example zh-CN */
            locale: string;
            memberships: components["schemas"]["MembershipSchema"][];
            mobile: string | null;
            platformRoles: ("admin" | "organiser")[];
        };
        MilestoneDto: {
            /** @example 2027-06-30 */
            date: string;
            /** @example 样机完成台架试验 */
            deliverable: string;
            /**
             * @description One of the challenge's technical indicators
             * @example 定位精度
             */
            indicator: string;
        };
        MoveMeetingDto: {
            /** @description Pinned meetings stay where they are on a re-run */
            pinned?: boolean;
            /** @description Slot index */
            slot?: number;
            /** @description Index in the event's tables (on-site meetings) */
            tableIndex?: number;
        };
        NameChangeDecisionDto: {
            /** @description 理由（驳回时必填） */
            reason?: string;
        };
        NameChangePageSchema: {
            items: components["schemas"]["NameChangeSchema"][];
            limit: number;
            page: number;
            total: number;
        };
        NameChangeSchema: {
            /** Format: date-time */
            createdAt: string;
            /** @description The public name now */
            currentName: string;
            /** Format: date-time */
            decidedAt: string | null;
            decidedByName: string | null;
            decisionReason: string | null;
            fromName: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            /** @description 统一社会信用代码 */
            organisationUscc: string;
            requestedByName: string | null;
            /**
             * @description pending 待审核 · approved 已通过 · rejected 已驳回 · withdrawn 已撤回 (replaced by a newer request)
             * @enum {string}
             */
            status: "pending" | "approved" | "rejected" | "withdrawn";
            toName: string;
        };
        NamedTargetSchema: {
            description?: string;
            name: string;
            target?: string;
            unit?: string;
            weight?: number;
        };
        NotificationPageSchema: {
            items: components["schemas"]["NotificationSchema"][];
            limit: number;
            page: number;
            total: number;
        };
        NotificationPreferencesSchema: {
            dailyMatchEmailCap: number;
            /** @description Every notification type with its effective settings */
            types: {
                [key: string]: components["schemas"]["EffectivePreferenceSchema"];
            };
        };
        NotificationSchema: {
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string | null;
            params: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            readAt: string | null;
            subject: components["schemas"]["NotificationSubjectSchema"] | null;
            title: string;
            /** @enum {string} */
            type: "match.found" | "match.interest" | "match.mutual" | "challenge.candidate" | "challenge.application" | "challenge.invited" | "challenge.deadline_extended" | "challenge.evaluator" | "trust.decided" | "listing.reviewed" | "listing.expiring" | "saved_search.alert" | "webhook.disabled" | "event.registration" | "event.schedule_published" | "event.invited" | "event.meeting_reminder" | "event.meeting_no_show" | "event.meeting_cancelled" | "event.meeting_requested" | "event.meeting_request_answered";
        };
        NotificationSubjectSchema: {
            /** Format: uuid */
            id: string;
            /** @example match */
            kind: string;
            /**
             * @description The page in the web app
             * @example /matches/…
             */
            path: string;
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
            /** @description 认领说明: only used when the USCC is registered by another account already. With it, sign-up creates your account and a claim (营业执照信息、授权书…) that a platform admin reviews; approved, you become the organisation's owner. Without it such a sign-up answers 409 USCC_TAKEN. */
            usccClaimEvidence?: string;
            website?: string;
        };
        OrganisationSchema: {
            certifications: components["schemas"]["CertificationSchema"][];
            /** @description Members and admins only */
            contact?: components["schemas"]["ContactSchema"];
            /** Format: date-time */
            createdAt: string;
            /**
             * @description Verified tier valid today (已核验): the only one that counts
             * @enum {string|null}
             */
            currentTier: "innovative" | "specialised" | "little_giant" | "single_champion" | null;
            /**
             * @description Highest tier claimed but not verified (自主申报，待核验); counts for nothing
             * @enum {string|null}
             */
            declaredTier: "innovative" | "specialised" | "little_giant" | "single_champion" | null;
            /** Format: uuid */
            id: string;
            /** @example 3421 */
            industryCode: string;
            name: string;
            /** @description Members and admins only: a new name waiting for review */
            pendingName?: components["schemas"]["PendingNameSchema"] | null;
            profile: string;
            /** @example 210211 */
            regionCode: string;
            /** @enum {string} */
            type: "sme" | "large_enterprise" | "university" | "research_institute" | "service_org" | "organiser";
            /** @description 统一社会信用代码 */
            uscc: string;
            /**
             * @description 统一社会信用代码归属: verified 已核验 · pending 待核验 (sign-up claim under review) · unverified 未核验 (self-declared)
             * @enum {string}
             */
            usccStatus: "verified" | "pending" | "unverified";
            /** @description Members and admins only */
            version?: number;
            website: string | null;
        };
        OutcomeSchema: {
            /** @description 万元 */
            amountWan: number | null;
            /** Format: uuid */
            matchId: string | null;
            /** Format: uuid */
            meetingId: string;
            note: string;
            /** @enum {string} */
            outcome: "no_fit" | "follow_up" | "intent";
            /** @example 意向签约 */
            outcomeLabel: string;
            /** Format: uuid */
            registrationId: string;
        };
        ParticipantSchema: {
            /** @enum {string} */
            attendance: "onsite" | "online";
            attendeeCount: number;
            listings: components["schemas"]["BroughtListingSchema"][];
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            /** Format: uuid */
            registrationId: string;
        };
        PartyContactSchema: {
            contactName: string | null;
            email: string | null;
            organisationName: string;
            phone: string | null;
        };
        PartySchema: {
            /** Format: uuid */
            id: string;
            industryCode: string;
            industryName: string;
            /** @enum {string} */
            kind: "need" | "achievement" | "challenge" | "organisation";
            /** @description null: anonymous need, not mutual */
            organisationId: string | null;
            organisationName: string | null;
            organisationType: string;
            regionCode: string;
            regionName: string;
            status: string | null;
            title: string;
        };
        PassSchema: {
            attendeeIndex: number;
            attendeeName: string;
            /** Format: date-time */
            checkedInAt: string | null;
            /** @example K7MX3QPA */
            code: string;
            /** Format: date-time */
            expiresAt: string;
            /** Format: uuid */
            registrationId: string;
            /** @description What the QR code encodes (signed) */
            token: string;
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
        PendingNameSchema: {
            /** Format: uuid */
            id: string;
            /** @description The name asked for (待审核) */
            name: string;
            /** Format: date-time */
            requestedAt: string;
        };
        PendingRevisionSchema: {
            changes: components["schemas"]["FieldChangeSchema"][];
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            submittedAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Send it back to approve or reject */
            version: number;
        };
        PlatformRolesDto: {
            /** @description The complete new set */
            roles: ("admin" | "organiser")[];
        };
        PreferenceDto: {
            /**
             * @description `none` clears it
             * @enum {string}
             */
            preference: "must_meet" | "meet" | "no_thanks" | "none";
            /**
             * Format: uuid
             * @description Your registration
             */
            registrationId: string;
            /**
             * Format: uuid
             * @description The other participant
             */
            targetRegistrationId: string;
        };
        PreferenceSchema: {
            /** @enum {string} */
            preference: "must_meet" | "meet" | "no_thanks";
            /** Format: uuid */
            targetRegistrationId: string;
        };
        ProposalDto: {
            /** @description 预算明细（万元） */
            budget?: components["schemas"]["BudgetItemDto"][];
            ipArrangement?: string;
            milestones?: components["schemas"]["MilestoneDto"][];
            /** @description 方案摘要（≤ 500 字） */
            summary?: string;
            team?: components["schemas"]["TeamMemberDto"][];
            technicalApproach?: string;
            trlAtDelivery?: number;
            trlNow?: number;
        };
        ProposedCountSchema: {
            proposed: number;
        };
        ProposeMeetingsDto: {
            /**
             * @description 匹配度 at least (default: the score from which a pair is worth telling the parties about)
             * @default 35
             */
            minScore: number;
        };
        QueueDashboardSessionSchema: {
            expiresInSeconds: number;
            /** @example /admin/queues */
            path: string;
        };
        QueueItemSchema: {
            application: components["schemas"]["ApplicationSchema"];
            criteria: components["schemas"]["CriterionSchema"][];
            myComment: string | null;
            myScores: {
                [key: string]: number;
            } | null;
            myTotal: number | null;
            recused: boolean;
        };
        ReadAllSchema: {
            updated: number;
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
        RegistrationDecisionDto: {
            /** @enum {string} */
            decision: "approve" | "decline";
            /** @example 与本场主题不符 */
            note?: string;
        };
        RegistrationSchema: {
            /** @enum {string} */
            attendance: "onsite" | "online";
            attendees: components["schemas"]["AttendeeSchema"][];
            /** Format: date-time */
            createdAt: string;
            decisionNote: string | null;
            effectiveMeetingCap: number;
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            id: string;
            listings: components["schemas"]["BroughtListingSchema"][];
            meetingCap: number | null;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            /** @enum {string} */
            status: "pending" | "approved" | "declined" | "withdrawn";
            /** @example 待审核 */
            statusLabel: string;
            unavailableSlots: number[];
            version: number;
        };
        ReportGroupSchema: {
            approved: number;
            /** @description 万元 */
            intentAmountWan: number;
            intents: number;
            /** @example C */
            key: string;
            /** @example C 制造业 */
            label: string;
            meetingsHeld: number;
            meetingsScheduled: number;
            registrations: number;
        };
        RequestAnswerDto: {
            /** @enum {string} */
            answer: "accept" | "decline";
            note?: string;
            /**
             * @description Required to decline
             * @enum {string}
             */
            reason?: "not_relevant" | "no_capacity" | "already_in_contact" | "timing" | "other";
        };
        RequestReasonSchema: {
            en: string;
            zh: string;
        };
        ResetPasswordDto: {
            password: string;
            /** @description The token from the link in the reset mail */
            token: string;
        };
        ReviewRowSchema: {
            applicationId: string;
            budgetWan: number | null;
            organisationId: string;
            organisationName: string;
            proposalSummary: string | null;
            rank: number | null;
            recusedEvaluators: number;
            scoresExpected: number;
            scoresIn: number;
            /** @enum {string} */
            stage: "draft" | "submitted" | "qualified" | "shortlisted" | "finalist" | "awarded" | "not_selected" | "withdrawn";
            stageLabel: string;
            submittedAt: string | null;
            summary: components["schemas"]["ScoreSummarySchema"];
            totals: number[];
        };
        ReviewTableSchema: {
            round: components["schemas"]["RoundSchema"];
            rows: components["schemas"]["ReviewRowSchema"][];
        };
        RevisionDecisionDto: {
            /**
             * @description Required to reject: told to the owner
             * @example 标题含联系方式，请删除后再提交
             */
            reason?: string;
            /** @description The revision `version` shown in the queue; when the owner changed the edit since, the answer is 409 VERSION_CONFLICT and nothing is decided. */
            version: number;
        };
        RevisionOrganisationSchema: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        RevisionPageSchema: {
            items: components["schemas"]["RevisionSchema"][];
            limit: number;
            page: number;
            total: number;
        };
        RevisionSchema: {
            changes: components["schemas"]["FieldChangeSchema"][];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "need" | "achievement" | "challenge";
            /** Format: uuid */
            listingId: string;
            /** @description The published listing version */
            listingVersion: number;
            organisation: components["schemas"]["RevisionOrganisationSchema"];
            reason: string | null;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected" | "discarded";
            /** Format: date-time */
            submittedAt: string;
            /** @description The published title */
            title: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Send it back to approve or reject */
            version: number;
        };
        RoundSchema: {
            allowBudgetOverReward: boolean;
            anonymousReview: boolean;
            awardedAt: string | null;
            awardNotice: string | null;
            challengeId: string;
            /** @description When the deadline job closed applications (ISO instant); null while open */
            closedAt: string | null;
            criteria: components["schemas"]["CriterionSchema"][];
            deadlineAt: string;
            deadlinePassed: boolean;
            /** @example 2026-12-31 23:59:59 */
            deadlineText: string;
            deliveryDate: string | null;
            eligibleOrganisationTypes: string[];
            eligibleRegionCodes: string[];
            extended: boolean;
            indicators: components["schemas"]["IndicatorSchema"][];
            minTier: string | null;
            rewardWan: number;
            status: string;
            title: string;
        };
        RoundSettingsDto: {
            allowBudgetOverReward?: boolean;
            /** @description Evaluators see no applicant names while on */
            anonymousReview?: boolean;
            /**
             * @description Milestones may not fall after this day
             * @example 2027-12-31
             */
            deliveryDate?: string;
        };
        RunScheduleDto: {
            /** @description Also move published (not pinned) meetings; by default a re-run after publication only fills free slots */
            replan?: boolean;
        };
        SaveDraftDto: {
            proposal: components["schemas"]["ProposalDto"];
            /** @description The version you edited; a stale one is 409 */
            version?: number;
        };
        SavedSearchSchema: {
            /** Format: date-time */
            createdAt: string;
            enabled: boolean;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastAlertAt: string | null;
            name: string;
            query: {
                [key: string]: string;
            };
            /** Format: date-time */
            updatedAt: string;
        };
        ScheduleRunFiguresSchema: {
            /** @description Idle slots between first and last meeting of a day, summed */
            idleSlots: number;
            /** @description Pinned or published meetings kept in place */
            kept: number;
            meetings: number;
            /** @description Pairs with an accepted request */
            pairsToMeet: number;
            participants: number;
            scheduleRevision: number;
            solverMs: number;
            totalMs: number;
            weight: number;
            /** @description Participants with a pair to meet but no meeting */
            withoutMeeting: number;
        };
        ScheduleRunSchema: {
            error: string | null;
            /** Format: uuid */
            eventId: string;
            figures: components["schemas"]["ScheduleRunFiguresSchema"] | null;
            /** Format: date-time */
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            /** @description queued, loading, seeding, filling, chains, exchanges, fairness, compacting, baseline, saving, done */
            phase: string;
            progress: number;
            replan: boolean;
            /** Format: date-time */
            requestedAt: string;
            /** Format: date-time */
            startedAt: string | null;
            /** @enum {string} */
            state: "queued" | "running" | "done" | "failed";
            /** @example 计算中 */
            stateLabel: string;
        };
        ScorecardDto: {
            comment?: string;
            /**
             * @description Criterion name → score 0–10
             * @example {
             *       "技术先进性": 8,
             *       "团队能力": 7.5
             *     }
             */
            scores: {
                [key: string]: number;
            };
        };
        ScoreResultSchema: {
            /** @description Weighted total, 0–100 */
            total: number;
        };
        ScoreSummarySchema: {
            count: number;
            mean: number | null;
            spread: number | null;
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
        SideOutcomeSchema: {
            /** @description 万元 */
            amountWan: number | null;
            /** @description Only your own side’s note */
            note: string | null;
            /** @enum {string} */
            outcome: "no_fit" | "follow_up" | "intent";
            /** @example 意向签约 */
            outcomeLabel: string;
            /** Format: date-time */
            recordedAt: string;
        };
        SignUpAnswerSchema: {
            /** @example 请查收邮件：我们已向该邮箱发送验证链接… */
            message: string;
            /**
             * @description uscc-claim-submitted: the USCC was registered by another account and organisation.usccClaimEvidence was given; the account exists without an organisation until an admin approves the claim
             * @enum {string}
             */
            status: "verification-sent" | "uscc-claim-submitted";
        };
        SlotSchema: {
            /** @example 2027-04-16 */
            date: string;
            /** @description 0-based day */
            day: number;
            /** @example 09:20 */
            end: string;
            /** Format: date-time */
            endsAt: string;
            index: number;
            /** @example 09:00 */
            start: string;
            /** Format: date-time */
            startsAt: string;
        };
        StageChangeSchema: {
            at: string;
            fromStage: string | null;
            note: string | null;
            reason: string | null;
            reasonLabel: string | null;
            toStage: string;
            toStageLabel: string;
        };
        StartApplicationDto: {
            /** @description The applying organisation (you must be a member) */
            organisationId: string;
            proposal?: components["schemas"]["ProposalDto"];
        };
        SubmitCertificationDto: {
            /**
             * @description 证书编号或公示文号
             * @example 工信部企业函〔2024〕123号
             */
            certificateNumber: string;
            /** @example 2024-07-01 */
            issuedOn: string;
            /**
             * @description 认定机关
             * @example 工业和信息化部
             */
            issuingAuthority: string;
            /** @enum {string} */
            level: "national" | "provincial" | "city";
            /**
             * @description 公布名单的年度
             * @example 2024
             */
            listYear?: number;
            /** @enum {string} */
            tier: "innovative" | "specialised" | "little_giant" | "single_champion";
            /** @example 2027-06-30 */
            validUntil: string;
        };
        SubmitUsccClaimDto: {
            /** @description The company name as on its licence (defaults to the registered name) */
            claimedName?: string;
            /** @description 证明材料说明：营业执照信息、授权书、可供核实的联系人等 (what proves you represent the company) */
            evidence: string;
            /**
             * @description 统一社会信用代码 (GB 32100-2015)
             * @example 91210211MA0XXXXXXX
             */
            uscc: string;
        };
        SuggestedInviteeSchema: {
            /** Format: date-time */
            invitedAt: string | null;
            listings: components["schemas"]["SuggestedListingSchema"][];
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            /**
             * @example sme
             * @enum {string}
             */
            organisationType: "sme" | "large_enterprise" | "university" | "research_institute" | "service_org" | "organiser";
            reasons: components["schemas"]["RequestReasonSchema"][];
            /**
             * @description Already registered (not withdrawn): not invited again
             * @enum {string|null}
             */
            registrationStatus: "pending" | "approved" | "declined" | "withdrawn" | null;
            /**
             * @description demand: needs fit the theme; supply: answers those needs
             * @enum {string}
             */
            role: "demand" | "supply";
            /** @description 0–100 */
            score: number;
        };
        SuggestedListingSchema: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "need" | "achievement" | "challenge";
            title: string;
        };
        TeamMemberDto: {
            /** @example 王建国 */
            name: string;
            /** @example 项目负责人 */
            role: string;
            /** @example 教授级高工 */
            title: string;
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
            /**
             * @description The listing `version` the editor loaded (or send `If-Match: "<version>"`). When the listing has changed since, the answer is 409 VERSION_CONFLICT and nothing is written.
             * @example 3
             */
            version?: number;
        };
        UnreadCountSchema: {
            unread: number;
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
            /** @description Required with the open (一对多) licence kind; null clears them */
            openLicenceTerms?: components["schemas"]["OpenLicenceTermsDto"] | null;
            patents?: components["schemas"]["PatentDto"][];
            /** @default false */
            priceNegotiable: boolean;
            /** @description 万元; null clears it */
            priceWan?: number | null;
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
            /**
             * @description The listing `version` the editor loaded (or send `If-Match: "<version>"`). When the listing has changed since, the answer is 409 VERSION_CONFLICT and nothing is written.
             * @example 3
             */
            version?: number;
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
             * @description Minimum valid SME tier on the deadline; null clears it
             * @enum {string|null}
             */
            minTier?: "innovative" | "specialised" | "little_giant" | "single_champion" | null;
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
            /**
             * @description The listing `version` the editor loaded (or send `If-Match: "<version>"`). When the listing has changed since, the answer is 409 VERSION_CONFLICT and nothing is written.
             * @example 3
             */
            version?: number;
        };
        UpdateEventDto: {
            /** @example 大连市沙河口区中山路 1 号 */
            address?: string;
            /** @description Requests are accepted on arrival, within caps */
            autoAccept?: boolean;
            /** @example 200 */
            capacity?: number;
            days?: components["schemas"]["EventDayDto"][];
            /** @example 8 */
            defaultMeetingCap?: number;
            description?: string;
            /** @enum {string} */
            mode?: "offline" | "online" | "hybrid";
            /**
             * @description Minutes after a meeting starts without its side checked in before it counts as a no-show and its slot is freed (default 10)
             * @example 10
             */
            noShowGraceMinutes?: number;
            /** @example 2027-04-10T18:00:00+08:00 */
            registrationClosesAt?: string;
            /** @example 2027-03-01T00:00:00+08:00 */
            registrationOpensAt?: string;
            /** @example 20 */
            slotMinutes?: number;
            tables?: components["schemas"]["EventTableDto"][];
            theme?: components["schemas"]["EventThemeDto"];
            /** @example 2027 大连数控机床产业链“百场万企”融通对接会 */
            title?: string;
            /** @example 大连国际会议中心 3 楼 */
            venue?: string;
            /** @description The version you loaded; 409 if it moved */
            version?: number;
            /**
             * @description Online meetings get <videoBaseUrl>/<meeting id> as their link
             * @example https://meeting.example.cn/rooms
             */
            videoBaseUrl?: string;
        };
        UpdateNeedDto: {
            /**
             * @description Hide the owner name until a match is mutual
             * @default false
             */
            anonymous: boolean;
            /** @description 万元; null clears it */
            budgetMaxWan?: number | null;
            /** @description 万元; null clears it */
            budgetMinWan?: number | null;
            /**
             * @description 面议
             * @default false
             */
            budgetNegotiable: boolean;
            cooperationModes?: ("assignment" | "licence" | "equity" | "joint_development" | "commissioned_development" | "service_consulting" | "pilot_maturation" | "talent_platform")[];
            /** @example 我司数控车床在连续加工4小时后主轴热伸长导致精度漂移…… */
            description?: string;
            /** @description Lowest acceptable TRL; null clears it */
            desiredTrl?: number | null;
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
            /**
             * @description The listing `version` the editor loaded (or send `If-Match: "<version>"`). When the listing has changed since, the answer is 409 VERSION_CONFLICT and nothing is written.
             * @example 3
             */
            version?: number;
        };
        UpdateNotificationPreferencesDto: {
            /** @description Mails per day about new matches, challenge candidates, interest and invitations from other organisations; more go into the daily digest */
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
            types?: {
                [key: string]: unknown;
            };
        };
        UpdateOrganisationDto: {
            contact?: components["schemas"]["ContactDto"];
            industryCode?: string;
            name?: string;
            profile?: string;
            regionCode?: string;
            /** @description null clears it */
            website?: string | null;
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
            eventTypes?: ("match.found" | "match.interest" | "match.mutual" | "challenge.candidate" | "challenge.application" | "challenge.invited" | "challenge.deadline_extended" | "challenge.evaluator" | "trust.decided" | "listing.reviewed" | "listing.expiring" | "saved_search.alert" | "webhook.disabled" | "event.registration" | "event.schedule_published" | "event.invited" | "event.meeting_reminder" | "event.meeting_no_show" | "event.meeting_cancelled" | "event.meeting_requested" | "event.meeting_request_answered")[];
            url?: string;
        };
        UsccClaimantSchema: {
            displayName: string;
            email: string;
            emailVerified: boolean;
            /** Format: uuid */
            userId: string;
        };
        UsccClaimDecisionDto: {
            /** @description 理由（驳回、撤销时必填） */
            reason?: string;
        };
        UsccClaimHistorySchema: {
            /** @description submitted · verified · rejected · revoked · superseded (another claim was verified) · ownership_transferred */
            action: string;
            actorName: string | null;
            /** Format: date-time */
            at: string;
            fromStatus: string | null;
            reason: string | null;
            toStatus: string | null;
        };
        UsccClaimPageSchema: {
            items: components["schemas"]["UsccClaimSchema"][];
            limit: number;
            page: number;
            total: number;
        };
        UsccClaimSchema: {
            claimant: components["schemas"]["UsccClaimantSchema"];
            /** @description The company name the claimant gave */
            claimedName: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            decisionReason: string | null;
            /** @description 证明材料说明 */
            evidence: string;
            history: components["schemas"]["UsccClaimHistorySchema"][];
            /** Format: uuid */
            id: string;
            /**
             * @description registration 注册认领 (the owner of the organisation registered with it) · dispute 争议认领 (someone else; approved, they become its owner)
             * @enum {string}
             */
            kind: "registration" | "dispute";
            /** Format: uuid */
            organisationId: string;
            /** @description The name the organisation is registered under */
            organisationName: string;
            /**
             * @description pending 待审核 · verified 已核验 · rejected 已驳回
             * @enum {string}
             */
            status: "pending" | "verified" | "rejected" | "withdrawn";
            /** @description 统一社会信用代码 */
            uscc: string;
        };
        UsccExceptionDto: {
            reason: string;
            uscc: string;
        };
        UsccExceptionRecordedSchema: {
            recorded: boolean;
            uscc: string;
        };
        VerifyEmailDto: {
            /** @description The token from the link in the verification mail */
            token: string;
        };
        WalkInCandidatePageSchema: {
            items: components["schemas"]["WalkInCandidateSchema"][];
            limit: number;
            page: number;
            total: number;
        };
        WalkInCandidateSchema: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description GB/T 2260 */
            regionCode: string;
            /** @description The region's name, '' when unknown */
            regionName: string;
            /**
             * @description Its registration for this event (check in with its pass instead), or null
             * @enum {string|null}
             */
            registrationStatus: "pending" | "approved" | "declined" | "withdrawn" | null;
            /** @enum {string} */
            type: "sme" | "large_enterprise" | "university" | "research_institute" | "service_org" | "organiser";
            /** @description 统一社会信用代码 */
            uscc: string;
        };
        WalkInDto: {
            attendees: components["schemas"]["AttendeeDto"][];
            /** @description A new organisation when none on the platform fits (or give organisationId) */
            organisation?: components["schemas"]["WalkInOrganisationDto"];
            /**
             * Format: uuid
             * @description An existing organisation on the platform (or give organisation)
             */
            organisationId?: string;
        };
        WalkInMeetingChoiceDto: {
            /**
             * Format: uuid
             * @description The checked-in participant to meet
             */
            counterpartRegistrationId: string;
            slot: number;
            tableIndex: number;
        };
        WalkInMeetingSchema: {
            /** Format: uuid */
            counterpartRegistrationId: string;
            /** Format: uuid */
            id: string;
            slot: number;
            tableIndex: number;
        };
        WalkInOrganisationDto: {
            /**
             * @description GB/T 4754-2017 industry code
             * @example C34
             */
            industryCode: string;
            /** @example 大连现场精工有限公司 */
            name: string;
            /**
             * @description GB/T 2260 region code
             * @example 210204
             */
            regionCode: string;
            /** @enum {string} */
            type: "sme" | "large_enterprise" | "university" | "research_institute" | "service_org" | "organiser";
            /**
             * @description 统一社会信用代码 (checked)
             * @example 91210200MA0QC0XX4K
             */
            uscc: string;
        };
        WalkInProposalSchema: {
            counterpartOrganisationName: string;
            /** Format: uuid */
            counterpartRegistrationId: string;
            /** Format: date-time */
            endsAt: string;
            /** @description 匹配度 0–100 */
            matchScore: number;
            /** @description 推荐理由 */
            reasons: components["schemas"]["RequestReasonSchema"][];
            slot: number;
            /** Format: date-time */
            startsAt: string;
            tableIndex: number;
            tableName: string;
        };
        WebhookAttemptSchema: {
            /** Format: date-time */
            at: string;
            attempt: number;
            durationMs: number;
            error: string | null;
            statusCode: number | null;
        };
        WebhookDeliveryPageSchema: {
            items: components["schemas"]["WebhookDeliverySchema"][];
            limit: number;
            page: number;
            total: number;
        };
        WebhookDeliverySchema: {
            attemptCount: number;
            attempts: components["schemas"]["WebhookAttemptSchema"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deliveredAt: string | null;
            eventType: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastAttemptAt: string | null;
            lastError: string | null;
            lastStatusCode: number | null;
            payload: {
                [key: string]: unknown;
            };
            /** @example delivered */
            status: string;
        };
        WebhookEndpointSchema: {
            consecutiveFailures: number;
            /** Format: date-time */
            createdAt: string;
            description: string;
            /** Format: date-time */
            disabledAt: string | null;
            disabledReason: string | null;
            enabled: boolean;
            eventTypes: string[];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            /** Format: date-time */
            updatedAt: string;
            url: string;
        };
        WebhookEndpointWithSecretSchema: {
            consecutiveFailures: number;
            /** Format: date-time */
            createdAt: string;
            description: string;
            /** Format: date-time */
            disabledAt: string | null;
            disabledReason: string | null;
            enabled: boolean;
            eventTypes: string[];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            /** @description Shown at creation and rotation only */
            secret: string;
            /** Format: date-time */
            updatedAt: string;
            url: string;
        };
        WebhookPingSchema: {
            /** Format: uuid */
            deliveryId: string;
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
            201: {
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
            header?: {
                /** @description The ETag (listing version, e.g. `"3"`) the editor loaded; or send `version` in the body. A listing that changed since answers 409 VERSION_CONFLICT. */
                "If-Match"?: string;
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchSchema"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchPageSchema"];
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
            header?: {
                /** @description The ETag (listing version, e.g. `"3"`) the editor loaded; or send `version` in the body. A listing that changed since answers 409 VERSION_CONFLICT. */
                "If-Match"?: string;
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FailedJobSchema"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FailedJobPageSchema"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueDashboardSessionSchema"];
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsccExceptionRecordedSchema"];
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
        };
    };
    AdminController_replacePlatformRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlatformRolesDto"];
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
    ChallengeApplicationsController_view: {
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
                    "application/json": components["schemas"]["ApplicationSchema"];
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
    ChallengeApplicationsController_upload: {
        parameters: {
            query: {
                /** @description The file name to show */
                filename: unknown;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentSchema"];
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
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The content (judged from its bytes) is not of an accepted type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ChallengeApplicationsController_removeAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fileId: string;
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
    ChallengeApplicationsController_link: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fileId: string;
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
                    "application/json": components["schemas"]["DownloadLinkSchema"];
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
    ChallengeApplicationsController_conflict: {
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
                "application/json": components["schemas"]["DeclareConflictDto"];
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
    ChallengeApplicationsController_decide: {
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
                "application/json": components["schemas"]["DecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationSchema"];
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
    ChallengeApplicationsController_save: {
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
                "application/json": components["schemas"]["SaveDraftDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationSchema"];
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
    ChallengeApplicationsController_score: {
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
                "application/json": components["schemas"]["ScorecardDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreResultSchema"];
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
    ChallengeApplicationsController_submit: {
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
                    "application/json": components["schemas"]["ApplicationSchema"];
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
    ChallengeApplicationsController_timeline: {
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
                    "application/json": components["schemas"]["StageChangeSchema"][];
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
    ChallengeApplicationsController_withdraw: {
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
                    "application/json": components["schemas"]["ApplicationSchema"];
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
    ChallengeApplicationsController_mine: {
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
                    "application/json": components["schemas"]["ApplicationSchema"][];
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
    AuthController_forgotPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForgotPasswordDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedSchema"];
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
    AuthController_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordDto"];
            };
        };
        responses: {
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
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignUpAnswerSchema"];
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
    AuthController_verifyEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyEmailDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailVerifiedSchema"];
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
    CertificationsController_listEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                certificationId: string;
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
                    "application/json": components["schemas"]["EvidenceFileSchema"][];
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
    CertificationsController_uploadEvidence: {
        parameters: {
            query: {
                /** @description The file name to show */
                filename: unknown;
            };
            header?: never;
            path: {
                certificationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceFileSchema"];
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
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The content (judged from its bytes) is not of an accepted type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CertificationsController_removeEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                certificationId: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
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
    CertificationsController_evidenceLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                certificationId: string;
                fileId: string;
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
                    "application/json": components["schemas"]["EvidenceLinkSchema"];
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
    CertificationsController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                certificationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CertificationDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificationSchema"];
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
    CertificationsController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                certificationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CertificationDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificationSchema"];
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
    CertificationsController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                certificationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CertificationDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificationSchema"];
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
    CertificationsController_importList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CertificationImportDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReportSchema"];
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
            201: {
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
            header?: {
                /** @description The ETag (listing version, e.g. `"3"`) the editor loaded; or send `version` in the body. A listing that changed since answers 409 VERSION_CONFLICT. */
                "If-Match"?: string;
            };
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
    ChallengeApplicationsController_start: {
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
                "application/json": components["schemas"]["StartApplicationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationSchema"];
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
    ChallengeApplicationsController_award: {
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
                "application/json": components["schemas"]["AwardDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewTableSchema"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchPageSchema"];
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
    ChallengeApplicationsController_eligibility: {
        parameters: {
            query: {
                organisationId: string;
            };
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
                    "application/json": components["schemas"]["EligibilitySchema"];
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
    ChallengeApplicationsController_evaluators: {
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
                    "application/json": components["schemas"]["EvaluatorSchema"][];
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
    ChallengeApplicationsController_addEvaluator: {
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
                "application/json": components["schemas"]["AddEvaluatorDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedEvaluatorSchema"];
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
    ChallengeApplicationsController_invite: {
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
                "application/json": components["schemas"]["InviteCandidatesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitedSchema"];
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
    ChallengeApplicationsController_reviewTable: {
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
                    "application/json": components["schemas"]["ReviewTableSchema"];
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
    ChallengeApplicationsController_round: {
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
                    "application/json": components["schemas"]["RoundSchema"];
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
    ChallengeApplicationsController_settings: {
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
                "application/json": components["schemas"]["RoundSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundSchema"];
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
        };
    };
    ChallengeApplicationsController_extend: {
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
                "application/json": components["schemas"]["ExtendDeadlineDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundSchema"];
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
    ChallengesController_transition: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (listing version, e.g. `"3"`) the editor loaded; or send `version` in the body. A listing that changed since answers 409 VERSION_CONFLICT. */
                "If-Match"?: string;
            };
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
    ChallengeApplicationsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptEvaluatorInvitationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluatorSchema"];
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
    ChallengeApplicationsController_acceptWithNewAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptEvaluatorInvitationWithAccountDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluatorSchema"];
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
    EventsController_recordOutcome: {
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
                "application/json": components["schemas"]["MeetingOutcomeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomeSchema"];
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
    EventsController_registration: {
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
                    "application/json": components["schemas"]["RegistrationSchema"];
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
    EventsController_agenda: {
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
                    "application/json": components["schemas"]["MeetingSchema"][];
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
    EventsController_agendaCalendar: {
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
            /** @description text/calendar */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
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
                    "text/calendar": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EventsController_availability: {
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
                "application/json": components["schemas"]["AvailabilityDto"];
            };
        };
        responses: {
            200: {
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
    EventsController_decide: {
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
                "application/json": components["schemas"]["RegistrationDecisionDto"];
            };
        };
        responses: {
            200: {
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
    ParticipationController_participants: {
        parameters: {
            query?: {
                /** @description GB/T 4754 code (section letter or digits): participants within it */
                industry?: string;
                /** @description Organisation type */
                type?: "sme" | "large_enterprise" | "university" | "research_institute" | "service_org" | "organiser";
            };
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
                    "application/json": components["schemas"]["DirectoryEntrySchema"][];
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
        };
    };
    ParticipationController_meetingCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/calendar */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
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
                    "text/calendar": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ParticipationController_outcomes: {
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
                    "application/json": components["schemas"]["AgendaOutcomeSchema"][];
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
    EventsController_passes: {
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
                    "application/json": components["schemas"]["PassSchema"][];
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
    EventsController_preferences: {
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
                    "application/json": components["schemas"]["PreferenceSchema"][];
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
    EventsController_requestsOf: {
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
                    "application/json": components["schemas"]["MeetingRequestSchema"][];
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
    EventsController_withdraw: {
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
                    "application/json": components["schemas"]["RegistrationSchema"];
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
    EventsController_list: {
        parameters: {
            query?: {
                limit?: unknown;
                page?: unknown;
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
                    "application/json": components["schemas"]["EventPageSchema"];
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
        };
    };
    EventsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEventDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventSchema"];
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
        };
    };
    EventsController_get: {
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
                    "application/json": components["schemas"]["EventSchema"];
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
    EventsController_update: {
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
                "application/json": components["schemas"]["UpdateEventDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventSchema"];
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
    EventsController_checkIn: {
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
                "application/json": components["schemas"]["CheckInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInSchema"];
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
    EventsController_invite: {
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
                "application/json": components["schemas"]["InviteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitedCountSchema"];
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
    EventsController_requestsOfEvent: {
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
                    "application/json": components["schemas"]["MeetingRequestSchema"][];
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
    EventsController_request: {
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
                "application/json": components["schemas"]["MeetingRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingRequestSchema"];
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
    EventsController_move: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveMeetingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingSchema"];
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
    EventsController_markMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingStatusDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingSchema"];
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
    EventsController_participants: {
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
                    "application/json": components["schemas"]["ParticipantSchema"][];
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
    EventsController_setPreference: {
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
                "application/json": components["schemas"]["PreferenceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreferenceSchema"][];
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
    EventsController_propose: {
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
                "application/json": components["schemas"]["ProposeMeetingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposedCountSchema"];
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
    EventsController_registrationsOf: {
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
                    "application/json": components["schemas"]["RegistrationSchema"][];
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
    EventsController_register: {
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
                "application/json": components["schemas"]["EventRegistrationDto"];
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
    EventsController_mine: {
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
                    "application/json": components["schemas"]["RegistrationSchema"][];
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
    EventsController_report: {
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
                    "application/json": components["schemas"]["EventReportSchema"];
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
    EventsController_reportWorkbook: {
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
            /** @description xlsx workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
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
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EventsController_schedule: {
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
                    "application/json": components["schemas"]["MeetingSchema"][];
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
    EventsController_publish: {
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
                    "application/json": components["schemas"]["MeetingSchema"][];
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
    EventsController_scheduleRuns: {
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
                    "application/json": components["schemas"]["ScheduleRunSchema"][];
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
    EventsController_runSchedule: {
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
                "application/json": components["schemas"]["RunScheduleDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleRunSchema"];
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
    EventsController_suggestions: {
        parameters: {
            query?: {
                limit?: unknown;
            };
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
                    "application/json": components["schemas"]["SuggestedInviteeSchema"][];
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
        };
    };
    EventsController_transition: {
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
                "application/json": components["schemas"]["EventTransitionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventSchema"];
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
    EventsController_registerWalkIn: {
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
                "application/json": components["schemas"]["WalkInDto"];
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
    EventsController_walkInProposals: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                registrationId: string;
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
                    "application/json": components["schemas"]["WalkInProposalSchema"][];
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
    EventsController_confirmWalkInProposals: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                registrationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmWalkInProposalsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalkInMeetingSchema"][];
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
    EventsController_walkInCandidates: {
        parameters: {
            query: {
                limit?: unknown;
                page?: unknown;
                q: string;
            };
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
                    "application/json": components["schemas"]["WalkInCandidatePageSchema"];
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
        };
    };
    FilesController_download: {
        parameters: {
            query: {
                /** @description Unix seconds; the link stops working after */
                expires: number;
                signature: string;
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
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["ErrorResponse"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedInvitationSchema"];
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
                content: {
                    "application/json": components["schemas"]["MatchPageSchema"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchSchema"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchSchema"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchSchema"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchSchema"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchSchema"];
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
    MeController_resendVerification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedSchema"];
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
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesSchema"];
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
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesSchema"];
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
        };
    };
    MeController_changePassword: {
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
                "application/json": components["schemas"]["ChangePasswordDto"];
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
                content: {
                    "application/json": components["schemas"]["SavedSearchSchema"][];
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
                content: {
                    "application/json": components["schemas"]["SavedSearchSchema"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedSearchSchema"];
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
    MeController_signOutEverywhere: {
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
    UsccClaimsController_mine: {
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
                    "application/json": components["schemas"]["UsccClaimSchema"][];
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
    EventsController_answer: {
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
                "application/json": components["schemas"]["RequestAnswerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingRequestSchema"];
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
    EventsController_cancel: {
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
                    "application/json": components["schemas"]["MeetingRequestSchema"];
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
            201: {
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
            header?: {
                /** @description The ETag (listing version, e.g. `"3"`) the editor loaded; or send `version` in the body. A listing that changed since answers 409 VERSION_CONFLICT. */
                "If-Match"?: string;
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchSchema"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchPageSchema"];
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
            header?: {
                /** @description The ETag (listing version, e.g. `"3"`) the editor loaded; or send `version` in the body. A listing that changed since answers 409 VERSION_CONFLICT. */
                "If-Match"?: string;
            };
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
                content: {
                    "application/json": components["schemas"]["NotificationPageSchema"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationSchema"];
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
                content: {
                    "application/json": components["schemas"]["ReadAllSchema"];
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
                content: {
                    "application/json": components["schemas"]["UnreadCountSchema"];
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
    NameChangesController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                nameChangeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NameChangeDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NameChangeSchema"];
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
    NameChangesController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                nameChangeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NameChangeDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NameChangeSchema"];
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
    NameChangesController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                nameChangeId: string;
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
                    "application/json": components["schemas"]["NameChangeSchema"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberOrganisationSchema"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListingPageSchema"];
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
        };
    };
    CertificationsController_list: {
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
                    "application/json": components["schemas"]["CertificationWithHistorySchema"][];
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
    CertificationsController_submit: {
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
                "application/json": components["schemas"]["SubmitCertificationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificationSchema"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListingPageSchema"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationSchema"][];
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedInvitationSchema"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberSchema"][];
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
    NameChangesController_history: {
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
                    "application/json": components["schemas"]["NameChangeSchema"][];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListingPageSchema"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointSchema"][];
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecretSchema"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointSchema"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPageSchema"];
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
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPingSchema"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecretSchema"];
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
    ChallengeApplicationsController_queue: {
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
                    "application/json": components["schemas"]["QueueItemSchema"][];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListingPageSchema"];
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
        };
    };
    CertificationsController_queue: {
        parameters: {
            query?: {
                limit?: unknown;
                page?: unknown;
                status?: "pending" | "verified" | "under_review" | "rejected" | "revoked";
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
                    "application/json": components["schemas"]["CertificationQueuePageSchema"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListingPageSchema"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListingPageSchema"];
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
        };
    };
    NameChangesController_queue: {
        parameters: {
            query?: {
                limit?: unknown;
                page?: unknown;
                status?: "pending" | "approved" | "rejected" | "withdrawn";
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
                    "application/json": components["schemas"]["NameChangePageSchema"];
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
        };
    };
    ListingRevisionsController_queue: {
        parameters: {
            query?: {
                kind?: "need" | "achievement" | "challenge";
                limit?: unknown;
                page?: unknown;
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
                    "application/json": components["schemas"]["RevisionPageSchema"];
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
        };
    };
    ListingRevisionsController_one: {
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
                    "application/json": components["schemas"]["RevisionSchema"];
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
    ListingRevisionsController_approve: {
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
                "application/json": components["schemas"]["RevisionDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionSchema"];
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
    ListingRevisionsController_reject: {
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
                "application/json": components["schemas"]["RevisionDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionSchema"];
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
    UsccClaimsController_queue: {
        parameters: {
            query?: {
                kind?: "registration" | "dispute";
                limit?: unknown;
                page?: unknown;
                status?: "pending" | "verified" | "rejected" | "withdrawn";
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
                    "application/json": components["schemas"]["UsccClaimPageSchema"];
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
    UsccClaimsController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitUsccClaimDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsccClaimSchema"];
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
    UsccClaimsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
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
                    "application/json": components["schemas"]["UsccClaimSchema"];
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
    UsccClaimsController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UsccClaimDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsccClaimSchema"];
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
    UsccClaimsController_listEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
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
                    "application/json": components["schemas"]["EvidenceFileSchema"][];
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
    UsccClaimsController_uploadEvidence: {
        parameters: {
            query: {
                /** @description The file name to show */
                filename: unknown;
            };
            header?: never;
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceFileSchema"];
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
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The content (judged from its bytes) is not of an accepted type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UsccClaimsController_evidenceLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
                fileId: string;
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
                    "application/json": components["schemas"]["EvidenceLinkSchema"];
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
    UsccClaimsController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UsccClaimDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsccClaimSchema"];
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
    UsccClaimsController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UsccClaimDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsccClaimSchema"];
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
    UsccClaimsController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
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
                    "application/json": components["schemas"]["UsccClaimSchema"];
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
