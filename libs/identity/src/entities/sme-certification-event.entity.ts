import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { SmeCertification } from './sme-certification.entity';

export const CERTIFICATION_ACTIONS = [
  'submitted',
  'verified',
  'rejected',
  'revoked',
  'imported',
  'lapsed',
  /** An owner attached or removed an evidence file (its name is the reason). */
  'evidence_added',
  'evidence_removed',
] as const;
export type CertificationAction = (typeof CERTIFICATION_ACTIONS)[number];

/** Every state change of a certificate: who, when, from what to what, and why. */
@Entity('sme_certification_event')
@Index('ix_sme_certification_event_certification', ['certificationId', 'id'])
export class SmeCertificationEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'uuid' })
  certificationId!: string;

  @ManyToOne('SmeCertification', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'certification_id' })
  certification?: SmeCertification;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'text' })
  action!: CertificationAction;

  @Column({ type: 'text', nullable: true })
  fromStatus!: string | null;

  @Column({ type: 'text' })
  toStatus!: string;

  /** Null for the system (a lapse found by the daily job). */
  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
