import type { ListingKind } from '@rongtong/common';
import { AccountMailPurpose, JobRequest, TrustSubject } from './job-catalogue';

/**
 * Domain events written to the outbox, and the jobs each one fans out to. A new event type
 * must be added here, which forces a decision about what it triggers.
 */
export interface OutboxEventPayloads {
  'organisation.created': { organisationId: string };
  'organisation.updated': { organisationId: string };
  /** Created, edited or moved to another state. */
  'listing.changed': { kind: ListingKind; listingId: string; organisationId?: string };
  'listing.deleted': { kind: ListingKind; listingId: string; organisationId?: string };
  /**
   * The search index holds the listing at this version (or no longer holds it): written by the
   * indexer after its Meilisearch tasks succeeded, so what reads the index next sees the listing.
   */
  'listing.indexed': { kind: ListingKind; listingId: string };
  /** A reviewer approved or rejected a listing (the transition row says which and why). */
  'listing.reviewed': { kind: ListingKind; listingId: string; transitionId: string };
  /** A reviewer decided a certificate, a USCC claim or a name change (the history row says how). */
  'trust.decided': { subject: TrustSubject; subjectId: string; decisionId: string };
  /** A user's account needs a mail (verification, reset, a sign-up attempt with their address). */
  'account.mail-requested': { userId: string; purpose: AccountMailPurpose; requestId: string };
  /** A challenge's application deadline was set or extended (ISO instant, to the second). */
  'challenge.deadline-set': { challengeId: string; deadlineAt: string };
  /** An external expert was invited to evaluate a challenge: the invitation mail goes out. */
  'challenge.evaluator-invited': { evaluatorId: string };
  /**
   * A 对接会 meeting was published (or, published, moved: its ICS sequence went up); its
   * reminder goes out before it starts.
   */
  'event.meeting-published': {
    meetingId: string;
    sequence: number;
    startsAt: string;
    /** Start plus the event's grace period: a side not checked in by then is a no-show. */
    noShowAt?: string;
  };
  /** An organiser asked for a scheduler run (the row is queued); the worker runs it. */
  'event.schedule-requested': { runId: string };
  /** A notification's email (or a digest) was recorded and waits to be sent. */
  'notification.email-requested': { deliveryId: string };
  /** A webhook delivery was recorded and waits to be posted. */
  'notification.webhook-requested': { deliveryId: string };
}

export type OutboxEventType = keyof OutboxEventPayloads;

/** How long before a 对接会 meeting its reminder goes out. */
export const MEETING_REMINDER_LEAD_MS = 30 * 60_000;

export interface OutboxEventEnvelope<T extends OutboxEventType = OutboxEventType> {
  type: T;
  entityId: string;
  version: number;
  payload: OutboxEventPayloads[T];
}

/**
 * A routed job. Its id derives from the outbox row's event id, unless the route names a `key`:
 * then the id derives from the key, so rows describing the same fact (the same listing version
 * indexed twice) make one job.
 */
type RoutedJob = Omit<JobRequest, 'jobId'> & { key?: string };

type Routes = {
  [T in OutboxEventType]: (event: OutboxEventEnvelope<T>) => RoutedJob[];
};

