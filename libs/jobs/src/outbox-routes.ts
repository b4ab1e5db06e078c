import type { ListingKind } from '@rongtong/common';
import { JobRequest } from './job-catalogue';

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
  /** A reviewer approved or rejected a listing (the transition row says which and why). */
  'listing.reviewed': { kind: ListingKind; listingId: string; transitionId: string };
  /** A notification's email (or a digest) was recorded and waits to be sent. */
  'notification.email-requested': { deliveryId: string };
  /** A webhook delivery was recorded and waits to be posted. */
  'notification.webhook-requested': { deliveryId: string };
}

export type OutboxEventType = keyof OutboxEventPayloads;

export interface OutboxEventEnvelope<T extends OutboxEventType = OutboxEventType> {
  type: T;
  entityId: string;
  version: number;
  payload: OutboxEventPayloads[T];
}

type Routes = {
  [T in OutboxEventType]: (event: OutboxEventEnvelope<T>) => Omit<JobRequest, 'jobId'>[];
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
  'listing.changed': (event) => [
    ...indexListing(event),
    ...matchListing(event),
    {
      name: 'notify.saved-search-alerts',
      payload: {
        kind: event.payload.kind,
        listingId: event.payload.listingId,
        version: event.version,
      },
    },
  ],
  'listing.deleted': (event) => [...indexListing(event), ...matchListing(event)],
  'listing.reviewed': (event) => [{ name: 'notify.review-result', payload: event.payload }],
  'notification.email-requested': (event) => [
    { name: 'notify.deliver-email', payload: { deliveryId: event.payload.deliveryId } },
  ],
  'notification.webhook-requested': (event) => [
    { name: 'notify.deliver-webhook', payload: { deliveryId: event.payload.deliveryId } },
  ],
};

/** Matches follow every change: published listings are (re)matched, others retire theirs. */
function matchListing(event: OutboxEventEnvelope<'listing.changed' | 'listing.deleted'>) {
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
  const jobs: Omit<JobRequest, 'jobId'>[] = [
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
  const route = OUTBOX_ROUTES[event.type] as (
    e: OutboxEventEnvelope,
  ) => Omit<JobRequest, 'jobId'>[];
  return route(event).map(
    (job) =>
      ({
        ...job,
        jobId: `outbox-${eventId}-${job.name.replace(/[^a-z0-9-]/gi, '-')}`,
      }) as JobRequest,
  );
}
