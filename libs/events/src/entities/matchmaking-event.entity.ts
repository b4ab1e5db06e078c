import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { EVENT_MODES, EVENT_STATES, EventMode, EventState, sqlList } from '../rules/vocabulary';

/** What an event is about: its invitations and proposed meetings are ranked against this. */
export interface EventTheme {
  /** GB/T 4754 codes (门类 letter or 2–4 digits). */
  industryCodes: string[];
  keywords: string[];
  /** GB/T 2260 codes; a province or city covers every code below it. */
  regionCodes: string[];
}

/** A break within a day's window, e.g. lunch; no slot overlaps it. */
export interface DayBreak {
  start: string;
  end: string;
}

/** One day of meetings: a date (China time) and the window slots fill, HH:MM. */
export interface EventDay {
  date: string;
  start: string;
  end: string;
  breaks: DayBreak[];
}

/** A meeting table; tables reserved for online meetings are not given to on-site pairs. */
export interface EventTable {
  name: string;
  online: boolean;
}

/** 对接会: a matchmaking event run by an organiser organisation. */
@Entity('matchmaking_event')
@Check('ck_matchmaking_event_status', `status IN (${sqlList(EVENT_STATES)})`)
@Check('ck_matchmaking_event_mode', `mode IN (${sqlList(EVENT_MODES)})`)
@Check('ck_matchmaking_event_capacity', 'capacity > 0')
@Check('ck_matchmaking_event_slot_minutes', 'slot_minutes BETWEEN 5 AND 240')
@Index('ix_matchmaking_event_organisation', ['organisationId'])
@Index('ix_matchmaking_event_status', ['status'])
export class MatchmakingEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The organising organisation: its organisers (and admins) manage the event. */
  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'uuid' })
  createdByUserId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'jsonb' })
  theme!: EventTheme;

  @Column({ type: 'text' })
  mode!: EventMode;

  @Column({ type: 'text', nullable: true })
  venue!: string | null;

  @Column({ type: 'text', nullable: true })
  address!: string | null;

  /** Online meetings get `<base>/<meeting id>` as their video link. */
  @Column({ type: 'text', nullable: true })
  videoBaseUrl!: string | null;

  @Column({ type: 'jsonb' })
  days!: EventDay[];

  @Column({ type: 'int' })
  slotMinutes!: number;

  @Column({ type: 'jsonb' })
  tables!: EventTable[];

  @Column({ type: 'timestamptz' })
  registrationOpensAt!: Date;

  @Column({ type: 'timestamptz' })
  registrationClosesAt!: Date;

  /** Organisations that may be approved. */
  @Column({ type: 'int' })
  capacity!: number;

  /** Meetings per participant unless its registration says fewer. */
  @Column({ type: 'int', default: 8 })
  defaultMeetingCap!: number;

  /** Minutes past a meeting's start before a side not checked in makes it a no-show. */
  @Column({ type: 'int', default: 10 })
  noShowGraceMinutes!: number;

  /** Requests are accepted on arrival (within the receiver's cap). */
  @Column({ type: 'boolean', default: false })
  autoAccept!: boolean;

  @Column({ type: 'text', default: 'draft' })
  status!: EventState;

  /** Bumped by every schedule run; a published meeting's ICS SEQUENCE follows its own changes. */
  @Column({ type: 'int', default: 0 })
  scheduleRevision!: number;

  @Column({ type: 'timestamptz', nullable: true })
  schedulePublishedAt!: Date | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
