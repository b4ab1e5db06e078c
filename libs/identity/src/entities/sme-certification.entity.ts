import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Organisation } from './organisation.entity';

/** 梯度培育 tiers, lowest first. */
export const SME_TIERS = ['innovative', 'specialised', 'little_giant', 'single_champion'] as const;
export type SmeTier = (typeof SME_TIERS)[number];
export const CERTIFICATION_LEVELS = ['national', 'provincial', 'city'] as const;
export type CertificationLevel = (typeof CERTIFICATION_LEVELS)[number];
/**
 * `pending`: submitted by the organisation, not yet checked (counts for nothing);
 * `verified`: checked by an organiser or admin, or imported from an official list;
 * `under_review`: 复核 of a verified certificate, which still counts meanwhile;
 * `rejected` (with a reason) and `revoked` count for nothing.
 */
export const CERTIFICATION_STATUSES = [
  'pending',
  'verified',
  'under_review',
  'rejected',
  'revoked',
] as const;
export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number];
/** Where a certificate came from: the organisation's own submission, or an official list. */
export const CERTIFICATION_SOURCES = ['submitted', 'official_list'] as const;
export type CertificationSource = (typeof CERTIFICATION_SOURCES)[number];

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

@Entity('sme_certification')
@Check('ck_sme_certification_tier', `tier IN (${list(SME_TIERS)})`)
@Check('ck_sme_certification_level', `level IN (${list(CERTIFICATION_LEVELS)})`)
@Check('ck_sme_certification_status', `status IN (${list(CERTIFICATION_STATUSES)})`)
@Check('ck_sme_certification_source', `source IN (${list(CERTIFICATION_SOURCES)})`)
@Check('ck_sme_certification_dates', 'valid_until > issued_on')
@Index('ix_sme_certification_organisation', ['organisationId'])
@Index('ix_sme_certification_status', ['status', 'createdAt'])
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

  @Column({ type: 'text', default: 'pending' })
  status!: CertificationStatus;

  @Column({ type: 'text', default: 'submitted' })
  source!: CertificationSource;

  /** 证书编号 / 文号 as printed on the certificate or list. */
  @Column({ type: 'text', nullable: true })
  certificateNumber!: string | null;

  /** 认定机关, e.g. 工业和信息化部 or 辽宁省工业和信息化厅. */
  @Column({ type: 'text', nullable: true })
  issuingAuthority!: string | null;

  /** The year of the published list (年度名单) that names the organisation. */
  @Column({ type: 'int', nullable: true })
  listYear!: number | null;

  /** The reason of the last rejection or revocation. */
  @Column({ type: 'text', nullable: true })
  decisionReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedByUserId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  /** Set when a counting certificate's validity ended and the organisation was re-indexed. */
  @Column({ type: 'timestamptz', nullable: true })
  lapsedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
