import { eventBody, needBody } from '../support/factories';
import { eventually } from '../support/isolated-environment';
import { icsField } from '../support/ics';
import { MatchingFixtures, Party } from '../support/matching-fixtures';
import { startProduct } from '../support/running-product';

jest.setTimeout(240_000);

interface ErrorBody {
  error: { code: string; fields?: { field: string; messages: string[] }[] };
}
interface DirectoryEntry {
  registrationId: string;
  organisationName: string;
  organisationType: string;
  industrySection: string;
  matchScore: number | null;
  reasons: { zh: string; en: string }[];
  request: { id: string; status: string; direction: string } | null;
  preference: string;
}
interface Meeting {
  id: string;
  slot: number;
  registrationAId: string;
  registrationBId: string;
  sequence: number;
  status: string;
}
interface SideOutcome {
  outcome: string;
  amountWan: number | null;
  note: string | null;
}
interface AgendaOutcome {
  meetingId: string;
  mine: SideOutcome | null;
  theirs: SideOutcome | null;
  theirsRecorded: boolean;
}

/**
 * The participant's side of 对接会 over HTTP: suggested invitees show who registered already
 * (never invited again); the directory ranks the other participants by 匹配度 with matching's
 * reasons, filters by type and industry, and carries the request and preference; the organiser's
 * own organisation registers approved; each agenda meeting has its own ICS file (stable UID,
 * SEQUENCE bumped by a move, CANCELLED once a veto drops it); outcomes on the agenda show the
 * other side's only after one's own.
 */
