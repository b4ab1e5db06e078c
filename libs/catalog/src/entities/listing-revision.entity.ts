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

export const REVISION_STATES = ['pending', 'approved', 'rejected', 'discarded'] as const;
export type RevisionState = (typeof REVISION_STATES)[number];

/**
 * An edit of a published listing waiting for review. The published row stays live (search,
 * matching, public pages) until a reviewer approves; one pending revision per listing, which
 * further edits by the owner update.
 */
@Entity('listing_revision')
@Check('ck_listing_revision_status', `status IN ('pending', 'approved', 'rejected', 'discarded')`)
@Index('ux_listing_revision_pending', ['listingKind', 'listingId'], {
  unique: true,
  where: `status = 'pending'`,
})
@Index('ix_listing_revision_status_updated', ['status', 'updatedAt'])
export class ListingRevision {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  listingKind!: string;

  @Column({ type: 'uuid' })
  listingId!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'text', default: 'pending' })
  status!: RevisionState;

  /** The proposed values of the changed content fields (already validated and normalised). */
  @Column({ type: 'jsonb' })
  changes!: Record<string, unknown>;

  /** The listing version the last edit was made against. */
  @Column({ type: 'integer' })
  baseVersion!: number;

  @Column({ type: 'uuid' })
  submittedByUserId!: string;

  @Column({ type: 'uuid', nullable: true })
  reviewedByUserId!: string | null;

  /** Why it was rejected. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  /** Moves on every change of the revision; a reviewer's decision carries the one they saw. */
  @VersionColumn()
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
