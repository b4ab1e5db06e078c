import { randomUUID } from 'node:crypto';
import { NoShowCheck } from '@rongtong/events';
import { JobQueue } from '@rongtong/jobs';
import { eventBody } from '../support/factories';
import { eventually } from '../support/isolated-environment';
import { MatchingFixtures, Party } from '../support/matching-fixtures';
import { startProduct } from '../support/running-product';

jest.setTimeout(180_000);

interface Meeting {
  id: string;
  registrationAId: string;
  registrationBId: string;
}

/**
 * The no-show notice on the real stack: publishing a schedule queues one delayed no-show check per
 * meeting (at its start plus the grace period); promoting those jobs runs them now, as if the
 * clock had reached that moment. The side that came gets exactly one notice (inbox + mail) with
 * a link to its agenda; nobody is told when both or neither came, or when the meeting was
 * cancelled meanwhile.
 */
describe('event no-show notice (api + worker, PostgreSQL, Redis)', () => {
  let fx: MatchingFixtures;
  let organiser: Party;
  let parties: Party[];

  const api: MatchingFixtures['api'] = (...args) => fx.api(...args);

  beforeAll(async () => {
    fx = new MatchingFixtures(await startProduct({ LISTING_REVIEW_REQUIRED: 'false' }));
    organiser = await fx.reviewer();
    parties = [];
    for (let i = 0; i < 4; i += 1)
      parties.push(await fx.signUp({ type: i % 2 ? 'university' : 'sme' }));
  });

  afterAll(async () => {
    await fx?.product.stop();
  });

  it('tells only the side that came, once per meeting', async () => {
    const db = fx.db();
    const created = await api('post', 'events', organiser)
      .send({ ...eventBody(organiser.organisationId), noShowGraceMinutes: 10 })
      .expect(201);
    const eventId = (created.body as { id: string }).id;
    await api('post', `events/${eventId}/transitions`, organiser)
      .send({ action: 'open' })
      .expect(200);
    // P and R came; Q and S did not. Registrations of the four organisations, approved.
    const [p, q, r, s] = parties;
    const reg = new Map<Party, string>(parties.map((party) => [party, randomUUID()]));
    for (const party of parties)
      await db.query(
        `INSERT INTO event_registration
           (id, event_id, organisation_id, registered_by_user_id, status, attendees, unavailable_slots, version)
         VALUES ($1, $2, $3, $4, 'approved', $5, '{}', 1)`,
        [
          reg.get(party),
          eventId,
          party.organisationId,
          party.userId,
          JSON.stringify([{ name: '代表', title: '经理', mobile: null, email: null }]),
        ],
      );
    const pairs: [Party, Party][] = [
      [p, q],
      [p, r],
      [q, s],
      [r, s],
    ];
    for (const [from, to] of pairs)
      await db.query(
        `INSERT INTO meeting_request (event_id, from_registration_id, to_registration_id, status)
         VALUES ($1, $2, $3, 'accepted')`,
        [eventId, reg.get(from), reg.get(to)],
      );
    await api('post', `events/${eventId}/transitions`, organiser)
      .send({ action: 'close_registration' })
      .expect(200);
    const queued = await api('post', `events/${eventId}/schedule/runs`, organiser)
      .send({})
      .expect(202);
    const runId = (queued.body as { id: string }).id;
    await eventually(async () => {
      const runs = (await api('get', `events/${eventId}/schedule/runs`, organiser).expect(200))
        .body as { id: string; state: string }[];
      expect(runs.find((run) => run.id === runId)?.state).toBe('done');
    }, 120_000);
    for (const [i, party] of parties.entries())
      await db.query(
        `INSERT INTO attendee_pass (registration_id, attendee_index, event_id, code, checked_in_at)
         VALUES ($1, 0, $2, $3, $4)`,
        [
          reg.get(party),
          eventId,
          `NN${i}${randomUUID().slice(0, 5)}`.toUpperCase(),
          party === p || party === r ? new Date() : null,
        ],
      );
    await api('post', `events/${eventId}/schedule/publish`, organiser).expect(200);
    const schedule = (await api('get', `events/${eventId}/schedule`, organiser).expect(200))
      .body as Meeting[];
    expect(schedule).toHaveLength(4);
    const meetingOf = (a: Party, b: Party) => {
      const found = schedule.find(
        (m) =>
          [m.registrationAId, m.registrationBId].sort().join() ===
          [reg.get(a), reg.get(b)].sort().join(),
      );
      if (!found) throw new Error('meeting not scheduled');
      return found.id;
    };
    const [pq, pr, qs, rs] = pairs.map(([a, b]) => meetingOf(a, b));

    // Each published meeting waits for its no-show check, delayed until start + grace.
    const queue = fx.product.worker.get(JobQueue).queue('catalog');
    const checks = await eventually(async () => {
      const delayed = (await queue.getDelayed()).filter(
        (job) =>
          job.name === 'events.no-show-check' &&
          schedule.some((m) => m.id === (job.data as { meetingId: string }).meetingId),
      );
      expect(delayed).toHaveLength(4);
      return delayed;
    }, 30_000);
    // R–S was cancelled meanwhile (a re-plan after S dropped out).
    await db.query(`UPDATE event_meeting SET status = 'cancelled' WHERE id = $1`, [rs]);
    // The clock reaches start + grace: the checks run now.
    for (const job of checks) await job.promote();
    await eventually(async () => {
      for (const job of checks) expect(await queue.getJobState(job.id ?? '')).toBe('completed');
    }, 60_000);

    const statusOf = async (id: string) =>
      (
        await db.query<{ status: string }[]>(`SELECT status FROM event_meeting WHERE id = $1`, [id])
      )[0].status;
    expect(await Promise.all([pq, pr, qs, rs].map((id) => statusOf(id)))).toEqual([
      'no_show',
      'scheduled',
      'no_show',
      'cancelled',
    ]);

    const notices = () =>
      db.query<
        {
          id: string;
          user_id: string;
          params: Record<string, unknown>;
          subject_kind: string;
          subject_id: string;
        }[]
      >(
        `SELECT id, user_id, params, subject_kind, subject_id FROM notification
          WHERE type = 'event.meeting_no_show' AND params->'event'->>'id' = $1`,
        [eventId],
      );
    const told = await notices();
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({
      user_id: p.userId,
      subject_kind: 'event_registration',
      subject_id: reg.get(p),
      params: { counterpartName: q.name, graceMinutes: 10 },
    });
    // Mail per the (default) preference: one delivery carrying that notice.
    const mails = await db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM email_delivery WHERE $1 = ANY(notification_ids)`,
      [told[0].id],
    );
    expect(mails[0].n).toBe(1);
    // P's inbox links to its agenda tab.
    const inbox = (await api('get', 'notifications', p).expect(200)).body as {
      items: { type: string; title: string; subject?: { path: string } }[];
    };
    const item = inbox.items.find((n) => n.type === 'event.meeting_no_show');
    expect(item?.title).toContain('对方未按时签到');
    expect(item?.subject?.path).toBe(`/event-registrations/${reg.get(p)}#agenda`);

    // A check that runs again (a retried job) tells nobody twice.
    const checker = fx.product.worker.get(NoShowCheck);
    expect(await checker.check({ meetingId: pq, sequence: 0 })).toMatchObject({
      status: 'skipped',
    });
    await db.query(`UPDATE event_meeting SET status = 'scheduled' WHERE id = $1`, [pq]);
    expect(await checker.check({ meetingId: pq, sequence: 0 })).toMatchObject({ status: 'done' });
    expect(await notices()).toHaveLength(1);
  });
});
