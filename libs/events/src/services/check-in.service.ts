import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  AppConfig,
  Clock,
  ConflictError,
  ValidationFailedError,
} from '@rongtong/common';
import { TransactionRunner } from '@rongtong/database';
import { AuthenticatedUser, Organisations } from '@rongtong/identity';
import { CheckInDto } from '../dto/schedule.dto';
import { AttendeePass } from '../entities/attendee-pass.entity';
import { MatchmakingEvent } from '../entities/matchmaking-event.entity';
import { eventEndsAt } from '../rules/event-calendar';
import { RegistrationsStore } from '../stores/registrations.store';
import { EventAccess } from './event-access';
import { wrongEventState } from './event-errors';
import { normalisePassCode } from './pass-codes';
import { readPass, signPass } from './pass-tokens';

/** Passes stay valid until a day after the last slot ends. */
const PASS_GRACE_MS = 86_400_000;

export interface PassView {
  registrationId: string;
  attendeeIndex: number;
  attendeeName: string;
  /** For manual entry at the door. */
  code: string;
  /** What the QR code encodes: a signed token, not an id. */
  token: string;
  expiresAt: string;
  checkedInAt: string | null;
}

export interface CheckInView {
  registrationId: string;
  organisationName: string;
  attendeeIndex: number;
  attendeeName: string;
  checkedInAt: string;
  /** The attendee had checked in before (a second scan changes nothing). */
  alreadyCheckedIn: boolean;
}

/**
 * Check-in at the door: each attendee's pass (code and signed QR token); organisers check in by
 * scanning the token or typing the code. A token from another event, a forged or expired one,
 * or an unknown code is refused and writes nothing.
 */
@Injectable()
export class CheckInService {
  constructor(
    private readonly registrations: RegistrationsStore,
    private readonly eventAccess: EventAccess,
    private readonly organisations: Organisations,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The attendees' passes of an approved registration (its members and the organisers). */
  async passes(caller: AuthenticatedUser, registrationId: string): Promise<PassView[]> {
    const { registration, event } = await this.eventAccess.ownRegistration(
      caller,
      registrationId,
      true,
    );
    if (registration.status !== 'approved') {
      throw new ConflictError('REGISTRATION_NOT_APPROVED', '报名通过审核后才有入场码');
    }
    const expiresAt = this.expiry(event);
    return (await this.registrations.passes(registration.id)).map((pass) => ({
      registrationId: registration.id,
      attendeeIndex: pass.attendeeIndex,
      attendeeName: registration.attendees[pass.attendeeIndex]?.name ?? '',
      code: pass.code,
      token: signPass(this.config.auth.jwtSecret, {
        eventId: event.id,
        registrationId: registration.id,
        attendeeIndex: pass.attendeeIndex,
        expiresAt: Math.floor(expiresAt.getTime() / 1000),
      }),
      expiresAt: expiresAt.toISOString(),
      checkedInAt: pass.checkedInAt?.toISOString() ?? null,
    }));
  }

  async checkIn(
    caller: AuthenticatedUser,
    eventId: string,
    input: CheckInDto,
  ): Promise<CheckInView> {
    const event = await this.eventAccess.managed(caller, eventId);
    if (event.status !== 'published' && event.status !== 'running') {
      throw wrongEventState(event.status, '签到');
    }
    if (!input.token === !input.code) {
      throw ValidationFailedError.field('token', '请扫描二维码或输入入场码（二选一）');
    }
    const now = this.clock.now();
    return this.transactions.run(async (manager) => {
      let pass: AttendeePass | null;
      if (input.token) {
        const claims = readPass(this.config.auth.jwtSecret, input.token);
        if (!claims) throw invalidPass('二维码无效');
        if (claims.eventId !== eventId) {
          throw new ConflictError('PASS_OTHER_EVENT', '这是其他活动的入场码');
        }
        if (claims.expiresAt * 1000 < now.getTime()) {
          throw new ConflictError('PASS_EXPIRED', '入场码已过期');
        }
        pass = await this.registrations.passOf(
          claims.registrationId,
          claims.attendeeIndex,
          manager,
        );
      } else {
        pass = await this.registrations.passByCode(
          eventId,
          normalisePassCode(input.code ?? ''),
          manager,
        );
        if (!pass && (await this.registrations.passAnywhere(normalisePassCode(input.code ?? '')))) {
          throw new ConflictError('PASS_OTHER_EVENT', '这是其他活动的入场码');
        }
      }
      if (!pass || pass.eventId !== eventId) throw invalidPass('入场码不存在');
      const registration = await this.registrations.byId(pass.registrationId, manager);
      if (!registration || registration.status !== 'approved')
        throw invalidPass('该单位的报名已撤回或未通过');
      const already = pass.checkedInAt !== null;
      if (!already) {
        pass.checkedInAt = now;
        pass.checkedInByUserId = caller.id;
        await this.registrations.savePass(manager, pass);
      }
      const names = await this.organisations.summaries([registration.organisationId], manager);
      return {
        registrationId: registration.id,
        organisationName: names.get(registration.organisationId)?.name ?? '',
        attendeeIndex: pass.attendeeIndex,
        attendeeName: registration.attendees[pass.attendeeIndex]?.name ?? '',
        checkedInAt: (pass.checkedInAt ?? now).toISOString(),
        alreadyCheckedIn: already,
      };
    });
  }

  private expiry(event: MatchmakingEvent): Date {
    return new Date(eventEndsAt(event.days).getTime() + PASS_GRACE_MS);
  }
}

const invalidPass = (message: string) =>
  ValidationFailedError.field('token', message, 'PASS_INVALID');
