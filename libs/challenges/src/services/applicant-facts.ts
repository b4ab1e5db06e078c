import { Injectable } from '@nestjs/common';
import { chinaDate } from '@rongtong/common';
import { Organisations, OrganisationTiers, RegionCatalog } from '@rongtong/identity';
import { ChallengeTerms } from '@rongtong/catalog';
import { EligibilityVerdict, judgeEligibility } from '../rules/eligibility';

/**
 * Reads what eligibility needs about an applicant through identity's read interface and judges
 * it. The tier is the highest VERIFIED one valid on the deadline (self-declared tiers never count).
 */
@Injectable()
export class ApplicantFacts {
  constructor(
    private readonly organisations: Organisations,
    private readonly tiers: OrganisationTiers,
  ) {}

  async judge(
    terms: ChallengeTerms,
    organisationId: string,
    deadline: Date,
  ): Promise<EligibilityVerdict> {
    const [organisation] = await this.organisations.capabilities([organisationId]);
    if (!organisation) {
      return {
        eligible: false,
        failed: [{ rule: 'ORGANISATION_TYPE_NOT_ELIGIBLE', message: '机构不存在' }],
      };
    }
    const regions = RegionCatalog.shared();
    return judgeEligibility(
      {
        eligibleOrganisationTypes: terms.eligibleOrganisationTypes,
        eligibleRegionCodes: terms.eligibleRegionCodes,
        minTier: terms.minTier,
      },
      {
        type: organisation.type,
        regionCode: organisation.regionCode,
        verifiedTierOnDeadline: await this.tiers.verifiedTierOn(
          organisationId,
          chinaDate(deadline),
        ),
      },
      chinaDate(deadline),
      (code, ancestor) => regions.isWithin(code, ancestor),
    );
  }
}
