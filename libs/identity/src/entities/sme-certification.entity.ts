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

/** 梯度培育 tiers, lowest first. */
export const SME_TIERS = ['innovative', 'specialised', 'little_giant', 'single_champion'] as const;
export type SmeTier = (typeof SME_TIERS)[number];
export const CERTIFICATION_LEVELS = ['national', 'provincial', 'city'] as const;
export type CertificationLevel = (typeof CERTIFICATION_LEVELS)[number];
/** `under_review` is 复核: the certificate still counts while it is reviewed. */
export const CERTIFICATION_STATUSES = ['valid', 'under_review', 'revoked'] as const;
export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number];

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

@Entity('sme_certification')
@Check('ck_sme_certification_tier', `tier IN (${list(SME_TIERS)})`)
@Check('ck_sme_certification_level', `level IN (${list(CERTIFICATION_LEVELS)})`)
@Check('ck_sme_certification_status', `status IN (${list(CERTIFICATION_STATUSES)})`)
@Check('ck_sme_certification_dates', 'valid_until > issued_on')
@Index('ix_sme_certification_organisation', ['organisationId'])
export class SmeCertification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne('Organisation', 'certifications', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column({ type: 'text' })
  tier!: SmeTier;

  @Column({ type: 'text' })
  level!: CertificationLevel;

  @Column({ type: 'date' })
  issuedOn!: string;

  @Column({ type: 'date' })
  validUntil!: string;

  @Column({ type: 'text', default: 'valid' })
  status!: CertificationStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
