import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ConflictError, DomainError } from '@rongtong/common';
import { OutboxWriter, TransactionRunner, uniqueViolation } from '@rongtong/database';
import { AuthenticatedUser } from '@rongtong/identity';
import { JobHandler, JobPayload, JobResult } from '@rongtong/jobs';
import { RunScheduleDto } from '../dto/schedule.dto';
import { EventMeeting } from '../entities/event-meeting.entity';
import { ScheduleRun, ScheduleRunFigures } from '../entities/schedule-run.entity';
import { eventSlots } from '../rules/event-calendar';
import { SCHEDULING_STATES } from '../rules/event-states';
import { SCHEDULE_RUN_STATE_LABELS, ScheduleRunState } from '../rules/vocabulary';
import { evaluateSchedule, Schedule, scheduleStepwise, SchedulingInputError } from '../scheduling';
import { EventsStore } from '../stores/events.store';
import { MeetingRequestsStore } from '../stores/meeting-requests.store';
import { MeetingsStore } from '../stores/meetings.store';
import { RegistrationsStore } from '../stores/registrations.store';
import { ScheduleRunsStore } from '../stores/schedule-runs.store';
import { EventAccess } from './event-access';
import { eventNotFound, wrongEventState } from './event-errors';
import { MeetingReminders } from './meeting-reminders';
import { buildInstance } from './schedule-instance';

/** A scheduler run as the organiser's page polls it. */
export interface ScheduleRunView {
  id: string;
  eventId: string;
  state: ScheduleRunState;
  stateLabel: string;
  /** 0–100, never decreasing. */
  progress: number;
  /** queued, loading, a solver phase (seeding … compacting), saving, done. */
  phase: string;
  replan: boolean;
  requestedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** Why a failed run failed (zh-CN when it is a rule of the event). */
  error: string | null;
  /** The result, once done. */
  figures: ScheduleRunFigures | null;
}

const SCHEDULE_SEED = 1;
/** Loading takes the first 5 %, the solver 5–90 %, saving the rest. */
const SOLVER_FROM = 5;
const SOLVER_TO = 90;

export function toScheduleRunView(run: ScheduleRun): ScheduleRunView {
  return {
    id: run.id,
    eventId: run.eventId,
    state: run.state,
    stateLabel: SCHEDULE_RUN_STATE_LABELS[run.state].zh,
    progress: run.progress,
    phase: run.phase,
    replan: run.replan,
    requestedAt: run.requestedAt.toISOString(),
    startedAt: run.startedAt?.toISOString() ?? null,
    finishedAt: run.finishedAt?.toISOString() ?? null,
    error: run.error,
    figures: run.figures,
  };
}

/**
 * Scheduler runs as BullMQ jobs: the organiser's request queues a run (row + outbox event in one
 * transaction; a second one while a run is active answers 409), the worker runs the scheduler
 * over the accepted requests (pinned and published meetings stay unless replan), writes its
 * progress to the row phase by phase, and saves the schedule and the figures atomically.
 */
@Injectable()
export class ScheduleRunner {
  private readonly logger = new Logger(ScheduleRunner.name);

  constructor(
    private readonly events: EventsStore,
    private readonly registrations: RegistrationsStore,
    private readonly requests: MeetingRequestsStore,
    private readonly meetings: MeetingsStore,
    private readonly runs: ScheduleRunsStore,
    private readonly eventAccess: EventAccess,
    private readonly outbox: OutboxWriter,
    private readonly transactions: TransactionRunner,
    private readonly reminders: MeetingReminders,
  ) {}

  /** Queues a run (organisers); 409 while another run of the event is queued or running. */
  async request(
    caller: AuthenticatedUser,
    eventId: string,
    input: RunScheduleDto,
  ): Promise<ScheduleRunView> {
    const managed = await this.eventAccess.managed(caller, eventId);
    if (!SCHEDULING_STATES.includes(managed.status)) throw wrongEventState(managed.status, '排期');
    try {
      const run = await this.transactions.run(async (manager) => {
        await this.runs.failStale(manager, eventId);
        const created = await this.runs.create(manager, {
          eventId,
          requestedByUserId: caller.id,
          replan: input.replan ?? false,
        });
        await this.outbox.append(manager, {
          type: 'event.schedule-requested',
          entityType: 'event_schedule_run',
          entityId: created.id,
          version: 1,
          payload: { runId: created.id },
        });
        return created;
      });
      return toScheduleRunView(run);
    } catch (error) {
      if (uniqueViolation(error) === 'uq_event_schedule_run_active') {
        throw new ConflictError('SCHEDULE_RUN_ACTIVE', '本场活动正在排期，请等待本次排期完成');
      }
      throw error;
    }
  }

  /** The event's latest runs, newest first (organisers). */
  async latest(caller: AuthenticatedUser, eventId: string): Promise<ScheduleRunView[]> {
    await this.eventAccess.managed(caller, eventId);
    return (await this.runs.latest(eventId, 5)).map(toScheduleRunView);
  }

  @JobHandler('events.run-schedule')
  async execute(payload: JobPayload<'events.run-schedule'>): Promise<JobResult> {
    const claimed = await this.transactions.run(async (manager) => {
      const run = await this.runs.byId(payload.runId, manager, true);
      if (!run || run.state === 'done' || run.state === 'failed') return null;
      await this.runs.start(manager, run.id);
      return run;
    });
    if (!claimed) return { status: 'skipped', reason: 'run gone or already finished' };
    try {
      const figures = await this.solveAndSave(claimed);
      return {
        status: 'done',
        detail: `${figures.meetings} meetings, ${figures.withoutMeeting} without one`,
      };
    } catch (error) {
      const permanent = error instanceof DomainError || error instanceof SchedulingInputError;
      const message = error instanceof Error ? error.message : String(error);
      if (!permanent) this.logger.error(`schedule run ${claimed.id} failed: ${message}`);
      await this.runs.fail(claimed.id, permanent ? message : '排期计算出错，请重试');
      return { status: 'failed-permanently', reason: message };
    }
  }

