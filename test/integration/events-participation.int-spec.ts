import { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { CatalogModule } from '@rongtong/catalog';
import { DomainError } from '@rongtong/common';
import {
  CheckInService,
  CreateEventDto,
  EventRegistrationDto,
  EventsModule,
  EventsService,
  MeetingRequestsService,
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

const DAY_MS = 86_400_000;

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
 * Taking part, against real PostgreSQL: the organising organisation registers for its own
 * event (approved at once, within the capacity) and meets other participants; check-in tokens
 * expire with the event (the injected clock moves, nothing sleeps) and belong to one event;
 * concurrent registrations for the last place and concurrent accepts of a last meeting place:
 * exactly one wins. Every refusal writes nothing.
 */
describe('events: the organiser taking part, pass expiry, last places (PostgreSQL)', () => {
  let env: IsolatedEnvironment;
  let moduleRef: TestingModule;
  let db: DataSource;
  let events: EventsService;
  let registrations: RegistrationsService;
  let requests: MeetingRequestsService;
  let checkIns: CheckInService;
  const clock = new MovableClock();
  let organiser: Org;

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

  const registerBody = (who: Org): EventRegistrationDto => ({
    organisationId: who.organisationId,
    listings: [],
    attendees: [{ name: '李明', title: '技术总监' }],
  });

  async function openEvent(overrides: Record<string, unknown> = {}) {
    const event = await events.create(
      organiser.user,
      eventBody(organiser.organisationId, overrides) as unknown as CreateEventDto,
    );
    await events.transition(organiser.user, event.id, 'open');
    return event.id;
  }

  async function participant(eventId: string) {
    const party = await org();
    const registration = await registrations.register(party.user, eventId, registerBody(party));
    await registrations.decide(organiser.user, registration.id, { decision: 'approve' });
    return { ...party, registrationId: registration.id };
  }

  /** Check-in needs a running event; how it got there (schedule, publish) is not this test's. */
  const markRunning = (eventId: string) =>
    db.query(`UPDATE matchmaking_event SET status = 'running' WHERE id = $1`, [eventId]);

  beforeAll(async () => {
    env = isolatedEnvironment();
    ({ moduleRef, db } = await clockedModule(env, clock, [CatalogModule, EventsModule]));
    events = moduleRef.get(EventsService);
    registrations = moduleRef.get(RegistrationsService);
    requests = moduleRef.get(MeetingRequestsService);
    checkIns = moduleRef.get(CheckInService);
    organiser = await org('organiser', 'organiser');
  });

  afterEach(() => {
    clock.offsetMs = 0;
  });

  afterAll(async () => {
    if (moduleRef) {
      for (const name of QUEUE_NAMES)
        await moduleRef.get(JobQueue).queue(name).obliterate({ force: true });
      await moduleRef.close();
    }
    await env?.dispose();
  });

  it('registers the organising organisation for its own event, approved at once, and lets it meet others', async () => {
    const eventId = await openEvent({ capacity: 2 });
    const own = await registrations.register(organiser.user, eventId, registerBody(organiser));
    expect(own.status).toBe('approved');
    // Passes are issued as on any approval.
    expect(await count('attendee_pass', eventId)).toBe(1);
    expect(
      await outcome(registrations.register(organiser.user, eventId, registerBody(organiser))),
    ).toBe('conflict:ALREADY_REGISTERED');

    // It takes a place: the second organisation fills the event, a third is refused.
    const b = await participant(eventId);
    const late = await org();
    expect(await outcome(registrations.register(late.user, eventId, registerBody(late)))).toBe(
      'conflict:EVENT_FULL',
    );
    expect(await count('event_registration', eventId)).toBe(2);

    // It sees the participants, asks for a meeting, and the other side accepts.
    const seen = await registrations.participants(organiser.user, eventId);
    expect(seen.map((p) => p.registrationId).sort()).toEqual([own.id, b.registrationId].sort());
    const asked = await requests.send(organiser.user, eventId, {
      fromRegistrationId: own.id,
      toRegistrationId: b.registrationId,
      note: '想了解贵司的主轴需求',
    });
    const accepted = await requests.answer(b.user, asked.id, { answer: 'accept' });
    expect(accepted.status).toBe('accepted');
    // Another organisation's registration stays pending until the organiser decides.
    const eventId2 = await openEvent();
    const other = await org();
    expect((await registrations.register(other.user, eventId2, registerBody(other))).status).toBe(
      'pending',
    );
  });

  it('refuses a pass after the event has expired (the clock moves) and a pass of another event', async () => {
    const eventId = await openEvent();
    const otherEventId = await openEvent();
    const a = await participant(eventId);
    const foreigner = await participant(otherEventId);
    await markRunning(eventId);
    await markRunning(otherEventId);
    const [pass] = await checkIns.passes(a.user, a.registrationId);
    const [foreignPass] = await checkIns.passes(foreigner.user, foreigner.registrationId);
    const checkedIn = async () =>
      (
        await db.query<{ n: number }[]>(
          'SELECT count(*)::int AS n FROM attendee_pass WHERE checked_in_at IS NOT NULL',
        )
      )[0].n;

    // Another event's token or typed code: refused, nothing checked in.
    expect(
      await outcome(checkIns.checkIn(organiser.user, eventId, { token: foreignPass.token })),
    ).toBe('conflict:PASS_OTHER_EVENT');
    expect(
      await outcome(checkIns.checkIn(organiser.user, eventId, { code: foreignPass.code })),
    ).toBe('conflict:PASS_OTHER_EVENT');
    // A token signed with another secret, or altered: 400.
    const [payload, signature] = pass.token.split('.');
    expect(
      await outcome(
        checkIns.checkIn(organiser.user, eventId, { token: `${payload}.${signature.slice(1)}x` }),
      ),
    ).toBe('validation:PASS_INVALID');
    expect(await checkedIn()).toBe(0);

    // In time: checked in, then the same token again is a repeat, not an error.
    const first = await checkIns.checkIn(organiser.user, eventId, { token: pass.token });
    expect(first).toMatchObject({ alreadyCheckedIn: false, attendeeName: '李明' });
    expect(
      (await checkIns.checkIn(organiser.user, eventId, { token: pass.token })).alreadyCheckedIn,
    ).toBe(true);

    // Past the expiry (the last day's end plus the grace): the same token is refused.
    const expiresAt = new Date(pass.expiresAt).getTime();
    clock.offsetMs = expiresAt - Date.now() + 60_000;
    expect(await outcome(checkIns.checkIn(organiser.user, eventId, { token: pass.token }))).toBe(
      'conflict:PASS_EXPIRED',
    );
    // Just before it, still a repeat check-in.
    clock.offsetMs = expiresAt - Date.now() - 60_000;
    expect(
      (await checkIns.checkIn(organiser.user, eventId, { token: pass.token })).alreadyCheckedIn,
    ).toBe(true);
    // A fresh token past the expiry (never used) is refused too, and nothing is written.
    clock.offsetMs = expiresAt - Date.now() + DAY_MS;
    expect(
      await outcome(checkIns.checkIn(organiser.user, otherEventId, { token: foreignPass.token })),
    ).toBe('conflict:PASS_EXPIRED');
    expect(await checkedIn()).toBe(1);
  });

  it('two concurrent registrations for the last place: exactly one wins', async () => {
    const eventId = await openEvent({ capacity: 1 });
    const [x, y] = [await org(), await org()];
    const results = await Promise.all(
      [x, y].map((who) => outcome(registrations.register(who.user, eventId, registerBody(who)))),
    );
    expect(results.sort()).toEqual(['conflict:EVENT_FULL', 'ok']);
    expect(await count('event_registration', eventId)).toBe(1);
  });

  it('two concurrent accepts for the last meeting place: exactly one wins, the other stays pending', async () => {
    const eventId = await openEvent({ defaultMeetingCap: 1 });
    const target = await participant(eventId);
    const [x, y] = [await participant(eventId), await participant(eventId)];
    const sent = [];
    for (const from of [x, y]) {
      sent.push(
        await requests.send(from.user, eventId, {
          fromRegistrationId: from.registrationId,
          toRegistrationId: target.registrationId,
        }),
      );
    }
    const results = await Promise.all(
      sent.map((r) => outcome(requests.answer(target.user, r.id, { answer: 'accept' }))),
    );
    expect(results.sort()).toEqual(['conflict:MEETING_CAP_REACHED', 'ok']);
    const rows = await db.query<{ status: string }[]>(
      'SELECT status FROM meeting_request WHERE event_id = $1 ORDER BY status',
      [eventId],
    );
    expect(rows).toEqual([{ status: 'accepted' }, { status: 'pending' }]);
  });
});
