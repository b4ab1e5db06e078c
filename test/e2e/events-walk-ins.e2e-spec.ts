import { randomInt, randomUUID } from 'node:crypto';
import request from 'supertest';
import { Clock, chinaDate } from '@rongtong/common';
import { makeValidUscc } from '@rongtong/identity';
import { eventBody } from '../support/factories';
import { MatchingFixtures, Party } from '../support/matching-fixtures';
import { startProduct } from '../support/running-product';

jest.setTimeout(120_000);

interface ErrorBody {
  error: { code: string; fields?: { field: string; messages: string[] }[] };
}

/**
 * Walk-ins at the check-in desk, over HTTP on the real stack: while the event runs, its organiser
 * registers an organisation that turned up; it is approved at once, its attendees get passes and
 * are checked in, within the capacity. Outsiders and other organisers are refused; every refusal
 * writes nothing.
 */
describe('event walk-ins (api, PostgreSQL)', () => {
  let fx: MatchingFixtures;
  let organiser: Party;
  let otherOrganiser: Party;
  let outsider: Party;
  let walkers: Party[];

  const api: MatchingFixtures['api'] = (...args) => fx.api(...args);
  const registrationsOf = async (eventId: string) =>
    (
      await fx
        .db()
        .query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM event_registration WHERE event_id = $1`,
          [eventId],
        )
    )[0].n;
  const attendees = [
    { name: '王强', title: '总经理', mobile: '13800138000' },
    { name: '赵敏', title: '工艺工程师' },
  ];

  /** An event of the organiser's, opened; `running` moves it to the day itself. */
  const newEvent = async (capacity: number, running: boolean) => {
    const created = await api('post', 'events', organiser)
      .send(eventBody(organiser.organisationId, { capacity }))
      .expect(201);
    const id = (created.body as { id: string }).id;
    await api('post', `events/${id}/transitions`, organiser).send({ action: 'open' }).expect(200);
    // Scheduling and publishing are covered by events.e2e-spec; here the event is simply on.
    if (running)
      await fx.db().query(`UPDATE matchmaking_event SET status = 'running' WHERE id = $1`, [id]);
    return id;
  };

  beforeAll(async () => {
    fx = new MatchingFixtures(await startProduct({ LISTING_REVIEW_REQUIRED: 'false' }));
    organiser = await fx.reviewer();
    otherOrganiser = await fx.reviewer();
    outsider = await fx.signUp({ type: 'sme' });
    walkers = [];
    for (let i = 0; i < 3; i += 1)
      walkers.push(await fx.signUp({ type: i % 2 ? 'university' : 'sme' }));
  });

  afterAll(async () => {
    await fx?.product.stop();
  });

  it('registers a walk-in approved, with passes checked in; not twice', async () => {
    const id = await newEvent(10, true);
    const created = await api('post', `events/${id}/walk-ins`, organiser)
      .send({ organisationId: walkers[0].organisationId, attendees })
      .expect(201);
    const registration = created.body as { id: string; status: string; attendees: unknown[] };
    expect(registration).toMatchObject({ status: 'approved' });
    expect(registration.attendees).toHaveLength(2);
    const passes = (
      await api('get', `event-registrations/${registration.id}/passes`, organiser).expect(200)
    ).body as { code: string; checkedInAt: string | null; attendeeName: string }[];
    expect(passes.map((p) => p.attendeeName)).toEqual(['王强', '赵敏']);
    expect(passes.every((p) => p.checkedInAt !== null)).toBe(true);
    // Their typed code at the door finds them already checked in.
    const again = await api('post', `events/${id}/check-ins`, organiser)
      .send({ code: passes[0].code })
      .expect(200);
    expect(again.body).toMatchObject({ alreadyCheckedIn: true, registrationId: registration.id });
    // The walk-in is a participant like any other.
    const participants = (await api('get', `events/${id}/participants`, organiser).expect(200))
      .body as { organisationId: string }[];
    expect(participants.map((p) => p.organisationId)).toContain(walkers[0].organisationId);

    const twice = await api('post', `events/${id}/walk-ins`, organiser)
      .send({ organisationId: walkers[0].organisationId, attendees })
      .expect(409);
    expect((twice.body as ErrorBody).error.code).toBe('ALREADY_REGISTERED');
    expect(await registrationsOf(id)).toBe(1);
  });

  it('refuses a walk-in over the capacity with 409, writing nothing', async () => {
    const id = await newEvent(2, true);
    for (const walker of walkers.slice(0, 2))
      await api('post', `events/${id}/walk-ins`, organiser)
        .send({ organisationId: walker.organisationId, attendees: attendees.slice(0, 1) })
        .expect(201);
    const full = await api('post', `events/${id}/walk-ins`, organiser)
      .send({ organisationId: walkers[2].organisationId, attendees })
      .expect(409);
    expect((full.body as ErrorBody).error.code).toBe('EVENT_FULL');
    expect(await registrationsOf(id)).toBe(2);
  });

  it('refuses outsiders, other organisers, bad fields and an event not running', async () => {
    const id = await newEvent(10, true);
    const body = { organisationId: walkers[1].organisationId, attendees };
    await api('post', `events/${id}/walk-ins`).send(body).expect(401);
    const forbidden = await api('post', `events/${id}/walk-ins`, outsider).send(body).expect(403);
    expect((forbidden.body as ErrorBody).error.code).toBe('NOT_EVENT_ORGANISER');
    await api('post', `events/${id}/walk-ins`, otherOrganiser).send(body).expect(403);
    await api('post', `events/${randomUUID()}/walk-ins`, organiser).send(body).expect(404);

    const fieldsOf = (res: request.Response) =>
      ((res.body as ErrorBody).error.fields ?? []).map((f) => f.field);
    const noAttendees = await api('post', `events/${id}/walk-ins`, organiser)
      .send({ organisationId: walkers[1].organisationId, attendees: [] })
      .expect(400);
    expect(fieldsOf(noAttendees)).toContain('attendees');
    const tooMany = await api('post', `events/${id}/walk-ins`, organiser)
      .send({ organisationId: walkers[1].organisationId, attendees: [...attendees, ...attendees] })
      .expect(400);
    expect(fieldsOf(tooMany)).toContain('attendees');
    const unknown = await api('post', `events/${id}/walk-ins`, organiser)
      .send({ organisationId: randomUUID(), attendees })
      .expect(400);
    expect(fieldsOf(unknown)).toEqual(['organisationId']);
    await api('post', `events/${id}/walk-ins`, organiser)
      .send({ organisationId: 'not-an-id', attendees: [{ name: '', title: '经理' }] })
      .expect(400);
    expect(await registrationsOf(id)).toBe(0);

    // Before the day (registration still open) the desk has nothing to do: 409.
    const open = await newEvent(10, false);
    const early = await api('post', `events/${open}/walk-ins`, organiser).send(body).expect(409);
    expect((early.body as ErrorBody).error.code).toBe('WALK_IN_DESK_CLOSED');
    // A draft is the organisers' alone: others do not see it at all.
    const draft = (
      await api('post', 'events', organiser).send(eventBody(organiser.organisationId)).expect(201)
    ).body as { id: string };
    await api('post', `events/${draft.id}/walk-ins`, otherOrganiser).send(body).expect(404);
    expect(await registrationsOf(open)).toBe(0);
  });
  it('proposes meetings with checked-in participants by match score later today, books them once and tells both sides', async () => {
    const id = await newEvent(10, true);
    const db = fx.db();
    // The event takes place today (China time): three 20-minute slots starting soon.
    // The api's clock reads 09:00 China time today and runs on from there, so the test does
    // not depend on the hour it runs at; the event's day has three slots from 10:00.
    const day = chinaDate(new Date());
    const clock = fx.product.api.get(Clock);
    const shift = Date.parse(`${day}T01:00:00.000Z`) - Date.now();
    jest.spyOn(clock, 'now').mockImplementation(() => new Date(Date.now() + shift));
    await db.query(
      `UPDATE matchmaking_event SET days = $2::jsonb, slot_minutes = 20 WHERE id = $1`,
      [
        id,
        JSON.stringify([
          {
            date: day,
            start: '10:00',
            end: '11:00',
            breaks: [],
          },
        ]),
      ],
    );
    const walkIn = async (party: Party) =>
      (
        (
          await api('post', `events/${id}/walk-ins`, organiser)
            .send({ organisationId: party.organisationId, attendees: attendees.slice(0, 1) })
            .expect(201)
        ).body as { id: string }
      ).id;
    const [w, a, b] = [
      await walkIn(walkers[0]),
      await walkIn(walkers[1]),
      await walkIn(walkers[2]),
    ];
    // c is approved but nobody of it came: never proposed.
    const c = randomUUID();
    const absentOrganisation = randomUUID();
    await db.query(
      `INSERT INTO event_registration
         (id, event_id, organisation_id, registered_by_user_id, status, attendees, unavailable_slots, version)
       VALUES ($1, $2, $3, $4, 'approved', $5, '{}', 1)`,
      [
        c,
        id,
        absentOrganisation,
        organiser.userId,
        JSON.stringify([{ name: '缺席', title: '经理' }]),
      ],
    );
    const match = (counterpartOrganisationId: string, score: number) =>
      db.query(
        `INSERT INTO match (subject_kind, subject_id, counterpart_kind, counterpart_id, subject_organisation_id,
                            counterpart_organisation_id, score, reasons, computed_at, active, version)
         VALUES ('need', $1, 'organisation', $2, $3, $2, $4, $5::jsonb, now(), true, 1)`,
        [
          randomUUID(),
          counterpartOrganisationId,
          walkers[0].organisationId,
          score,
          JSON.stringify([
            { kind: 'text', contribution: 40, zh: '关键词重合：数控机床', en: 'Shared keywords' },
          ]),
        ],
      );
    await match(walkers[1].organisationId, 90);
    await match(walkers[2].organisationId, 70);
    await match(absentOrganisation, 95);

    const path = `events/${id}/walk-ins/${w}/proposals`;
    await api('get', path, outsider).expect(403);
    await api('get', `events/${id}/walk-ins/${randomUUID()}/proposals`, organiser).expect(404);
    type Proposal = {
      counterpartRegistrationId: string;
      slot: number;
      tableIndex: number;
      matchScore: number;
      reasons: { zh: string }[];
    };
    const proposals = (await api('get', path, organiser).expect(200)).body as Proposal[];
    expect(proposals.map((p) => [p.counterpartRegistrationId, p.matchScore])).toEqual([
      [a, 90],
      [b, 70],
    ]);
    expect(proposals[0].reasons[0].zh).toContain('数控机床');
    expect(new Set(proposals.map((p) => p.slot)).size).toBe(2);

    const choice = (p: Proposal) => ({
      counterpartRegistrationId: p.counterpartRegistrationId,
      slot: p.slot,
      tableIndex: p.tableIndex,
    });
    await api('post', `${path}/confirm`, otherOrganiser)
      .send({ meetings: [choice(proposals[0])] })
      .expect(403);
    const absent = await api('post', `${path}/confirm`, organiser)
      .send({ meetings: [{ ...choice(proposals[0]), counterpartRegistrationId: c }] })
      .expect(400);
    expect((absent.body as ErrorBody).error.fields?.map((f) => f.field)).toEqual([
      'meetings.0.counterpartRegistrationId',
    ]);
    const booked = await api('post', `${path}/confirm`, organiser)
      .send({ meetings: [choice(proposals[0])] })
      .expect(200);
    expect(booked.body).toMatchObject([{ counterpartRegistrationId: a, slot: proposals[0].slot }]);
    // Meanwhile another desk books b into the same table and slot: refused, nothing written.
    const taken = await api('post', `${path}/confirm`, organiser)
      .send({
        meetings: [
          { ...choice(proposals[1]), slot: proposals[0].slot, tableIndex: proposals[0].tableIndex },
        ],
      })
      .expect(409);
    expect((taken.body as ErrorBody).error.code).toBe('TABLE_BOOKED');
    const meetings = await db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM event_meeting WHERE event_id = $1 AND status = 'scheduled'`,
      [id],
    );
    expect(meetings[0].n).toBe(1);
    // a is booked now: only b is left, not in the walk-in's booked slot.
    const after = (await api('get', path, organiser).expect(200)).body as Proposal[];
    expect(after.map((p) => p.counterpartRegistrationId)).toEqual([b]);
    expect(after[0].slot).not.toBe(proposals[0].slot);
    // Both sides of the booked meeting are told (inbox), nobody else.
    const told = await db.query<{ user_id: string }[]>(
      `SELECT DISTINCT user_id FROM notification
        WHERE type = 'event.schedule_published' AND params->'event'->>'id' = $1`,
      [id],
    );
    expect(new Set(told.map((t) => t.user_id))).toEqual(
      new Set([walkers[0].userId, walkers[1].userId]),
    );
  });

  describe('the desk from the moment doors open', () => {
    afterEach(() => jest.restoreAllMocks());

    /** The api's clock reads this China time on the given day. */
    const clockAt = (day: string, time: string) => {
      const clock = fx.product.api.get(Clock);
      const at = new Date(`${day}T${time}:00+08:00`);
      jest.spyOn(clock, 'now').mockImplementation(() => new Date(at));
      jest.spyOn(clock, 'today').mockImplementation(() => day);
    };

    it('opens on an event day once the schedule is published, and not the day before', async () => {
      const id = await newEvent(10, false);
      // The schedule is out (scheduling is covered by events.e2e-spec).
      await fx.db().query(`UPDATE matchmaking_event SET status = 'published' WHERE id = $1`, [id]);
      const body = { organisationId: walkers[2].organisationId, attendees: attendees.slice(0, 1) };
      const event = (await api('get', `events/${id}`, organiser).expect(200)).body as {
        days: { date: string }[];
      };
      const [firstDay, secondDay] = event.days.map((d) => d.date);
      const dayBefore = new Date(Date.parse(`${firstDay}T00:00:00Z`) - 86_400_000)
        .toISOString()
        .slice(0, 10);
      clockAt(dayBefore, '18:00');
      const before = await api('post', `events/${id}/walk-ins`, organiser).send(body).expect(409);
      expect((before.body as ErrorBody).error.code).toBe('WALK_IN_DESK_CLOSED');
      expect(await registrationsOf(id)).toBe(0);
      // The morning of the first day: doors open, the event is still `published`.
      clockAt(firstDay, '08:30');
      await api('post', `events/${id}/walk-ins`, organiser).send(body).expect(201);
      expect(await registrationsOf(id)).toBe(1);
      // The second day too.
      clockAt(secondDay, '13:30');
      await api('post', `events/${id}/walk-ins`, organiser)
        .send({ ...body, organisationId: walkers[1].organisationId })
        .expect(201);
      expect(await registrationsOf(id)).toBe(2);
    });
  });

  describe('organisation search and new organisations at the desk', () => {
    let percent: Party;
    let underscore: Party;
    let quote: Party;
    const unique = randomUUID().slice(0, 6);

    type Candidate = {
      id: string;
      name: string;
      uscc: string;
      regionName: string;
      registrationStatus: string | null;
    };
    type CandidatePage = { items: Candidate[]; total: number; page: number; limit: number };
    const search = async (id: string, q: string, extra = '') =>
      (
        await api(
          'get',
          `events/${id}/walk-ins/organisation-candidates?q=${encodeURIComponent(q)}${extra}`,
          organiser,
        ).expect(200)
      ).body as CandidatePage;

    beforeAll(async () => {
      percent = await fx.signUp({ name: `大连百分之100%精工${unique}有限公司` });
      underscore = await fx.signUp({ name: `大连下划_线科技${unique}有限公司` });
      quote = await fx.signUp({ name: `大连O'Brien贸易${unique}有限公司` });
    });

    it('finds organisations by name or USCC for the event organisers only', async () => {
      const id = await newEvent(10, true);
      const path = `events/${id}/walk-ins/organisation-candidates?q=${unique}`;
      await api('get', path).expect(401);
      const outsiderAsked = await api('get', path, outsider).expect(403);
      expect((outsiderAsked.body as ErrorBody).error.code).toBe('NOT_EVENT_ORGANISER');
      await api('get', path, otherOrganiser).expect(403);
      await api(
        'get',
        `events/${randomUUID()}/walk-ins/organisation-candidates?q=x`,
        organiser,
      ).expect(404);
      const draft = (
        await api('post', 'events', organiser).send(eventBody(organiser.organisationId)).expect(201)
      ).body as { id: string };
      await api(
        'get',
        `events/${draft.id}/walk-ins/organisation-candidates?q=${unique}`,
        otherOrganiser,
      ).expect(404);
      // The text is required, and paging is bounded.
      const noText = await api(
        'get',
        `events/${id}/walk-ins/organisation-candidates`,
        organiser,
      ).expect(400);
      expect((noText.body as ErrorBody).error.fields?.map((f) => f.field)).toContain('q');
      await api('get', `${path}&limit=101`, organiser).expect(400);

      const all = await search(id, unique);
      expect(all.total).toBe(3);
      expect(all.items.map((c) => c.id).sort()).toEqual(
        [percent, underscore, quote].map((p) => p.organisationId).sort(),
      );
      expect(all.items[0].regionName).not.toBe('');
      // Paged: one per page, three pages, together all three once.
      const pages = await Promise.all(
        [1, 2, 3].map((page) => search(id, unique, `&limit=1&page=${page}`)),
      );
      expect(pages.map((p) => p.total)).toEqual([3, 3, 3]);
      expect(new Set(pages.flatMap((p) => p.items.map((c) => c.id))).size).toBe(3);
      expect((await search(id, unique, '&limit=1&page=4')).items).toEqual([]);
      // A USCC, or its start, in any letter case.
      const byUscc = await search(id, percent.body.organisation.uscc.toLowerCase());
      expect(byUscc.items.map((c) => c.id)).toEqual([percent.organisationId]);
    });

    it('takes %, _ and quotes as themselves, never as query syntax', async () => {
      const id = await newEvent(10, true);
      const only = async (q: string) =>
        (await search(id, q)).items.map((c) => c.name).filter((name) => name.includes(unique));
      expect(await only(`100%精工${unique}`)).toEqual([percent.name]);
      expect(await only(`%精工${unique}`)).toEqual([percent.name]);
      // `_` would match any one character; here it matches only an underscore.
      expect(await only(`下划_线`)).toEqual([underscore.name]);
      expect(await only(`下划_线科技${unique}`)).toEqual([underscore.name]);
      // Unescaped, these would match 大连百分之100%… and 大连O'Brien贸易…: escaped, nothing.
      expect((await search(id, `大连百分_100`)).items).toEqual([]);
      expect((await search(id, `大连%贸易${unique}`)).items).toEqual([]);
      expect((await search(id, '%%%%')).items.every((c) => c.name.includes('%%%%'))).toBe(true);
      expect(await only(`O'Brien贸易${unique}`)).toEqual([quote.name]);
      expect((await search(id, `'; DROP TABLE organisation; --`)).items).toEqual([]);
      expect((await search(id, `\\`)).items).toEqual([]);
      expect((await search(id, unique)).total).toBe(3);
    });

    it('registers a picked organisation with three attendees, or a new one, never a duplicate', async () => {
      const id = await newEvent(10, true);
      const three = [
        { name: '王强', title: '总经理', mobile: '13800138000' },
        { name: '赵敏', title: '工艺工程师' },
        { name: '孙立', title: '采购经理', email: 'sunli@example.cn' },
      ];
      const picked = await api('post', `events/${id}/walk-ins`, organiser)
        .send({ organisationId: quote.organisationId, attendees: three })
        .expect(201);
      const registration = picked.body as { id: string; attendees: { name: string }[] };
      expect(registration.attendees.map((a) => a.name)).toEqual(['王强', '赵敏', '孙立']);
      const passes = (
        await api('get', `event-registrations/${registration.id}/passes`, organiser).expect(200)
      ).body as { checkedInAt: string | null }[];
      expect(passes).toHaveLength(3);
      expect(passes.every((p) => p.checkedInAt !== null)).toBe(true);
      // The search now says it is registered (check in with its pass instead).
      const found = await search(id, `O'Brien贸易${unique}`);
      expect(found.items[0].registrationStatus).toBe('approved');

      const organisations = async () =>
        (await fx.db().query<{ n: number }[]>('SELECT count(*)::int AS n FROM organisation'))[0].n;
      const before = await organisations();
      const fieldsOf = (res: request.Response) =>
        ((res.body as ErrorBody).error.fields ?? []).map((f) => f.field).sort();
      const uscc = makeValidUscc('210204', 40_000_000 + randomInt(1_000_000));
      const fresh = {
        name: `大连现场新登记${unique}机械有限公司`,
        type: 'sme',
        regionCode: '210204',
        industryCode: 'C34',
        uscc,
      };
      const one = [{ name: '钱进', title: '技术总监' }];
      // Field-level 400s, nothing written.
      const bad = await api('post', `events/${id}/walk-ins`, organiser)
        .send({
          organisation: { ...fresh, type: 'bank', regionCode: '21', industryCode: '' },
          attendees: one,
        })
        .expect(400);
      expect(fieldsOf(bad)).toEqual([
        'organisation.industryCode',
        'organisation.regionCode',
        'organisation.type',
      ]);
      const unknownRegion = await api('post', `events/${id}/walk-ins`, organiser)
        .send({ organisation: { ...fresh, regionCode: '999999' }, attendees: one })
        .expect(400);
      expect(fieldsOf(unknownRegion)).toEqual(['organisation.regionCode']);
      const badUscc = await api('post', `events/${id}/walk-ins`, organiser)
        .send({
          organisation: { ...fresh, uscc: `${uscc.slice(0, 17)}${uscc[17] === '0' ? '1' : '0'}` },
          attendees: one,
        })
        .expect(400);
      expect(fieldsOf(badUscc)).toEqual(['organisation.uscc']);
      const taken = await api('post', `events/${id}/walk-ins`, organiser)
        .send({ organisation: { ...fresh, uscc: percent.body.organisation.uscc }, attendees: one })
        .expect(400);
      expect(fieldsOf(taken)).toEqual(['organisation.uscc']);
      expect((taken.body as ErrorBody).error.code).toBe('USCC_TAKEN');
      const both = await api('post', `events/${id}/walk-ins`, organiser)
        .send({ organisationId: percent.organisationId, organisation: fresh, attendees: one })
        .expect(400);
      expect(fieldsOf(both)).toEqual(['organisation']);
      const neither = await api('post', `events/${id}/walk-ins`, organiser)
        .send({ attendees: one })
        .expect(400);
      expect(fieldsOf(neither)).toEqual(['organisationId']);
      expect(await organisations()).toBe(before);
      expect(await registrationsOf(id)).toBe(1);

      const created = await api('post', `events/${id}/walk-ins`, organiser)
        .send({ organisation: { ...fresh, uscc: uscc.toLowerCase() }, attendees: one })
        .expect(201);
      expect(created.body).toMatchObject({ organisationName: fresh.name, status: 'approved' });
      expect(await organisations()).toBe(before + 1);
      // Found by the next desk, by name and by USCC: picked, not created again.
      const again = await search(id, uscc);
      expect(again.items.map((c) => [c.name, c.registrationStatus])).toEqual([
        [fresh.name, 'approved'],
      ]);
      const twice = await api('post', `events/${id}/walk-ins`, organiser)
        .send({ organisation: fresh, attendees: one })
        .expect(400);
      expect((twice.body as ErrorBody).error.code).toBe('USCC_TAKEN');
      expect(await organisations()).toBe(before + 1);
    });
  });
});
