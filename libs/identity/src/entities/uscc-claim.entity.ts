import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { Organisation } from './organisation.entity';
import type { User } from './user.entity';

/**
 * `registration`: the organisation's own owner claims the USCC it registered with.
 * `dispute`: someone else says they represent the legal entity behind a USCC another account
 * registered first; approving it makes them the organisation's owner.
 */
export const USCC_CLAIM_KINDS = ['registration', 'dispute'] as const;
export type UsccClaimKind = (typeof USCC_CLAIM_KINDS)[number];

/** `withdrawn`: the claimant took a pending claim back. */
export const USCC_CLAIM_STATUSES = ['pending', 'verified', 'rejected', 'withdrawn'] as const;
export type UsccClaimStatus = (typeof USCC_CLAIM_STATUSES)[number];

/**
 * A claim to represent the legal entity with a 统一社会信用代码. A USCC typed at sign-up is
 * self-declared until an organiser or admin verifies a claim; only a verified claim makes an
 * organisation's identity count as verified (stricter limits apply until then).
 */
@Entity('uscc_claim')
@Check('ck_uscc_claim_kind', `kind IN (${USCC_CLAIM_KINDS.map((k) => `'${k}'`).join(', ')})`)
@Check('ck_uscc_claim_status', `status IN (${USCC_CLAIM_STATUSES.map((s) => `'${s}'`).join(', ')})`)
@Index('uq_uscc_claim_verified', ['uscc'], { unique: true, where: `status = 'verified'` })
@Index('uq_uscc_claim_pending_claimant', ['uscc', 'claimantUserId'], {
  unique: true,
  where: `status = 'pending'`,
})
@Index('ix_uscc_claim_status_created', ['status', 'createdAt'])
@Index('ix_uscc_claim_organisation', ['organisationId'])
@Index('ix_uscc_claim_claimant', ['claimantUserId'])
export class UsccClaim {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'char', length: 18 })
  uscc!: string;

  /** The organisation registered with this USCC (the one a dispute would take over). */
  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne('Organisation', 'usccClaims', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column({ type: 'uuid' })
  claimantUserId!: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'claimant_user_id' })
  claimant?: User;

  @Column({ type: 'text' })
  kind!: UsccClaimKind;

  @Column({ type: 'text', default: 'pending' })
  status!: UsccClaimStatus;

  /** The company name the claimant gives (a dispute may differ from the registered one). */
  @Column({ type: 'text' })
  claimedName!: string;

  /** What the claimant offers as proof: 营业执照 details, an authorisation letter, a contact. */
  @Column({ type: 'text', default: '' })
  evidence!: string;

  @Column({ type: 'text', nullable: true })
  decisionReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedByUserId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
