import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import {
  ATTENDANCE_MODES,
  AttendanceMode,
  BroughtListingKind,
  REGISTRATION_STATUSES,
  RegistrationStatus,
  sqlList,
} from '../rules/vocabulary';

/** A listing the organisation brings, with its title when it registered. */
export interface BroughtListing {
  kind: BroughtListingKind;
  id: string;
  title: string;
}

/** Who comes for the organisation (1–3 people): each may hold a meeting in the same slot. */
export interface Attendee {
  name: string;
  title: string;
  mobile: string | null;
  email: string | null;
}

/** An organisation's registration for an event: what it brings, who comes, when it cannot. */
@Entity('event_registration')
@Unique('uq_event_registration_organisation', ['eventId', 'organisationId'])
@Check('ck_event_registration_status', `status IN (${sqlList(REGISTRATION_STATUSES)})`)
@Check('ck_event_registration_attendance', `attendance IN (${sqlList(ATTENDANCE_MODES)})`)
@Check('ck_event_registration_cap', 'meeting_cap IS NULL OR meeting_cap BETWEEN 0 AND 100')
@Index('ix_event_registration_event', ['eventId', 'status'])
@Index('ix_event_registration_organisation', ['organisationId'])
export class EventRegistration {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'uuid' })
  registeredByUserId!: string;

  @Column({ type: 'text', default: 'pending' })
  status!: RegistrationStatus;

  @Column({ type: 'jsonb', default: [] })
  listings!: BroughtListing[];

  @Column({ type: 'jsonb' })
  attendees!: Attendee[];

  @Column({ type: 'text', default: 'onsite' })
  attendance!: AttendanceMode;

  /** Slot indexes the participant cannot make. */
  @Column({ type: 'int', array: true, default: () => "'{}'" })
  unavailableSlots!: number[];

  /** Most meetings for this participant; null takes the event's default. */
  @Column({ type: 'int', nullable: true })
  meetingCap!: number | null;

  @Column({ type: 'text', nullable: true })
  decisionNote!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
