import { IndustryCatalog, Organisation, RegionCatalog, SmeTier } from '@rongtong/identity';
import type { AchievementSummary } from '@rongtong/catalog';

/** An organisation's public capability profile as Meilisearch holds it: no contact details. */
export interface OrganisationDocument {
  id: string;
  version: number;
  name: string;
  type: string;
  profile: string;
  regionCode: string;
  /** Ancestors, so "a province" or "a city" filters are plain equality filters. */
  regionPrefixes: string[];
  regionName: string;
  industryCode: string;
  industryPrefixes: string[];
  industryName: string;
  /** The verified tier today (OrganisationTiers): what the `minTier` filter reads. */
  currentTier: string | null;
  /** Titles and keywords of its published achievements: what it can do, in its own words. */
  achievementTitles: string[];
  achievementKeywords: string[];
  createdAt: number;
}

export function toOrganisationDocument(
  organisation: Organisation,
  verifiedTier: SmeTier | null,
  achievements: AchievementSummary = { titles: [], keywords: [] },
): OrganisationDocument {
  const regions = RegionCatalog.shared();
  const industries = IndustryCatalog.shared();
  const region = regions.find(organisation.regionCode);
  const industry = industries.find(organisation.industryCode);
  const regionPrefixes = [
    regions.provinceOf(organisation.regionCode),
    regions.cityOf(organisation.regionCode),
    region,
  ]
    .filter((r) => r !== undefined)
    .map((r) => r.code);
  return {
    id: organisation.id,
    version: organisation.version,
    name: organisation.name,
    type: organisation.type,
    profile: organisation.profile,
    regionCode: organisation.regionCode,
    regionPrefixes: [...new Set(regionPrefixes)],
    regionName: region?.fullName ?? '',
    industryCode: organisation.industryCode,
    industryPrefixes: industry
      ? [industry.sectionCode, ...industry.path]
      : [organisation.industryCode],
    industryName: industry?.name ?? '',
    currentTier: verifiedTier,
    achievementTitles: achievements.titles,
    achievementKeywords: achievements.keywords,
    createdAt: Math.floor(organisation.createdAt.getTime() / 1000),
  };
}
