import type { OrganisationType, SmeTier } from '@rongtong/identity';

/** A rule of a challenge an applicant fails; the codes are stable, the page words them. */
export const ELIGIBILITY_RULES = [
  'OWN_CHALLENGE',
  'ORGANISATION_TYPE_NOT_ELIGIBLE',
  'REGION_NOT_ELIGIBLE',
  'TIER_REQUIRED',
] as const;
export type EligibilityRule = (typeof ELIGIBILITY_RULES)[number];

export interface ChallengeRules {
  eligibleOrganisationTypes: readonly string[];
  eligibleRegionCodes: readonly string[];
  minTier: SmeTier | null;
}

export interface ApplicantFacts {
  type: OrganisationType;
  regionCode: string;
  /** The highest verified tier valid on the deadline, or null. */
  verifiedTierOnDeadline: SmeTier | null;
}

export interface EligibilityVerdict {
  eligible: boolean;
  failed: { rule: EligibilityRule; message: string }[];
}

const TIER_ZH: Record<SmeTier, string> = {
  innovative: '创新型中小企业',
  specialised: '专精特新中小企业',
  little_giant: '专精特新“小巨人”企业',
  single_champion: '制造业单项冠军企业',
};

const TIERS: readonly SmeTier[] = ['innovative', 'specialised', 'little_giant', 'single_champion'];

/**
 * Decides who may apply, on the challenge's rules. The minimum tier is an SME rule: it binds
 * SMEs (with a verified certificate valid on the deadline; self-declared tiers do not count)
 * and not universities or institutes, which have no tier. `isWithin` answers whether a region
 * code lies in an eligible province, city or county.
 */
export function judgeEligibility(
  rules: ChallengeRules,
  applicant: ApplicantFacts,
  deadlineDay: string,
  isWithin: (code: string, ancestor: string) => boolean,
): EligibilityVerdict {
  const failed: EligibilityVerdict['failed'] = [];
  if (
    rules.eligibleOrganisationTypes.length > 0 &&
    !rules.eligibleOrganisationTypes.includes(applicant.type)
  ) {
    failed.push({
      rule: 'ORGANISATION_TYPE_NOT_ELIGIBLE',
      message: '机构类型不在榜单允许的揭榜主体范围内',
    });
  }
  if (
    rules.eligibleRegionCodes.length > 0 &&
    !rules.eligibleRegionCodes.some((code) => isWithin(applicant.regionCode, code))
  ) {
    failed.push({ rule: 'REGION_NOT_ELIGIBLE', message: '所在地区不在榜单限定的地区范围内' });
  }
  if (rules.minTier && applicant.type === 'sme') {
    const tier = applicant.verifiedTierOnDeadline;
    if (tier === null || TIERS.indexOf(tier) < TIERS.indexOf(rules.minTier)) {
      failed.push({
        rule: 'TIER_REQUIRED',
        message: `需持有截止日（${deadlineDay}）仍有效、经核验的${TIER_ZH[rules.minTier]}及以上认定`,
      });
    }
  }
  return { eligible: failed.length === 0, failed };
}
