import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  AchievementSummaries,
  AchievementSummaryLimits,
  ListingKind,
  ListingRecord,
  ListingRecords,
} from '@rongtong/catalog';
import { Organisations } from '@rongtong/identity';
import { ListingProfile, OrganisationProfile } from '../scoring/match-profiles';
import {
  KEYWORD_KINDS,
  KeywordKind,
  ListingKeywordsService,
} from '../text/listing-keywords.service';

/** The newest achievements read into an organisation's capability text, with all their keywords. */
const ACHIEVEMENT_LIMITS: AchievementSummaryLimits = {
  achievements: 20,
  keywords: Number.POSITIVE_INFINITY,
};

/** A listing record as the scorer reads it; the owner is always there (it owns the row). */
function toListingProfile(listing: ListingRecord): ListingProfile {
  const { owner, updatedAt: _updatedAt, ...fields } = listing;
  return {
    ...fields,
    organisationName: owner?.name ?? '',
    organisationType: owner?.type ?? 'sme',
  };
}

function isKeywordKind(kind: ListingKind): kind is KeywordKind {
  return (KEYWORD_KINDS as readonly string[]).includes(kind);
}

/**
 * Reads listings and organisations in the shape the scorer takes, through the catalog's listing
 * read model and identity's organisations (their tables are theirs).
 */
@Injectable()
export class ProfileLoader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly listingRecords: ListingRecords,
    private readonly organisationsRead: Organisations,
    private readonly achievementSummaries: AchievementSummaries,
    private readonly extractedKeywords: ListingKeywordsService,
  ) {}

  /** Listings by id in any state (callers decide what counts), in the order of `ids`. */
  async listings(
    kind: ListingKind,
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ListingProfile[]> {
    if (ids.length === 0) return [];
    const [byId, extracted] = await Promise.all([
      this.listingRecords.byIds(kind, ids, manager),
      isKeywordKind(kind) ? this.extractedKeywords.of(kind, ids) : new Map<string, string[]>(),
    ]);
    return ids.flatMap((id) => {
      const listing = byId.get(id);
      if (!listing?.owner) return [];
      const profile = toListingProfile(listing);
      const keywords = extracted.get(id);
      return [keywords ? { ...profile, extractedKeywords: keywords } : profile];
    });
  }

  async listing(kind: ListingKind, id: string): Promise<ListingProfile | undefined> {
    return (await this.listings(kind, [id]))[0];
  }

  /** Organisations with their achievements' titles and keywords and their verified certificates. */
  async organisations(
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<OrganisationProfile[]> {
    if (ids.length === 0) return [];
    const [capabilities, achievements] = await Promise.all([
      this.organisationsRead.capabilities(ids, manager),
      this.achievementSummaries.of(ids, ACHIEVEMENT_LIMITS, manager),
    ]);
    return capabilities.map((organisation) => {
      const summary = achievements.get(organisation.id);
      return {
        ...organisation,
        achievementTitles: summary?.titles ?? [],
        achievementKeywords: summary?.keywords ?? [],
      };
    });
  }
}
