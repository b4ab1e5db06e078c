import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { MEETING_OUTCOMES, MeetingOutcomeKind, sqlList } from '../rules/vocabulary';

/** One side's record of a meeting: no fit, follow-up, or 意向签约 with an amount (万元). */
@Entity('meeting_outcome')
@Check('ck_meeting_outcome_kind', `outcome IN (${sqlList(MEETING_OUTCOMES)})`)
@Check(
  'ck_meeting_outcome_amount',
  "amount_wan IS NULL OR (outcome = 'intent' AND amount_wan >= 0)",
)
@Index('ix_meeting_outcome_event', ['eventId'])
export class MeetingOutcome {
  @PrimaryColumn({ type: 'uuid' })
  meetingId!: string;

  @PrimaryColumn({ type: 'uuid' })
  registrationId!: string;

  @Column({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'text' })
  outcome!: MeetingOutcomeKind;

  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true })
  amountWan!: string | null;

  @Column({ type: 'text', default: '' })
  note!: string;

  @Column({ type: 'uuid' })
  recordedByUserId!: string;

  /** The match an intent moved to negotiating. */
  @Column({ type: 'uuid', nullable: true })
  matchId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
