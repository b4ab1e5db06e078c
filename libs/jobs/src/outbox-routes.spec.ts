import { JOB_NAMES } from './job-catalogue';
import {
  isOutboxEventType,
  jobsForOutboxEvent,
  OUTBOX_ROUTES,
  OutboxEventEnvelope,
  OutboxEventType,
} from './outbox-routes';

const EVENT_TYPES = Object.keys(OUTBOX_ROUTES) as OutboxEventType[];
/** Events whose jobs are keyed by the fact they describe (a listing version), not the row. */
const FACT_KEYED: OutboxEventType[] = ['listing.indexed'];
const ROW_KEYED = EVENT_TYPES.filter((type) => !FACT_KEYED.includes(type));

const ENTITY_ID = '5b0c7f4e-2a41-4f7e-9d6c-0d6f1c1e2a10';

/**
 * An event of any routed type. The payload carries every id a route might read, so the
 * generic tests below keep working as event types are added.
 */
const envelope = (type: OutboxEventType, version = 3): OutboxEventEnvelope =>
  ({
    type,
    entityId: ENTITY_ID,
    version,
    payload: {
      organisationId: ENTITY_ID,
      listingId: ENTITY_ID,
      kind: 'need',
      meetingId: ENTITY_ID,
      sequence: 0,
      startsAt: '2027-04-16T01:00:00.000Z',
    },
  }) as unknown as OutboxEventEnvelope;

const organisationEvent = (
  type: 'organisation.created' | 'organisation.updated',
  version: number,
): OutboxEventEnvelope => ({
  type,
  entityId: ENTITY_ID,
  version,
  payload: { organisationId: ENTITY_ID },
});

describe('jobsForOutboxEvent', () => {
  it('turns organisation.created into one search.index-organisation job with a derived id', () => {
    expect(jobsForOutboxEvent('42', organisationEvent('organisation.created', 7))).toEqual([
      {
        name: 'search.index-organisation',
        payload: { organisationId: ENTITY_ID, version: 7 },
        jobId: 'outbox-42-search-index-organisation',
      },
    ]);
  });

  it('turns organisation.updated into the same job, versioned by the event', () => {
    expect(
      jobsForOutboxEvent('9007199254740993', organisationEvent('organisation.updated', 12)),
    ).toEqual([
      {
        name: 'search.index-organisation',
        payload: { organisationId: ENTITY_ID, version: 12 },
        jobId: 'outbox-9007199254740993-search-index-organisation',
      },
    ]);
  });

  it('takes the version from the envelope, not from the payload', () => {
    const event = {
      ...organisationEvent('organisation.created', 2),
      payload: { organisationId: 'org-1', version: 99 },
    } as OutboxEventEnvelope;

    expect(jobsForOutboxEvent('1', event)[0].payload).toEqual({
      organisationId: 'org-1',
      version: 2,
    });
  });

  it.each(ROW_KEYED)('%s: ids are deterministic, per row and per job', (type) => {
    const first = jobsForOutboxEvent('100', envelope(type));
    const again = jobsForOutboxEvent('100', envelope(type, 4));
    const otherRow = jobsForOutboxEvent('101', envelope(type));

    expect(again.map((job) => job.jobId)).toEqual(first.map((job) => job.jobId));
    const ids = [...first, ...otherRow].map((job) => job.jobId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const job of first) expect(job.jobId?.startsWith('outbox-100-')).toBe(true);
  });

  it.each(EVENT_TYPES)('%s: ids are BullMQ-safe (no ":") and plain', (type) => {
    for (const job of jobsForOutboxEvent('123456', envelope(type))) {
      expect(job.jobId).toBeDefined();
      expect(job.jobId).not.toContain(':');
      expect(job.jobId).toMatch(
        FACT_KEYED.includes(type) ? /^[a-z0-9-]+$/ : /^outbox-123456-[a-z0-9-]+$/,
      );
      // A numeric custom id would clash with BullMQ's own incrementing ids.
      expect(Number.isNaN(Number(job.jobId))).toBe(true);
    }
  });

  it.each(EVENT_TYPES)('%s: each route job appears once, with a catalogued name', (type) => {
    const routed = OUTBOX_ROUTES[type] as (event: OutboxEventEnvelope) => { name: string }[];
    const expectedNames = routed(envelope(type)).map((job) => job.name);
    const jobs = jobsForOutboxEvent('5', envelope(type));

    expect(jobs.map((job) => job.name)).toEqual(expectedNames);
    expect(jobs.length).toBeGreaterThan(0);
    for (const job of jobs) expect(JOB_NAMES).toContain(job.name);
  });
});

describe('isOutboxEventType', () => {
  it.each(EVENT_TYPES)('accepts %s', (type) => {
    expect(isOutboxEventType(type)).toBe(true);
  });

  it.each([
    'organisation.deleted',
    'Organisation.Created',
    'organisation.created ',
    '',
    'toString',
    'constructor',
    '__proto__',
    'hasOwnProperty',
  ])('rejects %p', (value) => {
    expect(isOutboxEventType(value)).toBe(false);
  });

  it('knows the organisation events', () => {
    expect(EVENT_TYPES).toEqual(
      expect.arrayContaining(['organisation.created', 'organisation.updated']),
    );
  });
});

