import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, ConflictError, ValidationFailedError } from '@rongtong/common';
import { TransactionRunner, uniqueViolation } from '@rongtong/database';
import { AuthenticatedUser, Organisations } from '@rongtong/identity';
import { NotificationRecorder } from '@rongtong/notify';
import { MeetingRequestDto, PreferenceDto, RequestAnswerDto } from '../dto/meeting-request.dto';
import { EventRegistration } from '../entities/event-registration.entity';
import { MatchmakingEvent } from '../entities/matchmaking-event.entity';
import { MeetingRequest } from '../entities/meeting-request.entity';
import { REQUEST_STATES } from '../rules/event-states';
import { DECLINE_REASON_LABELS, MeetingPreference } from '../rules/vocabulary';
import { MeetingRequestsStore } from '../stores/meeting-requests.store';
import { RegistrationsStore } from '../stores/registrations.store';
import { EventAccess } from './event-access';
import {
  notParticipant,
  registrationNotFound,
  requestNotFound,
  wrongEventState,
} from './event-errors';
import { MeetingRequestView, toMeetingRequestView } from './event-views';

export interface PreferenceView {
  targetRegistrationId: string;
  preference: MeetingPreference;
}

/**
 * Meeting requests between approved participants: send with a note, accept or decline with a
 * reason (or accepted on arrival in auto-accept mode), within each side's meeting cap, and
 * must-meet / meet / no-thanks preferences. A request both ways is mutual (accepted at once).
 */
@Injectable()
export class MeetingRequestsService {
  constructor(
    private readonly requests: MeetingRequestsStore,
    private readonly registrations: RegistrationsStore,
    private readonly eventAccess: EventAccess,
    private readonly organisations: Organisations,
    private readonly transactions: TransactionRunner,
    private readonly recorder: NotificationRecorder,
    private readonly clock: Clock,
  ) {}

  async send(
    caller: AuthenticatedUser,
    eventId: string,
    input: MeetingRequestDto,
  ): Promise<MeetingRequestView> {
    const { registration: from, event } = await this.eventAccess.ownRegistration(
      caller,
      input.fromRegistrationId,
    );
    if (from.eventId !== eventId) throw registrationNotFound();
    if (from.status !== 'approved') throw notParticipant();
    if (!REQUEST_STATES.includes(event.status)) throw wrongEventState(event.status, '发起洽谈邀约');
    if (input.toRegistrationId === from.id) {
      throw ValidationFailedError.field(
        'toRegistrationId',
        '不能向自己发起洽谈邀约',
        'REQUEST_SELF',
      );
    }
    const to = await this.registrations.byId(input.toRegistrationId);
    if (!to || to.eventId !== eventId || to.status !== 'approved') {
      throw ValidationFailedError.field(
        'toRegistrationId',
        '对方不是本场已通过审核的参会单位',
        'NOT_A_PARTICIPANT',
      );
    }
    if (to.organisationId === from.organisationId) {
      throw ValidationFailedError.field(
        'toRegistrationId',
        '不能向自己发起洽谈邀约',
        'REQUEST_SELF',
      );
    }
    try {
      const saved = await this.transactions.run(async (manager) => {
        const request = await this.requests.insert(manager, {
          eventId,
          fromRegistrationId: from.id,
          toRegistrationId: to.id,
          createdByUserId: caller.id,
          source: 'participant',
          note: input.note?.trim() ?? '',
          status: 'pending',
        });
        const reverse = await this.requests.between(eventId, to.id, from.id, manager);
        const mutual =
          reverse !== null && reverse.status !== 'declined' && reverse.status !== 'cancelled';
        if (mutual || event.autoAccept) {
          await this.accept(manager, event, request);
          if (reverse && reverse.status === 'pending') {
            reverse.status = 'accepted';
            reverse.respondedAt = this.clock.now();
            await this.requests.save(manager, reverse);
          }
        }
        // The receiving organisation hears of it once (the dedup key is the request).
        const names = await this.organisations.summaries([from.organisationId], manager);
        await this.recorder.record(manager, [
          {
            type: 'event.meeting_requested',
            recipients: { organisationId: to.organisationId },
            organisationId: to.organisationId,
            dedupKey: `event.meeting_requested:${request.id}`,
            params: {
              event: { id: event.id, title: event.title },
              fromName: names.get(from.organisationId)?.name ?? '',
              note: request.note,
              accepted: request.status === 'accepted',
            },
            subject: { kind: 'event_registration', id: to.id },
          },
        ]);
        return request;
      });
      return this.view(saved);
    } catch (error) {
      if (uniqueViolation(error) === 'uq_meeting_request_pair') {
        throw new ConflictError('ALREADY_REQUESTED', '已向对方发起过洽谈邀约');
      }
      throw error;
    }
  }

