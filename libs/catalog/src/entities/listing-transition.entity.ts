import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Every state change of a listing: who, when, from, to, and why. */
@Entity('listing_transition')
@Index('ix_listing_transition_listing', ['listingKind', 'listingId'])
export class ListingStateChange {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'text' })
  listingKind!: string;

  @Column({ type: 'uuid' })
  listingId!: string;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text' })
  fromState!: string;

  @Column({ type: 'text' })
  toState!: string;

  /** Null for the system (expiry). */
  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
