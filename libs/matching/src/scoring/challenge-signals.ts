import { RegionCatalog, SmeTier, tierAtLeast } from '@rongtong/identity';
import { MatchConfig } from './match-weights';
import { ListingProfile } from './match-profiles';
import { SignalOutcome } from './signals';

/** The signals only challenge candidates have: the tier on the deadline, and eligibility. */

const TIER_ZH: Record<SmeTier, string> = {
  innovative: '创新型中小企业',
  specialised: '专精特新中小企业',
  little_giant: '专精特新“小巨人”',
  single_champion: '制造业单项冠军',
};
const TIER_EN: Record<SmeTier, string> = {
  innovative: 'innovative SME',
  specialised: 'specialised SME',
  little_giant: '"little giant"',
  single_champion: 'manufacturing single champion',
};

/** A tier outcome says which tier and whether it was graded against the challenge's minimum. */
export interface TierOutcome extends SignalOutcome {
  tier: SmeTier;
  againstMinimum: boolean;
}

/** The organisation's tier valid on the challenge's deadline, against its minimum if any. */
export function tierSignal(
  tier: SmeTier | null,
  minTier: SmeTier | null,
  deadline: string,
  config: MatchConfig['tier'],
): TierOutcome | null {
  if (tier === null) return null;
  if (minTier !== null) {
    if (!tierAtLeast(tier, minTier)) return null;
    return {
      kind: 'tier',
      tier,
      againstMinimum: true,
      fraction: 1,
      zh: `梯度培育满足：${TIER_ZH[tier]} ≥ ${TIER_ZH[minTier]}（截止日 ${deadline} 有效）`,
      en: `Tier met: ${TIER_EN[tier]} ≥ ${TIER_EN[minTier]} (valid on the deadline ${deadline})`,
    };
  }
  return {
    kind: 'tier',
    tier,
    againstMinimum: false,
    fraction: config.byTier[tier],
    zh: `梯度培育：${TIER_ZH[tier]}（截止日 ${deadline} 有效）`,
    en: `Tier: ${TIER_EN[tier]} (valid on the deadline ${deadline})`,
  };
}

const ORGANISATION_TYPE_LABELS: Record<string, { zh: string; en: string }> = {
  sme: { zh: '中小企业', en: 'SME' },
  large_enterprise: { zh: '大企业', en: 'large enterprise' },
  university: { zh: '高校', en: 'university' },
  research_institute: { zh: '科研院所', en: 'research institute' },
  service_org: { zh: '服务机构', en: 'service organisation' },
  organiser: { zh: '组织方', en: 'organiser' },
};

/** A candidate that passed the challenge's eligibility filter, and what it met. */
export function eligibilitySignal(
  challenge: Pick<ListingProfile, 'eligibleOrganisationTypes' | 'eligibleRegionCodes'>,
  organisationType: string,
  regionCode: string,
): SignalOutcome {
  const regions = RegionCatalog.shared();
  const parts: { zh: string; en: string }[] = [];
  if (challenge.eligibleOrganisationTypes.length > 0) {
    const label = ORGANISATION_TYPE_LABELS[organisationType] ?? {
      zh: organisationType,
      en: organisationType,
    };
    parts.push({ zh: `类型 ${label.zh}`, en: `type ${label.en}` });
  }
  const region = challenge.eligibleRegionCodes.find((code) => regions.isWithin(regionCode, code));
  if (region) {
    const name = regions.find(region)?.fullName ?? region;
    parts.push({ zh: `地区 ${name}`, en: `region ${name}` });
  }
  return {
    kind: 'eligibility',
    fraction: 1,
    zh: parts.length ? `符合揭榜条件：${parts.map((p) => p.zh).join('，')}` : '符合揭榜条件：不限',
    en: parts.length
      ? `Eligible: ${parts.map((p) => p.en).join(', ')}`
      : 'Eligible: no restrictions',
  };
}