export const OUTBOX_ROUTES: Routes = {
  'organisation.created': (event) => [
    {
      name: 'search.index-organisation',
      payload: { organisationId: event.payload.organisationId, version: event.version },
    },
  ],
  'organisation.updated': (event) => [
    {
      name: 'search.index-organisation',
      payload: { organisationId: event.payload.organisationId, version: event.version },
    },
  ],
  // Matching and saved-search alerts read the index, so they follow `listing.indexed`.
  // A challenge's last day may have moved (a reviewed edit): its application round follows.
  'listing.changed': (event) => [
    ...indexListing(event),
    ...(event.payload.kind === 'challenge'
      ? [
          {
            name: 'challenges.sync-deadline' as const,
            payload: { challengeId: event.payload.listingId },
          },
        ]
      : []),
  ],
  'listing.deleted': (event) => [...indexListing(event), ...matchListing(event)],
  'listing.indexed': (event) => {
    const { kind, listingId } = event.payload;
    const key = `indexed-${kind}-${listingId}-v${event.version}`;
    return [
      ...matchListing(event).map((job) => ({ ...job, key })),
      {
        name: 'notify.saved-search-alerts',
        payload: { kind, listingId, version: event.version },
        key,
      },
    ];
  },
  'listing.reviewed': (event) => [{ name: 'notify.review-result', payload: event.payload }],
  'trust.decided': (event) => [{ name: 'notify.trust-decision', payload: event.payload }],
  'account.mail-requested': (event) => [{ name: 'notify.account-mail', payload: event.payload }],
  'challenge.evaluator-invited': (event) => [
    {
      name: 'challenges.mail-evaluator-invitation',
      payload: { evaluatorId: event.payload.evaluatorId },
    },
  ],
  'challenge.deadline-set': (event) => [
    {
      name: 'challenges.close-applications',
      payload: event.payload,
      runAt: event.payload.deadlineAt,
    },
  ],
  'event.meeting-published': (event) => [
    {
      name: 'events.meeting-reminder',
      payload: { meetingId: event.payload.meetingId, sequence: event.payload.sequence },
      runAt: new Date(
        new Date(event.payload.startsAt).getTime() - MEETING_REMINDER_LEAD_MS,
      ).toISOString(),
    },
    ...(event.payload.noShowAt
      ? [
          {
            name: 'events.no-show-check' as const,
            payload: { meetingId: event.payload.meetingId, sequence: event.payload.sequence },
            runAt: event.payload.noShowAt,
          },
        ]
      : []),
  ],
  'event.schedule-requested': (event) => [
    { name: 'events.run-schedule', payload: { runId: event.payload.runId } },
  ],
  'notification.email-requested': (event) => [
    { name: 'notify.deliver-email', payload: { deliveryId: event.payload.deliveryId } },
  ],
  'notification.webhook-requested': (event) => [
    { name: 'notify.deliver-webhook', payload: { deliveryId: event.payload.deliveryId } },
  ],
};

/** Matches follow every change: published listings are (re)matched, others retire theirs. */
function matchListing(event: OutboxEventEnvelope<'listing.deleted' | 'listing.indexed'>) {
  const { kind, listingId } = event.payload;
  return [
    {
      name: 'matching.match-listing' as const,
      payload: { kind, listingId, version: event.version },
    },
  ];
}

/**
 * A listing's document follows every change; an achievement's change also refreshes its owner's
 * capability profile (which lists the titles and keywords of its published achievements).
 */
function indexListing(event: OutboxEventEnvelope<'listing.changed' | 'listing.deleted'>) {
  const { kind, listingId, organisationId } = event.payload;
  const jobs: RoutedJob[] = [
    { name: 'search.index-listing', payload: { kind, listingId, version: event.version } },
  ];
  if (kind === 'achievement' && organisationId) {
    // The organisation's own version did not change; 0 marks a profile refresh.
    jobs.push({ name: 'search.index-organisation', payload: { organisationId, version: 0 } });
  }
  return jobs;
}

export function isOutboxEventType(value: string): value is OutboxEventType {
  return Object.prototype.hasOwnProperty.call(OUTBOX_ROUTES, value);
}

/** The jobs an outbox row turns into, each with a job id derived from the row's event id. */
export function jobsForOutboxEvent(eventId: string, event: OutboxEventEnvelope): JobRequest[] {
  const route = OUTBOX_ROUTES[event.type] as (e: OutboxEventEnvelope) => RoutedJob[];
  return route(event).map(({ key, ...job }) => {
    const name = job.name.replace(/[^a-z0-9-]/gi, '-');
    return { ...job, jobId: key ? `${key}-${name}` : `outbox-${eventId}-${name}` } as JobRequest;
  });
}
