import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last version of a listing whose matches were computed. Reconciliation re-queues open
 * listings whose current version has no run (their job was lost, or failed for good).
 */
@Entity('match_run')
export class MatchRun {
  @PrimaryColumn({ type: 'text' })
  listingKind!: string;

  @PrimaryColumn({ type: 'uuid' })
  listingId!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'timestamptz' })
  matchedAt!: Date;
}
