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

/**
 * pending: waiting for a reviewer (the public name stays); approved: the name changed;
 * rejected: with a reason; withdrawn: replaced by a newer request before anyone decided.
 */
export const NAME_CHANGE_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type NameChangeStatus = (typeof NAME_CHANGE_STATUSES)[number];

/**
 * An owner's request to rename the organisation. Names are what recipients of mails and
 * visitors trust, so a new one goes public only when an organiser or admin approves it; every
 * request stays as the name history.
 */
@Entity('organisation_name_change')
@Check(
  'ck_organisation_name_change_status',
  `status IN (${NAME_CHANGE_STATUSES.map((s) => `'${s}'`).join(', ')})`,
)
@Index('uq_organisation_name_change_pending', ['organisationId'], {
  unique: true,
  where: `status = 'pending'`,
})
@Index('ix_organisation_name_change_organisation', ['organisationId', 'createdAt'])
@Index('ix_organisation_name_change_status', ['status', 'createdAt'])
export class OrganisationNameChange {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne('Organisation', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  /** The public name when the change was requested. */
  @Column({ type: 'text' })
  fromName!: string;

  @Column({ type: 'text' })
  toName!: string;

  @Column({ type: 'text', default: 'pending' })
  status!: NameChangeStatus;

  @Column({ type: 'uuid', nullable: true })
  requestedByUserId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedByUserId!: string | null;

  @Column({ type: 'text', nullable: true })
  decisionReason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