  private async solveAndSave(run: ScheduleRun): Promise<ScheduleRunFigures> {
    const started = performance.now();
    return this.transactions.run(async (manager) => {
      const event = await this.events.byId(run.eventId, manager, true);
      if (!event) throw eventNotFound();
      if (!SCHEDULING_STATES.includes(event.status)) throw wrongEventState(event.status, '排期');
      const approved = await this.registrations.ofEvent(event.id, ['approved'], manager);
      const requests = await this.requests.ofEvent(event.id, manager);
      const preferences = await this.requests.preferencesOfEvent(event.id);
      const existing = await this.meetings.ofEvent(event.id, ['scheduled'], manager);
      const built = buildInstance(event, approved, requests, preferences, existing, run.replan);

      const solveStart = performance.now();
      const steps = scheduleStepwise(built.instance, { seed: SCHEDULE_SEED });
      let schedule: Schedule | undefined;
      while (!schedule) {
        const step = steps.next();
        if (step.done) schedule = step.value;
        else {
          const progress = SOLVER_FROM + (SOLVER_TO - SOLVER_FROM) * step.value.fraction;
          await this.runs.step(run.id, Math.round(progress), step.value.phase);
        }
      }
      const solverMs = performance.now() - solveStart;
      const quality = evaluateSchedule(built.instance, schedule);
      if (quality.violations.length > 0) {
        throw new Error(`The scheduler broke a constraint: ${quality.violations.join('; ')}`);
      }
      await this.runs.step(run.id, SOLVER_TO, 'saving');
      await this.save(
        manager,
        event.id,
        built,
        schedule,
        existing,
        (slot) => eventSlots(event.days, event.slotMinutes)[slot]?.startsAt,
        event.noShowGraceMinutes,
      );
      event.scheduleRevision += 1;
      await this.events.save(manager, event);
      const figures: ScheduleRunFigures = {
        scheduleRevision: event.scheduleRevision,
        participants: approved.length,
        pairsToMeet: built.pairs.length,
        meetings: schedule.meetings.length,
        kept: built.keptMeetings.size,
        withoutMeeting: quality.zeroMeeting,
        idleSlots: quality.idleSlots,
        weight: Math.round(quality.weight * 100) / 100,
        solverMs: Math.round(solverMs),
        totalMs: Math.round(performance.now() - started),
      };
      await this.runs.finish(manager, run.id, figures);
      return figures;
    });
  }

  /**
   * Writes the schedule: a pair's existing meeting is updated in place (its ICS UID stays; a
   * published one that moved gets a higher SEQUENCE and a new reminder), new pairs are inserted,
   * dropped unpublished meetings deleted and dropped published ones cancelled.
   */
  private async save(
    manager: EntityManager,
    eventId: string,
    built: ReturnType<typeof buildInstance>,
    schedule: Schedule,
    existing: readonly EventMeeting[],
    startsAt: (slot: number) => Date | undefined,
    noShowGraceMinutes: number,
  ): Promise<void> {
    const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
    const previous = new Map(
      existing.map((m) => [pairKey(m.registrationAId, m.registrationBId), m]),
    );
    const placed = new Set<string>();
    const inserts: Partial<EventMeeting>[] = [];
    const updates: EventMeeting[] = [];
    const movedIds = new Set<string>();
    for (const m of schedule.meetings) {
      const pair = built.pairs[m.request];
      const key = pairKey(pair.registrationAId, pair.registrationBId);
      placed.add(key);
      const tableIndex = m.table === null ? null : built.tableOfSchedulerTable[m.table];
      const old = previous.get(key);
      const aIsFirst = old ? old.registrationAId === pair.registrationAId : true;
      const values = {
        slot: m.slot,
        tableIndex,
        personA: aIsFirst ? m.personA : m.personB,
        personB: aIsFirst ? m.personB : m.personA,
        online: pair.online,
        weight: pair.weight,
        requestId: pair.requestId,
      };
      if (old) {
        const moved =
          old.slot !== values.slot ||
          old.tableIndex !== values.tableIndex ||
          old.online !== values.online;
        Object.assign(old, values);
        if (moved && old.publishedAt) {
          old.sequence += 1;
          movedIds.add(old.id);
        }
        updates.push(old);
      } else {
        inserts.push({
          eventId,
          registrationAId: pair.registrationAId,
          registrationBId: pair.registrationBId,
          status: 'scheduled',
          ...values,
        });
      }
    }
    const dropped = existing.filter(
      (m) => !placed.has(pairKey(m.registrationAId, m.registrationBId)),
    );
    await this.meetings.deleteByIds(
      manager,
      dropped.filter((m) => m.publishedAt === null).map((m) => m.id),
    );
    for (const m of dropped.filter((d) => d.publishedAt !== null)) {
      m.status = 'cancelled';
      m.sequence += 1;
      await this.meetings.save(manager, m);
    }
    // Free every table first, so moves cannot collide with a meeting not yet moved.
    await this.meetings.parkTables(
      manager,
      eventId,
      updates.map((m) => m.id),
    );
    for (const m of updates) await this.meetings.save(manager, m);
    await this.reminders.schedule(
      manager,
      updates.filter((m) => m.publishedAt !== null && movedIds.has(m.id)),
      startsAt,
      noShowGraceMinutes,
    );
    await this.meetings.insertMany(manager, inserts);
  }
}
