import { Check, Column, Entity, Index } from 'typeorm';
import { decimalTransformer, ListingBase, listingStateCheck } from './listing-base';

export interface TechnicalIndicator {
  name: string;
  target: string;
  unit?: string;
}

export interface EvaluationCriterion {
  name: string;
  /** Percent; the criteria of a challenge sum to 100. */
  weight: number;
}

/** 榜单 (发榜): a problem a large enterprise puts up for others to solve. */
@Entity('challenge')
@Check('ck_challenge_status', listingStateCheck)
@Index('ix_challenge_organisation', ['organisationId', 'status'])
@Index('ix_challenge_status_valid_until', ['status', 'validUntil'])
export class Challenge extends ListingBase {
  @Column({ type: 'text' })
  problem!: string;

  @Column({ type: 'jsonb', default: [] })
  technicalIndicators!: TechnicalIndicator[];

  /** 榜额 in 万元. */
  @Column({ type: 'numeric', precision: 12, scale: 2, transformer: decimalTransformer })
  rewardWan!: number;

  /** Eligibility: minimum SME tier on the deadline, if any. */
  @Column({ type: 'text', nullable: true })
  minTier!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  eligibleOrganisationTypes!: string[];

  /** Province, city or county codes; empty means anywhere. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  eligibleRegionCodes!: string[];

  @Column({ type: 'jsonb', default: [] })
  evaluationCriteria!: EvaluationCriterion[];
}
