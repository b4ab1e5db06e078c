import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An evaluator of one challenge (the role exists for that challenge only): a member of the owner
 * organisation, or an external expert invited by email who links an account by the invitation
 * token (kept as a SHA-256 hash, never in plaintext).
 */
@Entity('challenge_evaluator')
@Check('ck_challenge_evaluator_source', `source IN ('member', 'external')`)
@Index('uq_challenge_evaluator_user', ['challengeId', 'userId'], {
  unique: true,
  where: 'user_id IS NOT NULL',
})
@Index('uq_challenge_evaluator_email', ['challengeId', 'email'], { unique: true })
@Index('ix_challenge_evaluator_user', ['userId'])
export class ChallengeEvaluator {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  challengeId!: string;

  /** Null until an external expert accepts the invitation. */
  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  /** Lower-cased. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  source!: 'member' | 'external';

  @Column({ type: 'char', length: 64, nullable: true })
  invitationTokenHash!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  invitationExpiresAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ type: 'uuid' })
  invitedByUserId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