describe('matchmaking events: directory, invitees, per-meeting ICS, outcomes (api + worker)', () => {
  let fx: MatchingFixtures;
  let organiser: Party;
  let outsider: Party;
  let sme: Party;
  let university: Party;
  let sme2: Party;
  let eventId: string;
  const registrationOf = new Map<Party, string>();

  const api: MatchingFixtures['api'] = (...args) => fx.api(...args);
  const reg = (party: Party) => registrationOf.get(party) ?? '';
  const directory = async (party: Party, query = '') =>
    (await api('get', `event-registrations/${reg(party)}/directory${query}`, party).expect(200))
      .body as DirectoryEntry[];
  const meetingIcs = (party: Party, meetingId: string) =>
    api('get', `event-registrations/${reg(party)}/meetings/${meetingId}/calendar.ics`, party);
  const outcomes = async (party: Party) =>
    (await api('get', `event-registrations/${reg(party)}/outcomes`, party).expect(200))
      .body as AgendaOutcome[];
  /** The scheduler answers at once or as a job: either way, wait for the schedule it writes. */
  const runSchedule = async (until: (meetings: Meeting[]) => boolean) => {
    const run = await api('post', `events/${eventId}/schedule/runs`, organiser).send({});
    expect([200, 201, 202]).toContain(run.status);
    await eventually(async () => {
      const meetings = (await api('get', `events/${eventId}/schedule`, organiser).expect(200))
        .body as Meeting[];
      expect(until(meetings)).toBe(true);
    });
  };

  beforeAll(async () => {
    fx = new MatchingFixtures(await startProduct({ LISTING_REVIEW_REQUIRED: 'false' }));
    organiser = await fx.reviewer();
    outsider = await fx.signUp({ type: 'sme' });
    sme = await fx.signUp({ type: 'sme' });
    university = await fx.signUp({ type: 'university' });
    sme2 = await fx.signUp({ type: 'sme' });
  });

  afterAll(async () => {
    await fx?.product.stop();
  });

  it('shows registered organisations among the suggested invitees and invites only the others', async () => {
    const needId = await fx.publish('needs', sme, needBody(sme.organisationId));
    // The university answers the SME's need (matching may have found it already).
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
          { kind: 'industry', contribution: 20, zh: '行业一致（大类）：C34', en: 'Same industry' },
        ]),
      ],
    );
    const created = await api('post', 'events', organiser)
      .send(eventBody(organiser.organisationId))
      .expect(201);
    eventId = (created.body as { id: string }).id;
    await api('post', `events/${eventId}/transitions`, organiser)
      .send({ action: 'open' })
      .expect(200);

    const register = async (party: Party) => {
      const response = await api('post', `events/${eventId}/registrations`, party)
        .send({
          organisationId: party.organisationId,
          listings: [],
          attendees: [{ name: '张三', title: '经理' }],
        })
        .expect(201);
      registrationOf.set(party, (response.body as { id: string }).id);
      return response.body as { id: string; status: string };
    };
    await register(sme);
    const suggested = (
      await api('get', `events/${eventId}/suggested-invitees`, organiser).expect(200)
    ).body as { organisationId: string; registrationStatus: string | null }[];
    expect(suggested.find((s) => s.organisationId === sme.organisationId)).toMatchObject({
      registrationStatus: 'pending',
    });
    expect(suggested.find((s) => s.organisationId === university.organisationId)).toMatchObject({
      registrationStatus: null,
    });
    const invited = await api('post', `events/${eventId}/invitations`, organiser)
      .send({ organisationIds: [sme.organisationId, university.organisationId] })
      .expect(200);
    expect(invited.body).toEqual({ invited: 1, alreadyInvited: 0, alreadyRegistered: 1 });
    const notices = await fx.db().query<{ organisation_id: string }[]>(
      `SELECT DISTINCT m.organisation_id
         FROM notification n JOIN membership m ON m.user_id = n.user_id
        WHERE n.type = 'event.invited' AND n.params->'event'->>'id' = $1`,
      [eventId],
    );
    expect(notices.map((n) => n.organisation_id)).toEqual([university.organisationId]);

    // The directory is for approved participants only.
    await api('get', `event-registrations/${reg(sme)}/directory`, sme).expect(403);
    await register(university);
    await register(sme2);
    for (const party of [sme, university, sme2]) {
      await api('post', `event-registrations/${reg(party)}/decision`, organiser)
        .send({ decision: 'approve' })
        .expect(200);
    }
    // The organiser's own organisation registers for its event: approved at once.
    const own = await api('post', `events/${eventId}/registrations`, organiser)
      .send({
        organisationId: organiser.organisationId,
        listings: [],
        attendees: [{ name: '王主任', title: '处长' }],
      })
      .expect(201);
    expect(own.body).toMatchObject({ status: 'approved' });
  });

  it('ranks the other participants by 匹配度 with reasons, filters them, and carries requests and preferences', async () => {
    // Best fit first: the university, with the score and reasons (strongest first) of the best
    // match between the two organisations (ours at 80, or the matcher's own if higher).
    let all: DirectoryEntry[] = [];
    await eventually(async () => {
      all = await directory(sme);
      const [best] = await fx
        .db()
        .query<{ score: number; reasons: { zh: string; contribution: number }[] }[]>(
          `SELECT score, reasons FROM match
          WHERE active AND ((subject_organisation_id = $1 AND counterpart_organisation_id = $2)
             OR (subject_organisation_id = $2 AND counterpart_organisation_id = $1))
          ORDER BY score DESC, id LIMIT 1`,
          [sme.organisationId, university.organisationId],
        );
      expect(all[0]).toMatchObject({
        registrationId: reg(university),
        organisationType: 'university',
        matchScore: best.score,
        request: null,
        preference: 'none',
      });
      expect(all[0].reasons.map((r) => r.zh)).toEqual(
        [...best.reasons]
          .sort((x, y) => y.contribution - x.contribution)
          .slice(0, 3)
          .map((r) => r.zh),
      );
    });
    expect(all[0].matchScore).toBeGreaterThanOrEqual(80);
    expect(all[0].reasons.length).toBeGreaterThan(0);
    expect(all.map((e) => e.registrationId)).not.toContain(reg(sme));
    expect(all).toHaveLength(3);
    expect(all.find((e) => e.registrationId === reg(sme2))?.matchScore).toBeNull();
    // The same score from the other side.
    expect(
      (await directory(university)).find((e) => e.registrationId === reg(sme))?.matchScore,
    ).toBe(all[0].matchScore);

    expect((await directory(sme, '?type=university')).map((e) => e.registrationId)).toEqual([
      reg(university),
    ]);
    const section = all[0].industrySection;
    expect(section).toMatch(/^[A-T]$/);
    const inSection = await directory(sme, `?industry=${section}`);
    expect(inSection.map((e) => e.registrationId)).toContain(reg(university));
    expect(inSection.every((e) => e.industrySection === section)).toBe(true);
    const bad = await api(
      'get',
      `event-registrations/${reg(sme)}/directory?type=alien&industry=%3B`,
      sme,
    ).expect(400);
    expect((bad.body as ErrorBody).error.fields?.map((f) => f.field).sort()).toEqual([
      'industry',
      'type',
    ]);
    await api('get', `event-registrations/${reg(sme)}/directory`, outsider).expect(404);
    await api('get', `event-registrations/${reg(sme)}/directory`, university).expect(404);

    // A request with a note and a preference, both shown on the directory.
    for (const to of [university, sme2]) {
      await api('post', `events/${eventId}/meeting-requests`, sme)
        .send({ fromRegistrationId: reg(sme), toRegistrationId: reg(to), note: '希望交流' })
        .expect(201);
    }
    await api('put', `events/${eventId}/preferences`, sme)
      .send({
        registrationId: reg(sme),
        targetRegistrationId: reg(university),
        preference: 'must_meet',
      })
      .expect(200);
    const after = await directory(sme);
    expect(after.find((e) => e.registrationId === reg(university))).toMatchObject({
      request: { status: 'pending', direction: 'sent' },
      preference: 'must_meet',
    });
    const theirs = await directory(university);
    const received = theirs.find((e) => e.registrationId === reg(sme));
    expect(received?.request).toMatchObject({ status: 'pending', direction: 'received' });
    for (const party of [university, sme2]) {
      const requestId = (await directory(party)).find((e) => e.registrationId === reg(sme))?.request
        ?.id;
      await api('post', `meeting-requests/${requestId}/answer`, party)
        .send({ answer: 'accept' })
        .expect(200);
    }
  });

  it('exports each agenda meeting as its own ICS file: a move bumps SEQUENCE, a veto cancels', async () => {
    await api('post', `events/${eventId}/transitions`, organiser)
      .send({ action: 'close_registration' })
      .expect(200);
    await runSchedule((meetings) => meetings.length === 2);
    await api('post', `events/${eventId}/schedule/publish`, organiser).expect(200);
    const agenda = (await api('get', `event-registrations/${reg(sme)}/agenda`, sme).expect(200))
      .body as Meeting[];
    const withUniversity = agenda.find((m) =>
      [m.registrationAId, m.registrationBId].includes(reg(university)),
    ) as Meeting;
    const withSme2 = agenda.find((m) => m.id !== withUniversity.id) as Meeting;

    const first = await meetingIcs(sme, withUniversity.id).expect(200);
    expect(first.headers['content-type']).toMatch(/^text\/calendar/);
    expect(first.headers['content-disposition']).toMatch(/attachment; filename="meeting-/);
    expect(icsField(first.text, 'UID')).toEqual([`${withUniversity.id}@rongtong`]);
    expect(icsField(first.text, 'SEQUENCE')).toEqual(['0']);
    expect(icsField(first.text, 'STATUS')).toEqual(['CONFIRMED']);
    // The same UID as in the whole agenda's file, and from the other side.
    const whole = (await api('get', `event-registrations/${reg(sme)}/agenda.ics`, sme).expect(200))
      .text;
    expect(icsField(whole, 'UID')).toContain(`${withUniversity.id}@rongtong`);
    expect(
      icsField((await meetingIcs(university, withUniversity.id).expect(200)).text, 'UID'),
    ).toEqual([`${withUniversity.id}@rongtong`]);
    // Not a side of it, not a member, not a meeting: 404.
    await meetingIcs(sme2, withUniversity.id).expect(404);
    await api(
      'get',
      `event-registrations/${reg(sme)}/meetings/${withUniversity.id}/calendar.ics`,
      outsider,
    ).expect(404);
    await meetingIcs(sme, 'not-a-uuid').expect(404);

    // Moved to a free slot: the same UID, SEQUENCE 1.
    const freeSlot = [...Array(17).keys()].find((s) => !agenda.some((m) => m.slot === s)) as number;
    await api('patch', `events/${eventId}/meetings/${withUniversity.id}`, organiser)
      .send({ slot: freeSlot })
      .expect(200);
    const moved = (await meetingIcs(sme, withUniversity.id).expect(200)).text;
    expect(icsField(moved, 'UID')).toEqual([`${withUniversity.id}@rongtong`]);
    expect(icsField(moved, 'SEQUENCE')).toEqual(['1']);

    // The second SME vetoes the meeting; the re-run cancels it: CANCELLED, SEQUENCE bumped.
    await api('put', `events/${eventId}/preferences`, sme2)
      .send({ registrationId: reg(sme2), targetRegistrationId: reg(sme), preference: 'no_thanks' })
      .expect(200);
    await runSchedule((meetings) =>
      meetings.some((m) => m.id === withSme2.id && m.status === 'cancelled'),
    );
    const cancelled = (await meetingIcs(sme, withSme2.id).expect(200)).text;
    expect(icsField(cancelled, 'UID')).toEqual([`${withSme2.id}@rongtong`]);
    expect(icsField(cancelled, 'STATUS')).toEqual(['CANCELLED']);
    expect(Number(icsField(cancelled, 'SEQUENCE')[0])).toBeGreaterThan(withSme2.sequence);
  });

  it("shows outcomes on the agenda: one's own, and the other side's once one's own is recorded", async () => {
    const agenda = (await api('get', `event-registrations/${reg(sme)}/agenda`, sme).expect(200))
      .body as Meeting[];
    const meeting = agenda.find((m) =>
      [m.registrationAId, m.registrationBId].includes(reg(university)),
    ) as Meeting;
    expect((await outcomes(sme)).find((o) => o.meetingId === meeting.id)).toEqual({
      meetingId: meeting.id,
      mine: null,
      theirs: null,
      theirsRecorded: false,
    });
    await api('put', `event-meetings/${meeting.id}/outcome`, sme)
      .send({ registrationId: reg(sme), outcome: 'intent', amountWan: 120, note: '下周到厂考察' })
      .expect(200);
    expect((await outcomes(sme)).find((o) => o.meetingId === meeting.id)).toMatchObject({
      mine: { outcome: 'intent', amountWan: 120, note: '下周到厂考察' },
      theirs: null,
      theirsRecorded: false,
    });
    // The university knows the SME recorded, not what, until it records its own.
    expect((await outcomes(university)).find((o) => o.meetingId === meeting.id)).toMatchObject({
      mine: null,
      theirs: null,
      theirsRecorded: true,
    });
    await api('put', `event-meetings/${meeting.id}/outcome`, university)
      .send({ registrationId: reg(university), outcome: 'follow_up', note: '内部评估' })
      .expect(200);
    expect((await outcomes(university)).find((o) => o.meetingId === meeting.id)).toMatchObject({
      mine: { outcome: 'follow_up', note: '内部评估' },
      // The other side's note stays its own.
      theirs: { outcome: 'intent', amountWan: 120, note: null },
    });
    expect((await outcomes(sme)).find((o) => o.meetingId === meeting.id)?.theirs).toMatchObject({
      outcome: 'follow_up',
      note: null,
    });
    await api('get', `event-registrations/${reg(sme)}/outcomes`, outsider).expect(404);
    await api('get', `event-registrations/${reg(sme)}/outcomes`, university).expect(404);
  });
});
