import {
  Column,
  CreateDateColumn,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { Organisation } from '@rongtong/identity';
import { LISTING_STATES, ListingState } from '../vocabulary/listing-states';

export type { ListingState };

export { LISTING_KINDS, type ListingKind } from '@rongtong/common';

export const listingStateCheck = `status IN (${LISTING_STATES.map((s) => `'${s}'`).join(', ')})`;

/** Numeric columns come back from pg as strings; amounts in 万元 as numbers. */
export const decimalTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** Columns every listing has: owner, lifecycle, classification and validity. */
export abstract class ListingBase {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne('Organisation', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column({ type: 'uuid' })
  createdByUserId!: string;

  @Column({ type: 'text', default: 'draft' })
  status!: ListingState;

  @Column({ type: 'text', nullable: true })
  rejectionReason!: string | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  keywords!: string[];

  /** GB/T 4754-2017 code (digits, or a section letter). */
  @Column({ type: 'varchar', length: 4 })
  industryCode!: string;

  /** GB/T 2260 six-digit code. */
  @Column({ type: 'char', length: 6 })
  regionCode!: string;

  /** Last day the listing is open; the expiry job moves it to `expired` after this day. */
  @Column({ type: 'date' })
  validUntil!: string;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
