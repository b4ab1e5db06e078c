import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { SCHEDULE_RUN_STATES, ScheduleRunState, sqlList } from '../rules/vocabulary';

/** What a finished run produced and how good it is. */
export interface ScheduleRunFigures {
  scheduleRevision: number;
  participants: number;
  pairsToMeet: number;
  meetings: number;
  kept: number;
  withoutMeeting: number;
  idleSlots: number;
  weight: number;
  solverMs: number;
  totalMs: number;
}

/** One step the run reported: the organiser's progress bar, and the test that it only rises. */
export interface ScheduleRunStep {
  phase: string;
  progress: number;
  at: string;
}

/**
 * One scheduler run of an event, done by a BullMQ job: the console polls it. At most one run per
 * event is queued or running (a partial unique index), so a second request answers 409.
 */
@Entity('event_schedule_run')
@Check('ck_event_schedule_run_state', `state IN (${sqlList(SCHEDULE_RUN_STATES)})`)
@Check('ck_event_schedule_run_progress', 'progress BETWEEN 0 AND 100')
@Index('uq_event_schedule_run_active', ['eventId'], {
  unique: true,
  where: `state IN ('queued', 'running')`,
})
@Index('ix_event_schedule_run_event', ['eventId', 'requestedAt'])
export class ScheduleRun {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'uuid' })
  requestedByUserId!: string;

  /** Also move published (not pinned) meetings. */
  @Column({ type: 'boolean', default: false })
  replan!: boolean;

  @Column({ type: 'text', default: 'queued' })
  state!: ScheduleRunState;

  @Column({ type: 'int', default: 0 })
  progress!: number;

  @Column({ type: 'text', default: 'queued' })
  phase!: string;

  @Column({ type: 'jsonb', default: [] })
  steps!: ScheduleRunStep[];

  @Column({ type: 'jsonb', nullable: true })
  figures!: ScheduleRunFigures | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
