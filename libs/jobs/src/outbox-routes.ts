import { JobRequest, ListingKindName } from './job-catalogue';

/**
 * Domain events written to the outbox, and the jobs each one fans out to. A new event type
 * must be added here, which forces a decision about what it triggers.
 */
export interface OutboxEventPayloads {
  'organisation.created': { organisationId: string };
  'organisation.updated': { organisationId: string };
  /** Created, edited or moved to another state. */
  'listing.changed': { kind: ListingKindName; listingId: string; organisationId?: string };
  'listing.deleted': { kind: ListingKindName; listingId: string; organisationId?: string };
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
  'listing.changed': indexListing,
  'listing.deleted': indexListing,
};

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
