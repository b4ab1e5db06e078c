import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import {
  DECLINE_REASONS,
  DeclineReason,
  REQUEST_SOURCES,
  REQUEST_STATUSES,
  RequestSource,
  RequestStatus,
  sqlList,
} from '../rules/vocabulary';

/** A matching signal behind a proposed meeting, in both languages. */
export interface RequestReason {
  zh: string;
  en: string;
}

/** One participant asks another for a meeting (or the system proposes one from matching). */
@Entity('meeting_request')
@Unique('uq_meeting_request_pair', ['eventId', 'fromRegistrationId', 'toRegistrationId'])
@Check('ck_meeting_request_not_self', 'from_registration_id <> to_registration_id')
@Check('ck_meeting_request_status', `status IN (${sqlList(REQUEST_STATUSES)})`)
@Check('ck_meeting_request_source', `source IN (${sqlList(REQUEST_SOURCES)})`)
@Check(
  'ck_meeting_request_reason',
  `decline_reason IS NULL OR decline_reason IN (${sqlList(DECLINE_REASONS)})`,
)
@Index('ix_meeting_request_to', ['eventId', 'toRegistrationId'])
@Index('ix_meeting_request_from', ['eventId', 'fromRegistrationId'])
export class MeetingRequest {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'uuid' })
  fromRegistrationId!: string;

  @Column({ type: 'uuid' })
  toRegistrationId!: string;

  /** The user who sent it; null for a system proposal. */
  @Column({ type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @Column({ type: 'text', default: 'participant' })
  source!: RequestSource;

  @Column({ type: 'text', default: '' })
  note!: string;

  @Column({ type: 'text', default: 'pending' })
  status!: RequestStatus;

  @Column({ type: 'text', nullable: true })
  declineReason!: DeclineReason | null;

  @Column({ type: 'text', nullable: true })
  declineNote!: string | null;

  /** 匹配度 of the pair's best listing match, 0–100, when there is one. */
  @Column({ type: 'int', nullable: true })
  matchScore!: number | null;

  @Column({ type: 'jsonb', default: [] })
  reasons!: RequestReason[];

  @Column({ type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
