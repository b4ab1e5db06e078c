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
import { APPLICATION_STAGES, ApplicationStage, NOT_SELECTED_REASONS } from '../rules/vocabulary';
import type { Proposal } from '../rules/proposal';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** 揭榜申请: one per organisation per challenge, a draft until submitted. */
@Entity('challenge_application')
@Unique('uq_challenge_application_organisation', ['challengeId', 'organisationId'])
@Check('ck_challenge_application_stage', `stage IN (${list(APPLICATION_STAGES)})`)
@Check(
  'ck_challenge_application_reason',
  `decision_reason IS NULL OR decision_reason IN (${list(NOT_SELECTED_REASONS)})`,
)
@Index('ix_challenge_application_challenge', ['challengeId', 'stage'])
@Index('ix_challenge_application_organisation', ['organisationId'])
export class ChallengeApplication {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  challengeId!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'uuid' })
  createdByUserId!: string;

  @Column({ type: 'text', default: 'draft' })
  stage!: ApplicationStage;

  @Column({ type: 'jsonb', default: {} })
  proposal!: Partial<Proposal>;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  decisionReason!: string | null;

  @Column({ type: 'text', nullable: true })
  decisionNote!: string | null;

  /** 万元, when awarded. */
  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true })
  awardWan!: string | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
