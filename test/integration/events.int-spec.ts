import { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { CatalogModule } from '@rongtong/catalog';
import { DomainError } from '@rongtong/common';
import {
  CreateEventDto,
  EventsModule,
  EventsService,
  MeetingRequestsService,
  EventRegistrationDto,
  RegistrationsService,
} from '@rongtong/events';
import { AuthenticatedUser, PlatformRole, RegistrationService } from '@rongtong/identity';
import { JobQueue, QUEUE_NAMES } from '@rongtong/jobs';
import { eventBody, registrationBody } from '../support/factories';
import { clockedModule, MovableClock } from '../support/clocked-module';
import { IsolatedEnvironment, isolatedEnvironment } from '../support/isolated-environment';

jest.setTimeout(60_000);

/** A clock the test moves. */
interface Org {
  organisationId: string;
  user: AuthenticatedUser;
}

/** Code and kind of what a call threw (or 'ok'). */
async function outcome(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return 'ok';
  } catch (error) {
    if (error instanceof DomainError) return `${error.kind}:${error.code}`;
    throw error;
  }
}

/**
 * The events context against real PostgreSQL: who may organise, the state machine,
 * registration within window and capacity, approval with passes, meeting requests with caps
 * (two concurrent auto-accepts for one last place: exactly one wins), preferences. Every
 * refusal writes nothing.
 */