describe('routes of matching and notifications', () => {
  const listingEvent = (
    type: 'listing.changed' | 'listing.deleted' | 'listing.indexed',
  ): OutboxEventEnvelope => ({
    type,
    entityId: ENTITY_ID,
    version: 4,
    payload: { kind: 'need', listingId: ENTITY_ID, organisationId: ENTITY_ID },
  });

  it('a changed listing is indexed; nothing reads the index before it holds the change', () => {
    const jobs = jobsForOutboxEvent('e1', listingEvent('listing.changed'));

    expect(jobs.map((job) => job.name)).toEqual(['search.index-listing']);
    expect(jobs[0].payload).toEqual({ kind: 'need', listingId: ENTITY_ID, version: 4 });
  });

  it('a changed challenge is indexed and its application round follows its last day', () => {
    const jobs = jobsForOutboxEvent('e9', {
      ...listingEvent('listing.changed'),
      payload: { kind: 'challenge', listingId: ENTITY_ID, organisationId: ENTITY_ID },
    });

    expect(jobs.map((job) => [job.name, job.payload])).toEqual([
      ['search.index-listing', { kind: 'challenge', listingId: ENTITY_ID, version: 4 }],
      ['challenges.sync-deadline', { challengeId: ENTITY_ID }],
    ]);
  });

  it('an indexed listing is matched and checked against saved searches, once per version', () => {
    const jobs = jobsForOutboxEvent('e6', listingEvent('listing.indexed'));
    const sameVersionAgain = jobsForOutboxEvent('e7', listingEvent('listing.indexed'));
    const nextVersion = jobsForOutboxEvent('e8', {
      ...listingEvent('listing.indexed'),
      version: 5,
    });

    expect(jobs.map((job) => [job.name, job.payload])).toEqual([
      ['matching.match-listing', { kind: 'need', listingId: ENTITY_ID, version: 4 }],
      ['notify.saved-search-alerts', { kind: 'need', listingId: ENTITY_ID, version: 4 }],
    ]);
    expect(jobs.map((job) => job.jobId)).toEqual([
      `indexed-need-${ENTITY_ID}-v4-matching-match-listing`,
      `indexed-need-${ENTITY_ID}-v4-notify-saved-search-alerts`,
    ]);
    // Two flushes writing the same version make the same jobs (BullMQ keeps one of each).
    expect(sameVersionAgain.map((job) => job.jobId)).toEqual(jobs.map((job) => job.jobId));
    const nextIds = nextVersion.map((job) => job.jobId);
    for (const id of jobs.map((job) => job.jobId)) expect(nextIds).not.toContain(id);
  });

  it('a deleted listing leaves the index and retires its matches, but raises no alert', () => {
    const names = jobsForOutboxEvent('e2', listingEvent('listing.deleted')).map((j) => j.name);

    expect(names).toEqual(['search.index-listing', 'matching.match-listing']);
  });

  it('a review result and the channel requests each become one notify job', () => {
    const reviewed = jobsForOutboxEvent('e3', {
      type: 'listing.reviewed',
      entityId: ENTITY_ID,
      version: 2,
      payload: { kind: 'achievement', listingId: ENTITY_ID, transitionId: '17' },
    });
    const email = jobsForOutboxEvent('e4', {
      type: 'notification.email-requested',
      entityId: ENTITY_ID,
      version: 1,
      payload: { deliveryId: ENTITY_ID },
    });
    const webhook = jobsForOutboxEvent('e5', {
      type: 'notification.webhook-requested',
      entityId: ENTITY_ID,
      version: 1,
      payload: { deliveryId: ENTITY_ID },
    });

    expect(reviewed).toEqual([
      {
        name: 'notify.review-result',
        payload: { kind: 'achievement', listingId: ENTITY_ID, transitionId: '17' },
        jobId: 'outbox-e3-notify-review-result',
      },
    ]);
    expect(email.map((job) => [job.name, job.payload])).toEqual([
      ['notify.deliver-email', { deliveryId: ENTITY_ID }],
    ]);
    expect(webhook.map((job) => [job.name, job.payload])).toEqual([
      ['notify.deliver-webhook', { deliveryId: ENTITY_ID }],
    ]);
  });

  it('reminds of a published meeting 30 minutes before it starts, per sequence', () => {
    const [job] = jobsForOutboxEvent('77', envelope('event.meeting-published', 2));
    expect(job).toMatchObject({
      name: 'events.meeting-reminder',
      payload: { meetingId: ENTITY_ID, sequence: 0 },
      runAt: '2027-04-16T00:30:00.000Z',
      jobId: 'outbox-77-events-meeting-reminder',
    });
  });

  it('checks a published meeting for a no-show at its start plus the grace period', () => {
    const published = envelope('event.meeting-published', 2);
    const withGrace = {
      ...published,
      payload: { ...published.payload, noShowAt: '2027-04-16T01:10:00.000Z' },
    } as OutboxEventEnvelope;
    expect(jobsForOutboxEvent('78', withGrace).map((job) => [job.name, job.runAt])).toEqual([
      ['events.meeting-reminder', '2027-04-16T00:30:00.000Z'],
      ['events.no-show-check', '2027-04-16T01:10:00.000Z'],
    ]);
    expect(jobsForOutboxEvent('78', withGrace)[1]).toMatchObject({
      payload: { meetingId: ENTITY_ID, sequence: 0 },
      jobId: 'outbox-78-events-no-show-check',
    });
  });
});
