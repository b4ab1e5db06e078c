import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { SmeTier } from '@rongtong/identity';
import type { EvaluationCriterion, TechnicalIndicator } from '../entities/challenge.entity';
import type { ListingState } from '../entities/listing-base';

/** What applying to and reviewing a challenge needs: its rules, indicators, criteria and 榜额. */
export interface ChallengeTerms {
  id: string;
  organisationId: string;
  status: ListingState;
  title: string;
  /** 榜额, 万元. */
  rewardWan: number;
  /** Last open day (China calendar). */
  validUntil: string;
  minTier: SmeTier | null;
  eligibleOrganisationTypes: string[];
  eligibleRegionCodes: string[];
  technicalIndicators: TechnicalIndicator[];
  evaluationCriteria: EvaluationCriterion[];
}

interface ChallengeTermsRow extends Omit<ChallengeTerms, 'rewardWan'> {
  rewardWan: string;
}

/** Challenges as the challenges context reads them (揭榜 applications and review). */
@Injectable()
export class ChallengeTermsStore {
  constructor(private readonly dataSource: DataSource) {}

  async byId(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ChallengeTerms | undefined> {
    const rows = await manager.query<ChallengeTermsRow[]>(
      `SELECT id, organisation_id AS "organisationId", status, title, reward_wan AS "rewardWan",
              valid_until::text AS "validUntil", min_tier AS "minTier",
              eligible_organisation_types AS "eligibleOrganisationTypes",
              eligible_region_codes AS "eligibleRegionCodes",
              technical_indicators AS "technicalIndicators",
              evaluation_criteria AS "evaluationCriteria"
         FROM challenge WHERE id = $1`,
      [id],
    );
    const row = rows[0];
    return row ? { ...row, rewardWan: Number(row.rewardWan) } : undefined;
  }
}