  /** The receiver accepts (within both caps) or declines with a reason. */
  async answer(
    caller: AuthenticatedUser,
    requestId: string,
    input: RequestAnswerDto,
  ): Promise<MeetingRequestView> {
    const found = await this.requests.byId(requestId);
    if (!found) throw requestNotFound();
    const { event } =
      found.source === 'system'
        ? await this.eitherSide(caller, found)
        : await this.ownSide(caller, found.toRegistrationId, requestNotFound);
    if (!REQUEST_STATES.includes(event.status)) throw wrongEventState(event.status, '答复洽谈邀约');
    if (input.answer === 'decline' && !input.reason) {
      throw ValidationFailedError.field('reason', '婉拒时请选择原因');
    }
    const saved = await this.transactions.run(async (manager) => {
      const request = await this.requests.byId(requestId, manager, true);
      if (!request) throw requestNotFound();
      if (request.status !== 'pending') {
        throw new ConflictError('REQUEST_ANSWERED', '该邀约已答复或已撤回');
      }
      let answered: MeetingRequest;
      if (input.answer === 'accept') {
        answered = await this.accept(manager, event, request);
      } else {
        request.status = 'declined';
        request.declineReason = input.reason ?? 'other';
        request.declineNote = input.note?.trim() || null;
        request.respondedAt = this.clock.now();
        answered = await this.requests.save(manager, request);
      }
      await this.tellRequester(manager, event, answered);
      return answered;
    });
    return this.view(saved);
  }

  /**
   * The requester hears the answer once (the dedup key is the request and its answer). A
   * system proposal has no requester: either side answers it, and nobody is told.
   */
  private async tellRequester(
    manager: EntityManager,
    event: MatchmakingEvent,
    request: MeetingRequest,
  ): Promise<void> {
    if (request.source !== 'participant') return;
    const [requester, answerer] = await Promise.all([
      this.registrations.byId(request.fromRegistrationId, manager),
      this.registrations.byId(request.toRegistrationId, manager),
    ]);
    if (!requester || !answerer) return;
    const names = await this.organisations.summaries([answerer.organisationId], manager);
    const accepted = request.status === 'accepted';
    await this.recorder.record(manager, [
      {
        type: 'event.meeting_request_answered',
        recipients: { organisationId: requester.organisationId },
        organisationId: requester.organisationId,
        dedupKey: `event.meeting_request_answered:${request.id}:${request.status}`,
        params: {
          event: { id: event.id, title: event.title },
          counterpartName: names.get(answerer.organisationId)?.name ?? '',
          accepted,
          reason:
            !accepted && request.declineReason
              ? {
                  zh: DECLINE_REASON_LABELS[request.declineReason].zh,
                  en: DECLINE_REASON_LABELS[request.declineReason].en,
                }
              : null,
          note: accepted ? null : request.declineNote,
        },
        subject: { kind: 'event_registration', id: requester.id },
      },
    ]);
  }

  /** The sender withdraws a pending or accepted request. */
  async cancel(caller: AuthenticatedUser, requestId: string): Promise<MeetingRequestView> {
    const found = await this.requests.byId(requestId);
    if (!found) throw requestNotFound();
    const { event } = await this.ownSide(caller, found.fromRegistrationId, requestNotFound);
    if (!REQUEST_STATES.includes(event.status)) throw wrongEventState(event.status, '撤回洽谈邀约');
    const saved = await this.transactions.run(async (manager) => {
      const request = await this.requests.byId(requestId, manager, true);
      if (!request) throw requestNotFound();
      if (request.status === 'declined' || request.status === 'cancelled') {
        throw new ConflictError('REQUEST_ANSWERED', '该邀约已被婉拒或已撤回');
      }
      request.status = 'cancelled';
      return this.requests.save(manager, request);
    });
    return this.view(saved);
  }

  /** Requests the registration sent and received (its own members, or the organisers). */
  async ofRegistration(
    caller: AuthenticatedUser,
    registrationId: string,
  ): Promise<MeetingRequestView[]> {
    const { registration } = await this.eventAccess.ownRegistration(caller, registrationId, true);
    const rows = await this.requests.involving(registration.eventId, registration.id);
    return this.views(rows);
  }

