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
import type { MembershipRole } from './membership.entity';

/** An owner's invitation to an email address; the token is stored hashed. */
@Entity('invitation')
@Check('ck_invitation_role', `role IN ('owner', 'member')`)
@Index('ix_invitation_organisation', ['organisationId'])
export class Invitation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne('Organisation', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  role!: MembershipRole;

  @Column({ type: 'text', unique: true, select: false })
  tokenHash!: string;

  @Column({ type: 'uuid' })
  invitedByUserId!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acceptedByUserId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