describe('events: registration and meeting requests (PostgreSQL)', () => {
  let env: IsolatedEnvironment;
  let moduleRef: TestingModule;
  let db: DataSource;
  let events: EventsService;
  let registrations: RegistrationsService;
  let requests: MeetingRequestsService;
  const clock = new MovableClock();

  let organiser: Org;
  let strangerOrganiser: Org;
  let admin: Org;

  const count = async (table: string, eventId: string) =>
    (
      await db.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM ${table} WHERE event_id = $1`,
        [eventId],
      )
    )[0].n;

  async function org(role?: PlatformRole, type = 'sme'): Promise<Org> {
    const registered = await moduleRef
      .get(RegistrationService, { strict: false })
      .register(registrationBody({ type }) as never);
    const roles: PlatformRole[] = role ? [role] : [];
    await db.query('UPDATE app_user SET platform_roles = $2 WHERE id = $1', [
      registered.user.id,
      roles,
    ]);
    return {
      organisationId: registered.organisation.id,
      user: { id: registered.user.id, platformRoles: roles },
    };
  }

  const registerBody = (
    who: Org,
    overrides: Partial<EventRegistrationDto> = {},
  ): EventRegistrationDto => ({
    organisationId: who.organisationId,
    listings: [],
    attendees: [{ name: '李明', title: '技术总监' }],
    ...overrides,
  });

  /** An open event with approved participants. */
  async function openEvent(overrides: Record<string, unknown> = {}, participants = 0) {
    const event = await events.create(
      organiser.user,
      eventBody(organiser.organisationId, overrides) as unknown as CreateEventDto,
    );
    await events.transition(organiser.user, event.id, 'open');
    const parties: (Org & { registrationId: string })[] = [];
    for (let i = 0; i < participants; i += 1) {
      const party = await org();
      const registration = await registrations.register(party.user, event.id, registerBody(party));
      await registrations.decide(organiser.user, registration.id, { decision: 'approve' });
      parties.push({ ...party, registrationId: registration.id });
    }
    return { eventId: event.id, parties };
  }

  beforeAll(async () => {
    env = isolatedEnvironment();
    ({ moduleRef, db } = await clockedModule(env, clock, [CatalogModule, EventsModule]));
    events = moduleRef.get(EventsService);
    registrations = moduleRef.get(RegistrationsService);
    requests = moduleRef.get(MeetingRequestsService);
    organiser = await org('organiser', 'organiser');
    strangerOrganiser = await org('organiser', 'organiser');
    admin = await org('admin', 'organiser');
  });

  afterAll(async () => {
    if (moduleRef) {
      for (const name of QUEUE_NAMES)
        await moduleRef.get(JobQueue).queue(name).obliterate({ force: true });
      await moduleRef.close();
    }
    await env?.dispose();
  });

  it('lets organisers of the organising organisation and admins manage; nobody else', async () => {
    const sme = await org();
    const body = eventBody(organiser.organisationId) as unknown as CreateEventDto;
    expect(
      await outcome(events.create(sme.user, { ...body, organisationId: sme.organisationId })),
    ).toBe('forbidden:NOT_EVENT_ORGANISER');
    expect(await outcome(events.create(strangerOrganiser.user, body))).toBe(
      'forbidden:NOT_EVENT_ORGANISER',
    );
    const created = await events.create(organiser.user, body);
    expect(created).toMatchObject({ status: 'draft', canManage: true, actions: ['open'] });
    // 8 slots in the morning around the break, 9 in the afternoon.
    expect(created.slots).toHaveLength(17);
    // A draft is the organisers' only.
    expect(await outcome(events.get(sme.user, created.id))).toBe('not_found:EVENT_NOT_FOUND');
    expect(await outcome(events.transition(strangerOrganiser.user, created.id, 'open'))).toBe(
      'not_found:EVENT_NOT_FOUND',
    );
    const opened = await events.transition(admin.user, created.id, 'open');
    expect(opened.status).toBe('open');
    expect(
      await outcome(events.transition(strangerOrganiser.user, created.id, 'close_registration')),
    ).toBe('forbidden:NOT_EVENT_ORGANISER');
    expect(await outcome(events.transition(organiser.user, created.id, 'start'))).toBe(
      'conflict:EVENT_STATE',
    );
    expect((await events.get(sme.user, created.id)).canManage).toBe(false);
  });

  it('refuses slots that overlap or lie outside the day, and an unordered calendar, with field messages', async () => {
    const body = eventBody(organiser.organisationId) as unknown as CreateEventDto;
    const bad = {
      ...body,
      days: [
        { ...body.days[0], breaks: [{ start: '08:00', end: '09:30' }] },
        { ...body.days[0], breaks: [] },
      ],
    };
    try {
      await events.create(organiser.user, bad);
      throw new Error('created');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).fields?.map((f) => f.field)).toEqual([
        'days.0.breaks.0',
        'days.1.date',
      ]);
    }
  });

  it('registers within the window and capacity, once per organisation; approval issues passes', async () => {
    const { eventId } = await openEvent({ capacity: 2 });
    const [a, b, c] = [await org(), await org(), await org()];
    const registered = await registrations.register(a.user, eventId, registerBody(a));
    expect(registered).toMatchObject({
      status: 'pending',
      attendance: 'onsite',
      effectiveMeetingCap: 6,
    });
    expect(await outcome(registrations.register(a.user, eventId, registerBody(a)))).toBe(
      'conflict:ALREADY_REGISTERED',
    );
    // Someone else's organisation.
    expect(await outcome(registrations.register(b.user, eventId, registerBody(a)))).toBe(
      'not_found:ORGANISATION_NOT_FOUND',
    );
    // A listing that is not the organisation's.
    expect(
      await outcome(
        registrations.register(
          b.user,
          eventId,
          registerBody(b, {
            listings: [{ kind: 'need', id: '00000000-0000-4000-8000-000000000001' }],
          }),
        ),
      ),
    ).toBe('validation:VALIDATION_FAILED');
    await registrations.register(
      b.user,
      eventId,
      registerBody(b, {
        attendees: [
          { name: '王强', title: '总经理' },
          { name: '赵敏', title: '研发经理' },
        ],
      }),
    );
    expect(await outcome(registrations.register(c.user, eventId, registerBody(c)))).toBe(
      'conflict:EVENT_FULL',
    );
    expect(await count('event_registration', eventId)).toBe(2);

    const approved = await registrations.decide(organiser.user, registered.id, {
      decision: 'approve',
    });
    expect(approved.status).toBe('approved');
    expect(await count('attendee_pass', eventId)).toBe(1);
    expect(
      await outcome(registrations.decide(a.user, registered.id, { decision: 'approve' })),
    ).toBe('forbidden:NOT_EVENT_ORGANISER');
    // Only the organisers and the registrant read it.
    expect(await outcome(registrations.get(c.user, registered.id))).toBe(
      'not_found:REGISTRATION_NOT_FOUND',
    );
    expect((await registrations.get(organiser.user, registered.id)).attendees[0].name).toBe('李明');

    // After the window closes: nothing written.
    clock.offsetMs = 25 * 86_400_000;
    const late = await org();
    expect(await outcome(registrations.register(late.user, eventId, registerBody(late)))).toBe(
      'conflict:REGISTRATION_CLOSED',
    );
    clock.offsetMs = 0;
    expect(await count('event_registration', eventId)).toBe(2);
  });

  it('takes availability within the slots that exist', async () => {
    const { eventId, parties } = await openEvent({}, 1);
    const [p] = parties;
    const view = await registrations.setAvailability(p.user, p.registrationId, {
      unavailableSlots: [3, 1, 3],
      meetingCap: 4,
    });
    expect(view).toMatchObject({ unavailableSlots: [1, 3], meetingCap: 4, effectiveMeetingCap: 4 });
    expect(
      await outcome(
        registrations.setAvailability(p.user, p.registrationId, { unavailableSlots: [17] }),
      ),
    ).toBe('validation:VALIDATION_FAILED');
    const other = await org();
    expect(
      await outcome(
        registrations.setAvailability(other.user, p.registrationId, { unavailableSlots: [] }),
      ),
    ).toBe('not_found:REGISTRATION_NOT_FOUND');
    expect(await outcome(registrations.participants(other.user, eventId))).toBe(
      'forbidden:NOT_EVENT_PARTICIPANT',
    );
    expect(await registrations.participants(p.user, eventId)).toHaveLength(1);
  });

  it('requests: not yourself, not a non-participant, not twice; a request both ways is mutual', async () => {
    const { eventId, parties } = await openEvent({}, 3);
    const [a, b, c] = parties;
    const send = (from: typeof a, to: string) =>
      requests.send(from.user, eventId, {
        fromRegistrationId: from.registrationId,
        toRegistrationId: to,
        note: '希望交流',
      });
    expect(await outcome(send(a, a.registrationId))).toBe('validation:REQUEST_SELF');
    const pendingOrg = await org();
    const pending = await registrations.register(
      pendingOrg.user,
      eventId,
      registerBody(pendingOrg),
    );
    expect(await outcome(send(a, pending.id))).toBe('validation:NOT_A_PARTICIPANT');
    expect(
      await outcome(
        requests.send(pendingOrg.user, eventId, {
          fromRegistrationId: pending.id,
          toRegistrationId: a.registrationId,
        }),
      ),
    ).toBe('forbidden:NOT_EVENT_PARTICIPANT');
    // Someone else's registration as the sender.
    expect(
      await outcome(
        requests.send(b.user, eventId, {
          fromRegistrationId: a.registrationId,
          toRegistrationId: c.registrationId,
        }),
      ),
    ).toBe('not_found:REGISTRATION_NOT_FOUND');

    const ab = await send(a, b.registrationId);
    expect(ab.status).toBe('pending');
    expect(await outcome(send(a, b.registrationId))).toBe('conflict:ALREADY_REQUESTED');
    const ba = await send(b, a.registrationId);
    expect(ba.status).toBe('accepted');
    const mine = await requests.ofRegistration(a.user, a.registrationId);
    expect(mine.map((r) => r.status)).toEqual(['accepted', 'accepted']);

    // Decline needs a reason; only the receiver answers.
    const ac = await send(a, c.registrationId);
    expect(await outcome(requests.answer(a.user, ac.id, { answer: 'accept' }))).toBe(
      'not_found:MEETING_REQUEST_NOT_FOUND',
    );
    expect(await outcome(requests.answer(c.user, ac.id, { answer: 'decline' }))).toBe(
      'validation:VALIDATION_FAILED',
    );
    const declined = await requests.answer(c.user, ac.id, {
      answer: 'decline',
      reason: 'not_relevant',
      note: '方向不同',
    });
    expect(declined).toMatchObject({ status: 'declined', declineReasonLabel: '方向不匹配' });
    expect(await outcome(requests.answer(c.user, ac.id, { answer: 'accept' }))).toBe(
      'conflict:REQUEST_ANSWERED',
    );
    expect(await count('meeting_request', eventId)).toBe(3);

    // Preferences: must-meet, then a veto, then cleared; only for participants of this event.
    await requests.setPreference(c.user, {
      registrationId: c.registrationId,
      targetRegistrationId: b.registrationId,
      preference: 'must_meet',
    });
    const vetoed = await requests.setPreference(c.user, {
      registrationId: c.registrationId,
      targetRegistrationId: a.registrationId,
      preference: 'no_thanks',
    });
    expect(vetoed.map((p) => p.preference).sort()).toEqual(['must_meet', 'no_thanks']);
    expect(
      await outcome(
        requests.setPreference(c.user, {
          registrationId: c.registrationId,
          targetRegistrationId: pending.id,
          preference: 'meet',
        }),
      ),
    ).toBe('validation:NOT_A_PARTICIPANT');
  });

  it('auto-accept within caps: two concurrent requests for one last place, exactly one wins', async () => {
    const { eventId, parties } = await openEvent({ autoAccept: true, defaultMeetingCap: 1 }, 3);
    const [target, x, y] = parties;
    const results = await Promise.all(
      [x, y].map((from) =>
        outcome(
          requests.send(from.user, eventId, {
            fromRegistrationId: from.registrationId,
            toRegistrationId: target.registrationId,
          }),
        ),
      ),
    );
    expect(results.sort()).toEqual(['conflict:MEETING_CAP_REACHED', 'ok']);
    const rows = await db.query<{ status: string }[]>(
      'SELECT status FROM meeting_request WHERE event_id = $1',
      [eventId],
    );
    expect(rows).toEqual([{ status: 'accepted' }]);
  });
});