  /** Every request of the event: the organisers' view. */
  async ofEvent(caller: AuthenticatedUser, eventId: string): Promise<MeetingRequestView[]> {
    await this.eventAccess.managed(caller, eventId);
    return this.views(await this.requests.ofEvent(eventId));
  }

  async setPreference(caller: AuthenticatedUser, input: PreferenceDto): Promise<PreferenceView[]> {
    const { registration, event } = await this.eventAccess.ownRegistration(
      caller,
      input.registrationId,
    );
    if (registration.status !== 'approved') throw notParticipant();
    if (!REQUEST_STATES.includes(event.status)) throw wrongEventState(event.status, '设置洽谈意愿');
    const target = await this.registrations.byId(input.targetRegistrationId);
    if (
      !target ||
      target.eventId !== event.id ||
      target.status !== 'approved' ||
      target.id === registration.id
    ) {
      throw ValidationFailedError.field(
        'targetRegistrationId',
        '对方不是本场已通过审核的其他参会单位',
        'NOT_A_PARTICIPANT',
      );
    }
    await this.requests.setPreference(
      event.id,
      registration.id,
      target.id,
      input.preference === 'none' ? null : input.preference,
    );
    return this.preferences(caller, registration.id);
  }

  async preferences(caller: AuthenticatedUser, registrationId: string): Promise<PreferenceView[]> {
    const { registration } = await this.eventAccess.ownRegistration(caller, registrationId, true);
    const rows = await this.requests.preferencesOf(registration.id);
    return rows.map((row) => ({
      targetRegistrationId: row.targetRegistrationId,
      preference: row.preference,
    }));
  }

  /**
   * Accepts within the caps of both sides: their registrations are locked (in id order) so two
   * concurrent accepts cannot both take a participant's last meeting.
   */
  private async accept(
    manager: EntityManager,
    event: MatchmakingEvent,
    request: MeetingRequest,
  ): Promise<MeetingRequest> {
    const locked = await this.registrations.lockAll(manager, [
      request.fromRegistrationId,
      request.toRegistrationId,
    ]);
    for (const side of locked) {
      const partner =
        side.id === request.fromRegistrationId
          ? request.toRegistrationId
          : request.fromRegistrationId;
      const partners = await this.requests.acceptedPartners(event.id, side.id, manager);
      const cap = side.meetingCap ?? event.defaultMeetingCap;
      if (!partners.has(partner) && partners.size >= cap) {
        throw new ConflictError(
          'MEETING_CAP_REACHED',
          `${side.id === request.toRegistrationId ? '对方' : '本单位'}的洽谈数量已达上限（${cap} 场）`,
        );
      }
    }
    request.status = 'accepted';
    request.respondedAt = this.clock.now();
    return this.requests.save(manager, request);
  }

  private async ownSide(
    caller: AuthenticatedUser,
    registrationId: string,
    notFound: () => Error,
  ): Promise<{ registration: EventRegistration; event: MatchmakingEvent }> {
    try {
      return await this.eventAccess.ownRegistration(caller, registrationId);
    } catch {
      throw notFound();
    }
  }

  /** A system proposal is answered by either side. */
  private async eitherSide(
    caller: AuthenticatedUser,
    request: MeetingRequest,
  ): Promise<{ registration: EventRegistration; event: MatchmakingEvent }> {
    try {
      return await this.eventAccess.ownRegistration(caller, request.toRegistrationId);
    } catch {
      return this.ownSide(caller, request.fromRegistrationId, requestNotFound);
    }
  }

  private async view(request: MeetingRequest): Promise<MeetingRequestView> {
    return (await this.views([request]))[0];
  }

  private async views(rows: readonly MeetingRequest[]): Promise<MeetingRequestView[]> {
    const ids = [...new Set(rows.flatMap((r) => [r.fromRegistrationId, r.toRegistrationId]))];
    const registrations = await Promise.all(ids.map((id) => this.registrations.byId(id)));
    const present = registrations.filter((r): r is EventRegistration => r !== null);
    const summaries = await this.organisations.summaries(present.map((r) => r.organisationId));
    const names = new Map(present.map((r) => [r.id, summaries.get(r.organisationId)?.name ?? '']));
    return rows.map((row) => toMeetingRequestView(row, names));
  }
}
