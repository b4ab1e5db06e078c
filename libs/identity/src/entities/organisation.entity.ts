import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { SmeCertification } from './sme-certification.entity';
import type { UsccClaim } from './uscc-claim.entity';

export const ORGANISATION_TYPES = [
  'sme',
  'large_enterprise',
  'university',
  'research_institute',
  'service_org',
  'organiser',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** Private contact details: shown only to members, and to a counterpart after mutual consent. */
export interface OrganisationContact {
  name?: string;
  phone?: string;
  email?: string;
  address?: string;
}

@Entity('organisation')
@Check('ck_organisation_type', `type IN (${ORGANISATION_TYPES.map((t) => `'${t}'`).join(', ')})`)
@Index('ix_organisation_region_code', ['regionCode'])
@Index('ix_organisation_industry_code', ['industryCode'])
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  type!: OrganisationType;

  @Column({ type: 'text' })
  name!: string;

  /** 统一社会信用代码, normalised upper case. */
  @Column({ type: 'char', length: 18, unique: true })
  uscc!: string;

  /** GB/T 2260 six-digit code. */
  @Column({ type: 'char', length: 6 })
  regionCode!: string;

  /** GB/T 4754-2017 code: a section letter or 2–4 digits. */
  @Column({ type: 'varchar', length: 4 })
  industryCode!: string;

  @Column({ type: 'text', default: '' })
  profile!: string;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Column({ type: 'jsonb', default: {} })
  contact!: OrganisationContact;

  @OneToMany('SmeCertification', 'organisation')
  certifications?: SmeCertification[];

  @OneToMany('UsccClaim', 'organisation')
  usccClaims?: UsccClaim[];

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
