import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { MeetingReminders } from '@rongtong/events';
import { JobQueue } from '@rongtong/jobs';
import { eventBody, needBody } from '../support/factories';
import { eventually } from '../support/isolated-environment';
import { icsField } from '../support/ics';
import { MatchingFixtures, Party } from '../support/matching-fixtures';
import { startProduct } from '../support/running-product';

jest.setTimeout(240_000);

interface ErrorBody {
  error: { code: string; fields?: { field: string; messages: string[] }[] };
}
interface Registration {
  id: string;
  status: string;
}
interface Meeting {
  id: string;
  slot: number;
  tableIndex: number | null;
  registrationAId: string;
  registrationBId: string;
  sequence: number;
  status: string;
}

interface ScheduleFigures {
  participants: number;
  pairsToMeet: number;
  meetings: number;
  kept: number;
  withoutMeeting: number;
  idleSlots: number;
  solverMs: number;
  totalMs: number;
}
interface ScheduleRun {
  id: string;
  state: string;
  progress: number;
  phase: string;
  error: string | null;
  figures: ScheduleFigures | null;
}

/**
 * 对接会 over HTTP on the real stack, as the organiser, participants and outsiders: create and
 * open an event, register with a listing, approve, request meetings (mutual, accepted, declined),
 * schedule, publish (participants are told), agendas and ICS (re-export after a move keeps UIDs
 * and bumps SEQUENCE), moves refused onto a booked table or an unavailable participant, check-in
 * by typed code and a token from another event refused. Every refusal writes nothing.
 */
