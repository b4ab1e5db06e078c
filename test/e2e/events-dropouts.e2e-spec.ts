import { MeetingReminders, NoShowCheck } from '@rongtong/events';
import { eventBody } from '../support/factories';
import { MatchingFixtures, Party } from '../support/matching-fixtures';
import { startProduct } from '../support/running-product';

jest.setTimeout(180_000);

interface ErrorBody {
  error: { code: string };
}

interface Notice {
  id: string;
  user_id: string;
  params: Record<string, unknown>;
  subject_kind: string;
  subject_id: string;
}

/**
 * Dropping out of a 对接会 and meeting requests on the real stack (api + worker, PostgreSQL,
 * Redis): a withdrawn or declined organisation registers again on its own row (one active
 * registration per organisation, also under concurrency); withdrawing (or the organiser
 * declining an approved registration) cancels its meetings in the same transaction (published
 * ones CANCELLED with a higher ICS SEQUENCE, unpublished ones gone, reminders and no-show
 * checks no-ops) and tells each partner once; a request tells the receiver, an answer the
 * requester, each exactly once.
 */
describe('event drop-outs and meeting-request notices (api + worker, PostgreSQL, Redis)', () => {
  let fx: MatchingFixtures;
  let organiser: Party;
  let p: Party;
  let q: Party;
  let r: Party;

  const api: MatchingFixtures['api'] = (...args) => fx.api(...args);

  const notices = (type: string, eventId: string) =>
    fx.db().query<Notice[]>(
      `SELECT id, user_id, params, subject_kind, subject_id FROM notification
          WHERE type = $1 AND params->'event'->>'id' = $2 ORDER BY created_at`,
      [type, eventId],
    );

  const mailsFor = async (notificationId: string) =>
    (
      await fx
        .db()
        .query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM email_delivery WHERE $1 = ANY(notification_ids)`,
          [notificationId],
        )
    )[0].n;

  async function openEvent(): Promise<string> {
    const created = await api('post', 'events', organiser)
      .send(eventBody(organiser.organisationId))
      .expect(201);
    const eventId = (created.body as { id: string }).id;
    await api('post', `events/${eventId}/transitions`, organiser)
      .send({ action: 'open' })
      .expect(200);
    return eventId;
  }

  const register = (eventId: string, party: Party) =>
    api('post', `events/${eventId}/registrations`, party).send({
      organisationId: party.organisationId,
      listings: [],
      attendees: [{ name: '王工', title: '技术部经理' }],
    });

  async function approved(eventId: string, party: Party): Promise<string> {
    const id = ((await register(eventId, party).expect(201)).body as { id: string }).id;
    await api('post', `event-registrations/${id}/decision`, organiser)
      .send({ decision: 'approve' })
      .expect(200);
    return id;
  }

  /** A meeting as a (published) schedule would have written it. */
  async function meeting(
    eventId: string,
    a: string,
    b: string,
    slot: number,
    tableIndex: number,
    published: boolean,
  ): Promise<string> {
    const rows = await fx.db().query<{ id: string }[]>(
      `INSERT INTO event_meeting
         (event_id, registration_a_id, registration_b_id, slot, table_index, status, published_at)
       VALUES ($1, $2, $3, $4, $5, 'scheduled', $6) RETURNING id`,
      [eventId, a, b, slot, tableIndex, published ? new Date() : null],
    );
    return rows[0].id;
  }

  const meetingRow = async (id: string) =>
    (
      await fx
        .db()
        .query<{ status: string; sequence: number }[]>(
          `SELECT status, sequence FROM event_meeting WHERE id = $1`,
          [id],
        )
    )[0];

  beforeAll(async () => {
    fx = new MatchingFixtures(await startProduct({ LISTING_REVIEW_REQUIRED: 'false' }));
    organiser = await fx.reviewer();
    p = await fx.signUp({ type: 'sme' });
    q = await fx.signUp({ type: 'university' });
    r = await fx.signUp({ type: 'sme' });
  });

  afterAll(async () => {
    await fx?.product.stop();
  });

  it('withdrawing cancels the meetings, tells each partner once, and the organisation may register again', async () => {
    const eventId = await openEvent();
    const [regP, regQ, regR] = [
      await approved(eventId, p),
      await approved(eventId, q),
      await approved(eventId, r),
    ];
    const pq = await meeting(eventId, regP, regQ, 0, 0, true);
    const rp = await meeting(eventId, regR, regP, 1, 1, false);
    const qr = await meeting(eventId, regQ, regR, 2, 0, true);

    await api('post', `event-registrations/${regP}/withdraw`, p).expect(200);
    expect(await meetingRow(pq)).toEqual({ status: 'cancelled', sequence: 1 });
    expect(await meetingRow(rp)).toBeUndefined();
    expect(await meetingRow(qr)).toEqual({ status: 'scheduled', sequence: 0 });
    // The table and slot are free: another meeting can take table A01 at slot 0.
    await meeting(eventId, regQ, regR, 0, 0, false);

    // Q's agenda and calendar show the meeting cancelled, with a higher SEQUENCE.
    const agenda = (await api('get', `event-registrations/${regQ}/agenda`, q).expect(200)).body as {
      id: string;
      status: string;
    }[];
    expect(agenda.find((m) => m.id === pq)?.status).toBe('cancelled');
    const ics = await api('get', `event-registrations/${regQ}/agenda.ics`, q).expect(200);
    const calendar = typeof ics.text === 'string' && ics.text ? ics.text : String(ics.body);
    const vevent = calendar.split('BEGIN:VEVENT').find((block) => block.includes(pq));
    expect(vevent).toContain('SEQUENCE:1');
    expect(vevent).toContain('STATUS:CANCELLED');

    // Q (the only partner of a published meeting) is told once, with a link to its agenda;
    // R's meeting was never published, so R is not told.
    const told = await notices('event.meeting_cancelled', eventId);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({
      user_id: q.userId,
      subject_kind: 'event_registration',
      subject_id: regQ,
      params: { counterpartName: p.name, cause: 'withdrawn', table: 'A01' },
    });
    expect(await mailsFor(told[0].id)).toBe(1);
    const inbox = (await api('get', 'notifications', q).expect(200)).body as {
      items: { type: string; title: string; subject?: { path: string } }[];
    };
    const item = inbox.items.find((n) => n.type === 'event.meeting_cancelled');
    expect(item?.title).toContain('洽谈已取消');
    expect(item?.subject?.path).toBe(`/event-registrations/${regQ}#agenda`);

    // The reminder and the no-show check queued for the meeting send nothing now.
    expect(
      await fx.product.worker.get(MeetingReminders).remind({ meetingId: pq, sequence: 0 }),
    ).toMatchObject({ status: 'skipped' });
    expect(
      await fx.product.worker.get(NoShowCheck).check({ meetingId: pq, sequence: 0 }),
    ).toMatchObject({ status: 'skipped' });

    // Withdrawing twice tells nobody twice.
    await api('post', `event-registrations/${regP}/withdraw`, p).expect(200);
    expect(await notices('event.meeting_cancelled', eventId)).toHaveLength(1);

    // P registers again: the same row starts over as pending; the organiser approves it again.
    const again = await register(eventId, p).expect(201);
    expect(again.body).toMatchObject({ id: regP, status: 'pending' });
    await api('post', `event-registrations/${regP}/decision`, organiser)
      .send({ decision: 'approve' })
      .expect(200);
    // Still one registration per organisation: a second one is refused.
    const twice = await register(eventId, p).expect(409);
    expect((twice.body as ErrorBody).error.code).toBe('ALREADY_REGISTERED');
    const mine = (await api('get', `events/${eventId}/registrations/mine`, p).expect(200)).body as {
      status: string;
    }[];
    expect(mine.map((m) => m.status)).toEqual(['approved']);
  });

  it('an organiser declining an approved registration cancels its meetings; the declined organisation may register again', async () => {
    const eventId = await openEvent();
    const [regQ, regR] = [await approved(eventId, q), await approved(eventId, r)];
    const qr = await meeting(eventId, regQ, regR, 3, 2, true);
    await api('post', `event-registrations/${regQ}/decision`, organiser)
      .send({ decision: 'decline', note: '与本场主题不符' })
      .expect(200);
    expect(await meetingRow(qr)).toEqual({ status: 'cancelled', sequence: 1 });
    const told = await notices('event.meeting_cancelled', eventId);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({
      user_id: r.userId,
      subject_id: regR,
      params: { counterpartName: q.name, cause: 'declined' },
    });
    const again = await register(eventId, q).expect(201);
    expect(again.body).toMatchObject({ id: regQ, status: 'pending' });
  });

  it('two concurrent re-registrations after a withdrawal: exactly one wins', async () => {
    const eventId = await openEvent();
    const regP = await approved(eventId, p);
    await api('post', `event-registrations/${regP}/withdraw`, p).expect(200);
    const results = await Promise.all([register(eventId, p), register(eventId, p)]);
    expect(results.map((res) => res.status).sort()).toEqual([201, 409]);
    const rows = await fx
      .db()
      .query<{ status: string }[]>(
        `SELECT status FROM event_registration WHERE event_id = $1 AND organisation_id = $2`,
        [eventId, p.organisationId],
      );
    expect(rows).toEqual([{ status: 'pending' }]);
  });

  it('a request tells the receiver once; an accept or a decline (with its reason) tells the requester once', async () => {
    const eventId = await openEvent();
    const [regP, regQ, regR] = [
      await approved(eventId, p),
      await approved(eventId, q),
      await approved(eventId, r),
    ];
    const sent = await api('post', `events/${eventId}/meeting-requests`, p)
      .send({ fromRegistrationId: regP, toRegistrationId: regQ, note: '想了解贵校热误差补偿算法' })
      .expect(201);
    const requestId = (sent.body as { id: string }).id;
    const received = await notices('event.meeting_requested', eventId);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      user_id: q.userId,
      subject_id: regQ,
      params: { fromName: p.name, note: '想了解贵校热误差补偿算法', accepted: false },
    });
    expect(await mailsFor(received[0].id)).toBe(1);

    await api('post', `meeting-requests/${requestId}/answer`, q)
      .send({ answer: 'decline', reason: 'timing', note: '下午另有安排' })
      .expect(200);
    // Answering again is refused and tells nobody again.
    await api('post', `meeting-requests/${requestId}/answer`, q)
      .send({ answer: 'accept' })
      .expect(409);
    const declined = await notices('event.meeting_request_answered', eventId);
    expect(declined).toHaveLength(1);
    expect(declined[0]).toMatchObject({
      user_id: p.userId,
      subject_id: regP,
      params: {
        counterpartName: q.name,
        accepted: false,
        reason: { zh: '时间不合适', en: 'Timing' },
        note: '下午另有安排',
      },
    });
    const inbox = (await api('get', 'notifications', p).expect(200)).body as {
      items: { type: string; title: string }[];
    };
    expect(inbox.items.find((n) => n.type === 'event.meeting_request_answered')?.title).toContain(
      '婉拒了您的洽谈邀约',
    );

    const second = await api('post', `events/${eventId}/meeting-requests`, r)
      .send({ fromRegistrationId: regR, toRegistrationId: regQ })
      .expect(201);
    await api('post', `meeting-requests/${(second.body as { id: string }).id}/answer`, q)
      .send({ answer: 'accept' })
      .expect(200);
    const answers = await notices('event.meeting_request_answered', eventId);
    expect(answers).toHaveLength(2);
    expect(answers[1]).toMatchObject({
      user_id: r.userId,
      params: { counterpartName: q.name, accepted: true, reason: null },
    });
    expect(await notices('event.meeting_requested', eventId)).toHaveLength(2);
  });
});
