import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { MEETING_STATUSES, MeetingStatus, sqlList } from '../rules/vocabulary';

/** A 1:1 meeting in the schedule: a pair of registrations at a slot and (on site) a table. */
@Entity('event_meeting')
@Check('ck_event_meeting_status', `status IN (${sqlList(MEETING_STATUSES)})`)
@Check('ck_event_meeting_pair', 'registration_a_id <> registration_b_id')
@Check(
  'ck_event_meeting_table',
  '(online AND table_index IS NULL) OR (NOT online AND table_index IS NOT NULL)',
)
// A table holds one meeting per slot: a concurrent move onto it fails on this index.
@Index('uq_event_meeting_table_slot', ['eventId', 'slot', 'tableIndex'], {
  unique: true,
  where: "status = 'scheduled' AND table_index IS NOT NULL",
})
@Index('ix_event_meeting_a', ['eventId', 'registrationAId'])
@Index('ix_event_meeting_b', ['eventId', 'registrationBId'])
export class EventMeeting {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'uuid' })
  registrationAId!: string;

  @Column({ type: 'uuid' })
  registrationBId!: string;

  /** The accepted request (or system proposal) behind the meeting. */
  @Column({ type: 'uuid', nullable: true })
  requestId!: string | null;

  @Column({ type: 'int' })
  slot!: number;

  @Column({ type: 'int', nullable: true })
  tableIndex!: number | null;

  /** Which attendee of each side holds it (0-based). */
  @Column({ type: 'int', default: 0 })
  personA!: number;

  @Column({ type: 'int', default: 0 })
  personB!: number;

  @Column({ type: 'boolean', default: false })
  online!: boolean;

  /** Pinned by the organiser: a re-run keeps it where it is. */
  @Column({ type: 'boolean', default: false })
  pinned!: boolean;

  @Column({ type: 'text', default: 'scheduled' })
  status!: MeetingStatus;

  /** Set when the schedule holding it was published; a re-run keeps published meetings. */
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** ICS SEQUENCE: bumped on every change after publication, so calendars update in place. */
  @Column({ type: 'int', default: 0 })
  sequence!: number;

  @Column({ type: 'real', default: 0 })
  weight!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