describe('matchmaking events (api + worker, PostgreSQL, Redis)', () => {
  let fx: MatchingFixtures;
  let organiser: Party;
  let otherOrganiser: Party;
  let outsider: Party;
  let parties: Party[];
  let eventId: string;
  const registrationOf = new Map<string, string>();
  let needId: string;

  const api: MatchingFixtures['api'] = (...args) => fx.api(...args);
  const count = async (sql: string, params: unknown[]) =>
    (await fx.db().query<{ n: number }[]>(sql, params))[0].n;
  const reg = (party: Party) => registrationOf.get(party.organisationId) ?? '';
  /** Queues a scheduler run (202), then polls it until the worker finished it. */
  const runSchedule = async (id: string, body: { replan?: boolean } = {}) => {
    const queued = await api('post', `events/${id}/schedule/runs`, organiser)
      .send(body)
      .expect(202);
    const run = queued.body as ScheduleRun;
    expect(run).toMatchObject({ state: 'queued', progress: 0, figures: null });
    const seen: number[] = [];
    const done = await eventually(
      async () => {
        const runs = (await api('get', `events/${id}/schedule/runs`, organiser).expect(200))
          .body as ScheduleRun[];
        const current = runs.find((r) => r.id === run.id);
        if (!current) throw new Error('run not listed');
        seen.push(current.progress);
        if (current.state !== 'done' && current.state !== 'failed')
          throw new Error(`run ${current.state} at ${current.progress} %`);
        return current;
      },
      120_000,
      25,
    );
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
    return { run: done, seen, figures: done.figures ?? ({} as ScheduleFigures) };
  };

  beforeAll(async () => {
    fx = new MatchingFixtures(await startProduct({ LISTING_REVIEW_REQUIRED: 'false' }));
    organiser = await fx.reviewer();
    otherOrganiser = await fx.reviewer();
    outsider = await fx.signUp({ type: 'sme' });
    parties = [];
    for (let i = 0; i < 6; i += 1)
      parties.push(await fx.signUp({ type: i % 2 ? 'university' : 'sme' }));
  });

  afterAll(async () => {
    await fx?.product.stop();
  });

  it('lets the organiser create and open an event; others get 403, bad calendars 400', async () => {
    const bad = await api('post', 'events', organiser)
      .send(
        eventBody(organiser.organisationId, {
          slotMinutes: 20,
          days: [{ date: '2027-02-30', start: '09:00', end: '12:00', breaks: [] }],
        }),
      )
      .expect(400);
    expect((bad.body as ErrorBody).error.fields?.map((f) => f.field)).toEqual(['days.0.date']);
    await api('post', 'events', outsider).send(eventBody(outsider.organisationId)).expect(403);
    await api('post', 'events', otherOrganiser)
      .send(eventBody(organiser.organisationId))
      .expect(403);

    const created = await api('post', 'events', organiser)
      .send(eventBody(organiser.organisationId))
      .expect(201);
    eventId = (created.body as { id: string }).id;
    expect(created.body).toMatchObject({ status: 'draft', canManage: true });
    await api('get', `events/${eventId}`, outsider).expect(404);
    // A draft is invisible to everyone but its organisers.
    await api('patch', `events/${eventId}`, otherOrganiser).send({ capacity: 10 }).expect(404);
    await api('post', `events/${eventId}/transitions`, organiser)
      .send({ action: 'start' })
      .expect(409);
    await api('post', `events/${eventId}/transitions`, organiser)
      .send({ action: 'fly' })
      .expect(400);
    const opened = await api('post', `events/${eventId}/transitions`, organiser)
      .send({ action: 'open' })
      .expect(200);
    expect(opened.body).toMatchObject({ status: 'open', statusLabel: '报名中' });
    await api('patch', `events/${eventId}`, otherOrganiser).send({ capacity: 10 }).expect(403);
    await api('post', `events/${eventId}/transitions`, otherOrganiser)
      .send({ action: 'close_registration' })
      .expect(403);
    const publicView = await api('get', `events/${eventId}`).expect(200);
    expect(publicView.body).toMatchObject({ canManage: false, actions: [] });
  });

  it('registers participants with their listings; the organiser approves; outsiders see no one', async () => {
    needId = await fx.publish('needs', parties[0], needBody(parties[0].organisationId));
    for (const [i, party] of parties.entries()) {
      const response = await api('post', `events/${eventId}/registrations`, party)
        .send({
          organisationId: party.organisationId,
          listings: i === 0 ? [{ kind: 'need', id: needId }] : [],
          attendees: [{ name: `参会人${i}`, title: '技术总监', mobile: '13800138000' }],
        })
        .expect(201);
      registrationOf.set(party.organisationId, (response.body as Registration).id);
    }
    await api('post', `events/${eventId}/registrations`, parties[0])
      .send({
        organisationId: parties[0].organisationId,
        listings: [],
        attendees: [{ name: '甲', title: '乙' }],
      })
      .expect(409);
    await api('post', `events/${eventId}/registrations`, outsider)
      .send({ organisationId: outsider.organisationId, listings: [], attendees: [] })
      .expect(400);
    await api('get', `events/${eventId}/registrations`, outsider).expect(403);
    await api('post', `event-registrations/${reg(parties[1])}/decision`, outsider)
      .send({ decision: 'approve' })
      .expect(403);
    await api('get', `event-registrations/${reg(parties[1])}`, outsider).expect(404);

    const all = await api('get', `events/${eventId}/registrations`, organiser).expect(200);
    expect((all.body as Registration[]).map((r) => r.status)).toEqual(Array(6).fill('pending'));
    for (const party of parties) {
      await api('post', `event-registrations/${reg(party)}/decision`, organiser)
        .send({ decision: 'approve' })
        .expect(200);
    }
    const participants = await api('get', `events/${eventId}/participants`, parties[1]).expect(200);
    expect(participants.body).toHaveLength(6);
    expect(JSON.stringify(participants.body)).not.toContain('13800138000');
    expect(
      (participants.body as { listings: { title: string }[] }[])[0].listings[0].title,
    ).toContain('数控机床');
    await api('get', `events/${eventId}/participants`, outsider).expect(403);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM notification WHERE type = 'event.registration' AND params->'event'->>'id' = $1`,
        [eventId],
      ),
    ).toBeGreaterThanOrEqual(6);
  });

  it('takes meeting requests: mutual, accepted, declined with a reason; not yourself, not twice', async () => {
    const [a, b, c, d, e, f] = parties;
    const send = (from: Party, to: Party, note = '希望交流合作') =>
      api('post', `events/${eventId}/meeting-requests`, from).send({
        fromRegistrationId: reg(from),
        toRegistrationId: reg(to),
        note,
      });
    const self = await send(a, a).expect(400);
    expect((self.body as ErrorBody).error.code).toBe('REQUEST_SELF');
    await send(a, b).expect(201);
    await send(a, b).expect(409);
    const mutual = await send(b, a).expect(201);
    expect((mutual.body as { status: string }).status).toBe('accepted');
    const ca = (await send(c, a).expect(201)).body as { id: string };
    await api('post', `meeting-requests/${ca.id}/answer`, c).send({ answer: 'accept' }).expect(404);
    await api('post', `meeting-requests/${ca.id}/answer`, a).send({ answer: 'accept' }).expect(200);
    const da = (await send(d, a).expect(201)).body as { id: string };
    await api('post', `meeting-requests/${da.id}/answer`, a)
      .send({ answer: 'decline' })
      .expect(400);
    const declined = await api('post', `meeting-requests/${da.id}/answer`, a)
      .send({ answer: 'decline', reason: 'no_capacity' })
      .expect(200);
    expect((declined.body as { declineReasonLabel: string }).declineReasonLabel).toBe(
      '洽谈名额已满',
    );
    const ef = (await send(e, f).expect(201)).body as { id: string };
    await api('post', `meeting-requests/${ef.id}/answer`, f).send({ answer: 'accept' }).expect(200);
    // A veto: d does not want to meet e, so their accepted request is never scheduled.
    const de = (await send(d, e).expect(201)).body as { id: string };
    await api('post', `meeting-requests/${de.id}/answer`, e).send({ answer: 'accept' }).expect(200);
    await api('put', `events/${eventId}/preferences`, d)
      .send({ registrationId: reg(d), targetRegistrationId: reg(e), preference: 'no_thanks' })
      .expect(200);
    await api('get', `events/${eventId}/meeting-requests`, outsider).expect(403);
    const listed = await api('get', `event-registrations/${reg(a)}/requests`, a).expect(200);
    expect(listed.body).toHaveLength(4);
  });

  it('schedules, publishes (participants are told) and exports agendas that update in place', async () => {
    const [a, b, c] = parties;
    await api('post', `events/${eventId}/schedule/runs`, organiser).send({}).expect(409);
    await api('post', `events/${eventId}/transitions`, organiser)
      .send({ action: 'close_registration' })
      .expect(200);
    await api('post', `events/${eventId}/schedule/runs`, outsider).send({}).expect(403);
    await api('post', `events/${eventId}/schedule/publish`, organiser).expect(409);
    await api('put', `event-registrations/${reg(c)}/availability`, c)
      .send({ unavailableSlots: [0, 1, 5] })
      .expect(200);
    const { figures: run } = await runSchedule(eventId);
    expect(run).toMatchObject({
      participants: 6,
      pairsToMeet: 3,
      meetings: 3,
      withoutMeeting: 0,
    });
    const schedule = (await api('get', `events/${eventId}/schedule`, organiser).expect(200))
      .body as Meeting[];
    expect(schedule).toHaveLength(3);
    await api('get', `events/${eventId}/schedule`, a).expect(403);
    // Nothing published yet: participants see no meeting.
    expect((await api('get', `event-registrations/${reg(a)}/agenda`, a).expect(200)).body).toEqual(
      [],
    );

    await api('post', `events/${eventId}/schedule/publish`, organiser).expect(200);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM notification WHERE type = 'event.schedule_published' AND params->'event'->>'id' = $1`,
        [eventId],
      ),
    ).toBeGreaterThanOrEqual(6);
    // Each published meeting gets a reminder job, delayed until 30 minutes before it starts.
    await eventually(async () =>
      expect(
        await fx.product.worker.get(JobQueue).queue('notify').getDelayedCount(),
      ).toBeGreaterThanOrEqual(3),
    );
    const published = (await api('get', `events/${eventId}/schedule`, organiser).expect(200))
      .body as Meeting[];
    const reminders = fx.product.worker.get(MeetingReminders);
    expect(await reminders.remind({ meetingId: published[0].id, sequence: 5 })).toMatchObject({
      status: 'skipped',
    });
    expect(await reminders.remind({ meetingId: published[0].id, sequence: 0 })).toMatchObject({
      status: 'done',
    });
    expect(
      await count(
        `SELECT count(*)::int AS n FROM notification WHERE type = 'event.meeting_reminder' AND params->'event'->>'id' = $1`,
        [eventId],
      ),
    ).toBeGreaterThanOrEqual(2);
    const agenda = (await api('get', `event-registrations/${reg(a)}/agenda`, a).expect(200))
      .body as Meeting[];
    expect(agenda).toHaveLength(2);
    await api('get', `event-registrations/${reg(a)}/agenda`, outsider).expect(404);

    const first = await api('get', `event-registrations/${reg(a)}/agenda.ics`, a).expect(200);
    expect(first.headers['content-type']).toMatch(/^text\/calendar/);
    const ics1 = first.text;
    expect(icsField(ics1, 'UID')).toHaveLength(2);
    expect(icsField(ics1, 'SEQUENCE')).toEqual(['0', '0']);

    // Move a's meeting with c: onto a booked table refused, onto c's unavailable slot refused.
    const withC = schedule.find((m) =>
      [m.registrationAId, m.registrationBId].includes(reg(c)),
    ) as Meeting;
    const other = schedule.find((m) => m.id !== withC.id && m.tableIndex !== null) as Meeting;
    const booked = await api('patch', `events/${eventId}/meetings/${withC.id}`, organiser)
      .send({ slot: other.slot, tableIndex: other.tableIndex })
      .expect(409);
    expect(['TABLE_BOOKED', 'PARTICIPANT_BUSY']).toContain((booked.body as ErrorBody).error.code);
    const unavailable = await api('patch', `events/${eventId}/meetings/${withC.id}`, organiser)
      .send({ slot: 5 })
      .expect(409);
    expect((unavailable.body as ErrorBody).error.code).toBe('PARTICIPANT_UNAVAILABLE');
    await api('patch', `events/${eventId}/meetings/${withC.id}`, otherOrganiser)
      .send({ slot: 12 })
      .expect(403);
    const freeSlot = [...Array(17).keys()].find(
      (s) => ![0, 1, 5].includes(s) && !schedule.some((m) => m.slot === s),
    ) as number;
    const moved = await api('patch', `events/${eventId}/meetings/${withC.id}`, organiser)
      .send({ slot: freeSlot, pinned: true })
      .expect(200);
    expect(moved.body).toMatchObject({ slot: freeSlot, pinned: true, sequence: 1 });

    const ics2 = (await api('get', `event-registrations/${reg(a)}/agenda.ics`, a).expect(200)).text;
    expect(icsField(ics2, 'UID').sort()).toEqual(icsField(ics1, 'UID').sort());
    const sequenceOf = (ics: string, uid: string) => {
      const block = ics.split('BEGIN:VEVENT').find((part) => part.includes(`UID:${uid}`)) ?? '';
      return icsField(block, 'SEQUENCE')[0];
    };
    expect(sequenceOf(ics2, `${withC.id}@rongtong`)).toBe('1');

    // A re-run keeps the pinned and published meetings where they are.
    const { figures: rerun } = await runSchedule(eventId);
    expect(rerun).toMatchObject({ meetings: 3, kept: 3 });
    const after = (await api('get', `events/${eventId}/schedule`, organiser).expect(200))
      .body as Meeting[];
    expect(after.find((m) => m.id === withC.id)?.slot).toBe(freeSlot);
    void b;
  });

  it('checks attendees in by typed code; refuses outsiders and a pass of another event', async () => {
    const [a] = parties;
    const passes = (await api('get', `event-registrations/${reg(a)}/passes`, a).expect(200))
      .body as {
      code: string;
      token: string;
    }[];
    expect(passes).toHaveLength(1);
    await api('get', `event-registrations/${reg(a)}/passes`, outsider).expect(404);
    await api('post', `events/${eventId}/check-ins`, outsider)
      .send({ code: passes[0].code })
      .expect(403);
    await api('post', `events/${eventId}/check-ins`, organiser).send({}).expect(400);
    await api('post', `events/${eventId}/check-ins`, organiser)
      .send({ token: 'x'.repeat(40) })
      .expect(400);
    const typed = `${passes[0].code.slice(0, 4).toLowerCase()}-${passes[0].code.slice(4)}`;
    const checked = await api('post', `events/${eventId}/check-ins`, organiser)
      .send({ code: typed })
      .expect(200);
    expect(checked.body).toMatchObject({ attendeeName: '参会人0', alreadyCheckedIn: false });
    const again = await api('post', `events/${eventId}/check-ins`, organiser)
      .send({ token: passes[0].token })
      .expect(200);
    expect(again.body).toMatchObject({ alreadyCheckedIn: true });

    // A pass of another event (approved there) is refused here.
    const second = await api('post', 'events', organiser)
      .send(eventBody(organiser.organisationId))
      .expect(201);
    const secondId = (second.body as { id: string }).id;
    await api('post', `events/${secondId}/transitions`, organiser)
      .send({ action: 'open' })
      .expect(200);
    const there = await api('post', `events/${secondId}/registrations`, outsider)
      .send({
        organisationId: outsider.organisationId,
        listings: [],
        attendees: [{ name: '王五', title: '经理' }],
      })
      .expect(201);
    await api('post', `event-registrations/${(there.body as Registration).id}/decision`, organiser)
      .send({ decision: 'approve' })
      .expect(200);
    const foreign = (
      await api(
        'get',
        `event-registrations/${(there.body as Registration).id}/passes`,
        outsider,
      ).expect(200)
    ).body as { code: string; token: string }[];
    const refused = await api('post', `events/${eventId}/check-ins`, organiser)
      .send({ token: foreign[0].token })
      .expect(409);
    expect((refused.body as ErrorBody).error.code).toBe('PASS_OTHER_EVENT');
    await api('post', `events/${eventId}/check-ins`, organiser)
      .send({ code: foreign[0].code })
      .expect(409);
    expect(
      await count(
        'SELECT count(*)::int AS n FROM attendee_pass WHERE checked_in_at IS NOT NULL',
        [],
      ),
    ).toBe(1);
  });

  it('records outcomes (an intent moves the match to negotiating) and reports numbers equal to SQL counts, with an xlsx', async () => {
    const [a, b, c] = parties;
    const schedule = (await api('get', `events/${eventId}/schedule`, organiser).expect(200))
      .body as Meeting[];
    const between = (x: Party, y: Party) =>
      schedule.find(
        (m) =>
          [m.registrationAId, m.registrationBId].sort().join() === [reg(x), reg(y)].sort().join(),
      ) as Meeting;
    const ab = between(a, b);
    const ac = between(a, c);
    const outcome = (party: Party, meeting: Meeting, body: Record<string, unknown>) =>
      api('put', `event-meetings/${meeting.id}/outcome`, party).send({
        registrationId: reg(party),
        ...body,
      });

    await api('put', `event-meetings/${ab.id}/outcome`, outsider)
      .send({ registrationId: reg(a), outcome: 'follow_up' })
      .expect(403);
    const notIn = await api('put', `event-meetings/${ab.id}/outcome`, c)
      .send({ registrationId: reg(c), outcome: 'follow_up' })
      .expect(403);
    expect((notIn.body as ErrorBody).error.code).toBe('NOT_IN_MEETING');
    await api('put', `event-meetings/${ab.id}/outcome`, c)
      .send({ registrationId: reg(a), outcome: 'follow_up' })
      .expect(403);
    await outcome(b, ab, { outcome: 'follow_up', amountWan: 10 }).expect(400);
    await outcome(b, ab, { outcome: 'maybe' }).expect(400);
    expect(await count('SELECT count(*)::int AS n FROM meeting_outcome', [])).toBe(0);

    const intent = await outcome(a, ab, {
      outcome: 'intent',
      amountWan: 120,
      note: '拟签订技术开发合同',
    }).expect(200);
    const matchId = (intent.body as { matchId: string | null }).matchId;
    expect(matchId).not.toBeNull();
    const [match] = await fx
      .db()
      .query<{ state: string }[]>('SELECT state FROM match WHERE id = $1', [matchId]);
    expect(match.state).toBe('negotiating');
    await outcome(b, ab, { outcome: 'follow_up' }).expect(200);
    await api('post', `events/${eventId}/meetings/${ac.id}/status`, outsider)
      .send({ status: 'no_show' })
      .expect(403);
    const noShow = await api('post', `events/${eventId}/meetings/${ac.id}/status`, organiser)
      .send({ status: 'no_show' })
      .expect(200);
    expect((noShow.body as { statusLabel: string }).statusLabel).toBe('未到场');
    await outcome(c, ac, { outcome: 'follow_up' }).expect(409);

    await api('get', `events/${eventId}/report`, outsider).expect(403);
    await api('get', `events/${eventId}/report`, a).expect(403);
    const report = (await api('get', `events/${eventId}/report`, organiser).expect(200))
      .body as Record<string, unknown> & {
      byIndustry: { registrations: number }[];
    };
    const sql = async (query: string) => count(query, [eventId]);
    expect(report).toMatchObject({
      registrations: await sql(
        'SELECT count(*)::int AS n FROM event_registration WHERE event_id = $1',
      ),
      approved: await sql(
        `SELECT count(*)::int AS n FROM event_registration WHERE event_id = $1 AND status = 'approved'`,
      ),
      meetingsScheduled: await sql(
        `SELECT count(*)::int AS n FROM event_meeting WHERE event_id = $1 AND status <> 'cancelled'`,
      ),
      meetingsHeld: await sql(
        `SELECT count(*)::int AS n FROM event_meeting WHERE event_id = $1 AND status = 'held'`,
      ),
      noShows: await sql(
        `SELECT count(*)::int AS n FROM event_meeting WHERE event_id = $1 AND status = 'no_show'`,
      ),
      intents: await sql(
        `SELECT count(DISTINCT meeting_id)::int AS n FROM meeting_outcome WHERE event_id = $1 AND outcome = 'intent'`,
      ),
      checkedIn: await sql(
        'SELECT count(*)::int AS n FROM attendee_pass WHERE event_id = $1 AND checked_in_at IS NOT NULL',
      ),
      intentAmountWan: 120,
    });
    expect(report).toMatchObject({ meetingsHeld: 1, noShows: 1, intents: 1 });
    expect(report.byIndustry.reduce((n, g) => n + g.registrations, 0)).toBe(6);

    const xlsx = await api('get', `events/${eventId}/report.xlsx`, organiser)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      '概览',
      '按行业',
      '按地区',
      '按梯度',
      '参会单位',
      '日程',
      '洽谈结果',
    ]);
    expect(book.getWorksheet('参会单位')?.rowCount).toBe(1 + 6);
    expect(book.getWorksheet('日程')?.rowCount).toBe(1 + schedule.length);
    expect(book.getWorksheet('洽谈结果')?.rowCount).toBe(1 + 2);
  });

  it('suggests invitees from matching with reasons, invites in bulk, and proposes meetings nobody requested', async () => {
    const [sme, university] = parties;
    // The university answers the SME's need (the matcher may have found it already: scored 80 here).
    await fx.db().query(
      `INSERT INTO match (subject_kind, subject_id, counterpart_kind, counterpart_id, subject_organisation_id,
                          counterpart_organisation_id, score, reasons, computed_at, active, version)
       VALUES ('need', $1, 'organisation', $2, $3, $2, 80, $4::jsonb, now(), true, 1)
       ON CONFLICT ON CONSTRAINT uq_match_pair
       DO UPDATE SET score = 80, reasons = EXCLUDED.reasons, active = true, state = 'suggested'`,
      [
        needId,
        university.organisationId,
        sme.organisationId,
        JSON.stringify([
          {
            kind: 'text',
            contribution: 40,
            zh: '关键词重合：数控机床、热误差',
            en: 'Shared keywords',
          },
        ]),
      ],
    );
    const created = await api('post', 'events', organiser)
      .send(eventBody(organiser.organisationId))
      .expect(201);
    const id = (created.body as { id: string }).id;
    await api('post', `events/${id}/invitations`, organiser)
      .send({ organisationIds: [sme.organisationId] })
      .expect(409);
    await api('post', `events/${id}/transitions`, organiser).send({ action: 'open' }).expect(200);
    await api('get', `events/${id}/suggested-invitees`, outsider).expect(403);
    const suggested = (await api('get', `events/${id}/suggested-invitees`, organiser).expect(200))
      .body as {
      organisationId: string;
      role: string;
      score: number;
      reasons: { zh: string }[];
      listings: { title: string }[];
    }[];
    const demand = suggested.find((s) => s.organisationId === sme.organisationId);
    const supply = suggested.find((s) => s.organisationId === university.organisationId);
    expect(demand).toMatchObject({ role: 'demand' });
    expect(demand?.reasons.map((r) => r.zh).join('；')).toContain('关键词：数控机床');
    expect(demand?.listings[0].title).toContain('数控机床');
    expect(supply).toMatchObject({ role: 'supply', score: 80 });
    expect(supply?.reasons[0].zh).toContain('匹配度 80');

    await api('post', `events/${id}/invitations`, organiser)
      .send({ organisationIds: ['not-a-uuid'] })
      .expect(400);
    await api('post', `events/${id}/invitations`, otherOrganiser)
      .send({ organisationIds: [sme.organisationId] })
      .expect(403);
    const invited = await api('post', `events/${id}/invitations`, organiser)
      .send({ organisationIds: [sme.organisationId, university.organisationId] })
      .expect(200);
    expect(invited.body).toEqual({ invited: 2, alreadyInvited: 0, alreadyRegistered: 0 });
    const again = await api('post', `events/${id}/invitations`, organiser)
      .send({ organisationIds: [sme.organisationId] })
      .expect(200);
    expect(again.body).toEqual({ invited: 0, alreadyInvited: 1, alreadyRegistered: 0 });
    const notices = await fx.db().query<{ organisation_id: string }[]>(
      `SELECT DISTINCT m.organisation_id
           FROM notification n JOIN membership m ON m.user_id = n.user_id
          WHERE n.type = 'event.invited' AND n.params->'event'->>'id' = $1`,
      [id],
    );
    expect(new Set(notices.map((n) => n.organisation_id))).toEqual(
      new Set([sme.organisationId, university.organisationId]),
    );

    // Both register and are approved: the system proposes their meeting from the match.
    const registrationIds: string[] = [];
    for (const party of [sme, university]) {
      const r = await api('post', `events/${id}/registrations`, party)
        .send({
          organisationId: party.organisationId,
          listings: [],
          attendees: [{ name: '张三', title: '经理' }],
        })
        .expect(201);
      registrationIds.push((r.body as Registration).id);
      await api(
        'post',
        `event-registrations/${registrationIds[registrationIds.length - 1]}/decision`,
        organiser,
      )
        .send({ decision: 'approve' })
        .expect(200);
    }
    const suggestedAfter = (
      await api('get', `events/${id}/suggested-invitees`, organiser).expect(200)
    ).body as {
      organisationId: string;
      registrationStatus: string | null;
    }[];
    // Registered organisations stay on the list, shown as such.
    expect(suggestedAfter.find((s) => s.organisationId === sme.organisationId)).toMatchObject({
      registrationStatus: 'approved',
    });
    await api('post', `events/${id}/proposals`, outsider).send({}).expect(403);
    const proposed = await api('post', `events/${id}/proposals`, organiser)
      .send({ minScore: 50 })
      .expect(200);
    expect(proposed.body).toEqual({ proposed: 1 });
    expect(
      (await api('post', `events/${id}/proposals`, organiser).send({}).expect(200)).body,
    ).toEqual({ proposed: 0 });
    const theirs = (
      await api('get', `event-registrations/${registrationIds[1]}/requests`, university).expect(200)
    ).body as {
      id: string;
      source: string;
      matchScore: number;
      status: string;
    }[];
    expect(theirs).toMatchObject([{ source: 'system', matchScore: 80, status: 'pending' }]);
    // A system proposal counts for the scheduler until a side declines it.
    await api('post', `events/${id}/transitions`, organiser)
      .send({ action: 'close_registration' })
      .expect(200);
    expect((await runSchedule(id)).figures).toMatchObject({ pairsToMeet: 1, meetings: 1 });
    await api('post', `meeting-requests/${theirs[0].id}/answer`, outsider)
      .send({ answer: 'decline', reason: 'timing' })
      .expect(404);
    await api('post', `meeting-requests/${theirs[0].id}/answer`, sme)
      .send({ answer: 'decline', reason: 'timing' })
      .expect(200);
    expect((await runSchedule(id)).figures).toMatchObject({ pairsToMeet: 0, meetings: 0 });
  });

  it('schedules a realistic event (200 participants, ~1,200 accepted requests, 24 slots, 60 tables) through the API', async () => {
    const body = eventBody(organiser.organisationId, {
      capacity: 500,
      defaultMeetingCap: 12,
      days: [
        { date: eventBody('').days[0].date, start: '09:00', end: '12:00', breaks: [] },
        { date: eventBody('').days[1].date, start: '13:00', end: '17:00', breaks: [] },
      ],
      slotMinutes: 30,
      tables: Array.from({ length: 60 }, (_, i) => ({ name: `T${i + 1}`, online: false })),
    });
    const created = await api('post', 'events', organiser).send(body).expect(201);
    const id = (created.body as { id: string }).id;
    await api('post', `events/${id}/transitions`, organiser).send({ action: 'open' }).expect(200);
    // Registrations and accepted requests written straight to the tables (the HTTP paths are
    // covered above); the run itself goes through the API.
    const db = fx.db();
    const ids: string[] = [];
    for (let i = 0; i < 200; i += 1) {
      const rid = randomUUID();
      ids.push(rid);
      await db.query(
        `INSERT INTO event_registration
           (id, event_id, organisation_id, registered_by_user_id, status, attendees, unavailable_slots, version)
         VALUES ($1, $2, $3, $4, 'approved', $5, $6, 1)`,
        [
          rid,
          id,
          randomUUID(),
          organiser.userId,
          JSON.stringify(
            Array.from({ length: 1 + (i % 3 === 0 ? 1 : 0) }, (_, k) => ({
              name: `代表${i}-${k}`,
              title: '经理',
              mobile: null,
              email: null,
            })),
          ),
          i % 7 === 0 ? [0, 1, 2] : [],
        ],
      );
    }
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const pairs = new Set<string>();
    while (pairs.size < 1_200) {
      // Popularity skew: low indexes are asked more often.
      const x = Math.floor(random() ** 2 * 200);
      const y = Math.floor(random() * 200);
      if (x === y || pairs.has(`${x}|${y}`) || pairs.has(`${y}|${x}`)) continue;
      pairs.add(`${x}|${y}`);
    }
    const values = [...pairs].map((p) => p.split('|').map(Number));
    for (let i = 0; i < values.length; i += 200) {
      const chunk = values.slice(i, i + 200);
      await db.query(
        `INSERT INTO meeting_request (event_id, from_registration_id, to_registration_id, status)
         SELECT $1, f, t, 'accepted' FROM unnest($2::uuid[], $3::uuid[]) AS u(f, t)`,
        [id, chunk.map(([x]) => ids[x]), chunk.map(([, y]) => ids[y])],
      );
    }
    await api('post', `events/${id}/transitions`, organiser)
      .send({ action: 'close_registration' })
      .expect(200);
    const started = Date.now();
    const runPromise = runSchedule(id);
    // While that run is queued or running, a second one is refused and nothing is queued.
    await eventually(async () => {
      const active = await count(
        `SELECT count(*)::int AS n FROM event_schedule_run WHERE event_id = $1 AND state IN ('queued', 'running')`,
        [id],
      );
      expect(active).toBe(1);
    });
    const second = await api('post', `events/${id}/schedule/runs`, organiser).send({}).expect(409);
    expect((second.body as ErrorBody).error.code).toBe('SCHEDULE_RUN_ACTIVE');
    const { run, figures: result } = await runPromise;
    const roundTrip = Date.now() - started;
    expect(run).toMatchObject({ state: 'done', progress: 100, phase: 'done', error: null });
    expect(
      await count(`SELECT count(*)::int AS n FROM event_schedule_run WHERE event_id = $1`, [id]),
    ).toBe(1);
    // The worker wrote each solver phase as it went: progress rises through them to 100.
    const [{ steps }] = await db.query<{ steps: { phase: string; progress: number }[] }[]>(
      `SELECT steps FROM event_schedule_run WHERE id = $1`,
      [run.id],
    );
    const progress = steps.map((step) => step.progress);
    expect(progress).toEqual([...progress].sort((x, y) => x - y));
    expect(progress[progress.length - 1]).toBe(100);
    expect(steps.map((step) => step.phase)).toEqual(
      expect.arrayContaining([
        'seeding',
        'filling',
        'chains',
        'exchanges',
        'fairness',
        'compacting',
        'saving',
        'done',
      ]),
    );
    expect(new Set(progress).size).toBeGreaterThanOrEqual(6);
    console.log(
      `schedule through the API: 200 participants, 1200 pairs, 14 slots, 60 tables → ${result.meetings} meetings, ` +
        `${result.withoutMeeting} without a meeting, ${result.idleSlots} idle slots; solver ${result.solverMs} ms, ` +
        `service ${result.totalMs} ms, request to done (queued, worker, polled) ${roundTrip} ms`,
    );
    expect(result.meetings).toBeGreaterThan(600);
    expect(
      await count(`SELECT count(*)::int AS n FROM event_meeting WHERE event_id = $1`, [id]),
    ).toBe(result.meetings);
    const publish = await api('post', `events/${id}/schedule/publish`, organiser).expect(200);
    expect(publish.body).toHaveLength(result.meetings);
  });

  it('marks a meeting whose side never checked in a no-show after the grace period, freeing its table', async () => {
    const created = await api('post', 'events', organiser)
      .send({ ...eventBody(organiser.organisationId), noShowGraceMinutes: 5 })
      .expect(201);
    const id = (created.body as { id: string; noShowGraceMinutes: number }).id;
    expect(created.body).toMatchObject({ noShowGraceMinutes: 5 });
    await api('post', 'events', organiser)
      .send({ ...eventBody(organiser.organisationId), noShowGraceMinutes: 0 })
      .expect(400);
    await api('post', `events/${id}/transitions`, organiser).send({ action: 'open' }).expect(200);
    const db = fx.db();
    const [x, y, z] = [randomUUID(), randomUUID(), randomUUID()];
    for (const rid of [x, y, z])
      await db.query(
        `INSERT INTO event_registration
           (id, event_id, organisation_id, registered_by_user_id, status, attendees, unavailable_slots, version)
         VALUES ($1, $2, $3, $4, 'approved', $5, '{}', 1)`,
        [
          rid,
          id,
          randomUUID(),
          organiser.userId,
          JSON.stringify([{ name: '代表', title: '经理', mobile: null, email: null }]),
        ],
      );
    await db.query(
      `INSERT INTO meeting_request (event_id, from_registration_id, to_registration_id, status)
       VALUES ($1, $2, $3, 'accepted'), ($1, $2, $4, 'accepted')`,
      [id, x, y, z],
    );
    await api('post', `events/${id}/transitions`, organiser)
      .send({ action: 'close_registration' })
      .expect(200);
    expect((await runSchedule(id)).figures).toMatchObject({ meetings: 2 });
    // The event took place in the last two days: every meeting's grace period is over when it
    // is published.
    const ago = (days: number) =>
      new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
    await db.query(
      `UPDATE matchmaking_event
          SET days = jsonb_set(jsonb_set(days, '{0,date}', to_jsonb($2::text)), '{1,date}', to_jsonb($3::text))
        WHERE id = $1`,
      [id, ago(2), ago(1)],
    );
    // x and y checked in; nobody of z did.
    for (const [i, rid] of [x, y, z].entries())
      await db.query(
        `INSERT INTO attendee_pass (registration_id, attendee_index, event_id, code, checked_in_at)
         VALUES ($1, 0, $2, $3, $4)`,
        [rid, id, `NS${i}${randomUUID().slice(0, 5)}`.toUpperCase(), rid === z ? null : new Date()],
      );
    await api('post', `events/${id}/schedule/publish`, organiser).expect(200);
    const statusOf = async (other: string) =>
      (
        await db.query<{ status: string; table_index: number | null }[]>(
          `SELECT status, table_index FROM event_meeting
            WHERE event_id = $1 AND $2 IN (registration_a_id, registration_b_id)`,
          [id, other],
        )
      )[0];
    await eventually(async () => expect((await statusOf(z)).status).toBe('no_show'), 30_000);
    expect((await statusOf(y)).status).toBe('scheduled');
    // The no-show's table is free again: a scheduled meeting may take it in that slot.
    const tableHeld = await count(
      `SELECT count(*)::int AS n FROM event_meeting m
        WHERE m.event_id = $1 AND m.status = 'scheduled'
          AND (m.slot, m.table_index) IN (
            SELECT slot, table_index FROM event_meeting WHERE event_id = $1 AND status = 'no_show')`,
      [id],
    );
    expect(tableHeld).toBe(0);
    const report = (await api('get', `events/${id}/report`, organiser).expect(200)).body as {
      totals?: { noShows?: number };
      noShows?: number;
    };
    const noShows = await count(
      `SELECT count(*)::int AS n FROM event_meeting WHERE event_id = $1 AND status = 'no_show'`,
      [id],
    );
    expect(noShows).toBe(1);
    expect(JSON.stringify(report)).toContain('"noShows":1');
  });
});
