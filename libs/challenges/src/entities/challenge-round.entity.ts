import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/**
 * The application round of one published challenge: the deadline to the second (extendable
 * once, before it passes), the review settings and the award. The challenge itself stays
 * catalog's; this row is created the first time anyone applies or the owner configures it.
 */
@Entity('challenge_round')
export class ChallengeRound {
  @PrimaryColumn({ type: 'uuid' })
  challengeId!: string;

  @Column({ type: 'uuid' })
  ownerOrganisationId!: string;

  @Column({ type: 'timestamptz' })
  deadlineAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  previousDeadlineAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  extendedAt!: Date | null;

  /** Set by the deadline job: applications are closed. */
  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /** Milestones may not fall after this day (China calendar); null: no limit. */
  @Column({ type: 'date', nullable: true })
  deliveryDate!: string | null;

  @Column({ type: 'boolean', default: false })
  allowBudgetOverReward!: boolean;

  /** Evaluators see no applicant names while true. */
  @Column({ type: 'boolean', default: false })
  anonymousReview!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  awardedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  awardNotice!: string | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
