import { Check, Column, Entity, Index } from 'typeorm';
import { decimalTransformer, ListingBase, listingStateCheck } from './listing-base';

export const PATENT_LEGAL_STATUSES = ['pending', 'granted', 'lapsed'] as const;
export type PatentLegalStatus = (typeof PATENT_LEGAL_STATUSES)[number];

export interface AchievementPatent {
  /** Canonical application number, e.g. 202310123456.7 */
  number: string;
  type: string;
  legalStatus: PatentLegalStatus;
  title?: string;
}

/** 开放许可 (一对多) terms, public by design. */
export interface OpenLicenceTerms {
  feeWan?: number;
  royaltyPercent?: number;
  termYears?: number;
  notes?: string;
}

/** 科技成果: a research result offered for transfer. */
@Entity('achievement')
@Check('ck_achievement_status', listingStateCheck)
@Check('ck_achievement_trl', 'trl BETWEEN 1 AND 9')
@Index('ix_achievement_organisation', ['organisationId', 'status'])
@Index('ix_achievement_status_valid_until', ['status', 'validUntil'])
// An organisation's newest published achievements (capability profiles, matching).
@Index('ix_achievement_published_newest', ['organisationId', 'publishedAt', 'id'], {
  where: "status = 'published'",
})
export class Achievement extends ListingBase {
  @Column({ type: 'text' })
  abstract!: string;

  @Column({ type: 'text', default: '' })
  technologyField!: string;

  @Column({ type: 'jsonb', default: [] })
  patents!: AchievementPatent[];

  @Column({ type: 'smallint' })
  trl!: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  transferModes!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  licenceKinds!: string[];

  @Column({ type: 'jsonb', nullable: true })
  openLicenceTerms!: OpenLicenceTerms | null;

  @Column({
    type: 'numeric',
    precision: 12,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  priceWan!: number | null;

  @Column({ type: 'boolean', default: false })
  priceNegotiable!: boolean;

  @Column({ type: 'text', default: '' })
  team!: string;

  @Column({ type: 'text', default: '' })
  institution!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  applicationScenarios!: string[];
}
