import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { ListingKind } from '@rongtong/catalog';
import type { OrganisationType, SmeTier, TierCertificate } from '@rongtong/identity';
import { AchievementSummaryLimits, loadAchievementSummaries } from '@rongtong/search';
import { ListingProfile, OrganisationProfile } from '../scoring/match-profiles';

/** The newest achievements read into an organisation's capability text, with all their keywords. */
const ACHIEVEMENT_LIMITS: AchievementSummaryLimits = {
  achievements: 20,
  keywords: Number.POSITIVE_INFINITY,
};

/** Each kind's columns in the common profile shape; raw SQL (hydration is slow on hot paths). */
const KIND_COLUMNS: Record<ListingKind, { table: string; columns: string }> = {
  need: {
    table: 'tech_need',
    columns: `l.description AS body, l.cooperation_modes AS modes, l.desired_trl AS trl,
      l.budget_min_wan AS amount_min, l.budget_max_wan AS amount_max,
      l.budget_negotiable AS negotiable, l.anonymous,
      NULL::text AS min_tier, '{}'::text[] AS eligible_types, '{}'::text[] AS eligible_regions`,
  },
  achievement: {
    table: 'achievement',
    columns: `l.abstract AS body, l.transfer_modes AS modes, l.trl,
      l.price_wan AS amount_min, l.price_wan AS amount_max,
      l.price_negotiable AS negotiable, false AS anonymous,
      NULL::text AS min_tier, '{}'::text[] AS eligible_types, '{}'::text[] AS eligible_regions`,
  },
  challenge: {
    table: 'challenge',
    columns: `l.problem AS body, '{}'::text[] AS modes, NULL::smallint AS trl,
      l.reward_wan AS amount_min, l.reward_wan AS amount_max,
      false AS negotiable, false AS anonymous,
      l.min_tier, l.eligible_organisation_types AS eligible_types,
      l.eligible_region_codes AS eligible_regions`,
  },
};

interface ListingRow {
  id: string;
  version: number;
  organisation_id: string;
  organisation_name: string;
  organisation_type: OrganisationType;
  status: string;
  valid_until: string;
  title: string;
  keywords: string[];
  body: string;
  industry_code: string;
  region_code: string;
  modes: string[];
  trl: number | null;
  amount_min: string | null;
  amount_max: string | null;
  negotiable: boolean;
  anonymous: boolean;
  published_at: Date | null;
  min_tier: SmeTier | null;
  eligible_types: string[];
  eligible_regions: string[];
}

const toNumber = (value: string | null) => (value === null ? null : Number(value));

function toListingProfile(kind: ListingKind, row: ListingRow): ListingProfile {
  return {
    kind,
    id: row.id,
    version: row.version,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    organisationType: row.organisation_type,
    anonymous: row.anonymous,
    status: row.status,
    validUntil: row.valid_until,
    title: row.title,
    keywords: row.keywords,
    body: row.body,
    industryCode: row.industry_code.trim(),
    regionCode: row.region_code.trim(),
    modes: row.modes,
    trl: row.trl,
    amountMinWan: toNumber(row.amount_min),
    amountMaxWan: toNumber(row.amount_max),
    negotiable: row.negotiable,
    publishedAt: row.published_at,
    minTier: row.min_tier,
    eligibleOrganisationTypes: row.eligible_types,
    eligibleRegionCodes: row.eligible_regions,
  };
}

/** Reads listings and organisations in the shape the scorer takes. */
@Injectable()
export class ProfileLoader {
  constructor(private readonly dataSource: DataSource) {}

  /** Listings by id in any state (callers decide what counts), in the order of `ids`. */
  async listings(
    kind: ListingKind,
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ListingProfile[]> {
    if (ids.length === 0) return [];
    const { table, columns } = KIND_COLUMNS[kind];
    const rows: ListingRow[] = await manager.query(
      `SELECT l.id, l.version, l.organisation_id, o.name AS organisation_name, o.type AS organisation_type,
              l.status, l.valid_until::text AS valid_until, l.title, l.keywords,
              l.industry_code, l.region_code, l.published_at, ${columns}
         FROM ${table} l JOIN organisation o ON o.id = l.organisation_id
        WHERE l.id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(rows.map((row) => [row.id, toListingProfile(kind, row)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async listing(kind: ListingKind, id: string): Promise<ListingProfile | undefined> {
    return (await this.listings(kind, [id]))[0];
  }

  /** Organisations with their achievements' titles and keywords and their certifications. */
  async organisations(
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<OrganisationProfile[]> {
    if (ids.length === 0) return [];
    const [organisations, achievements, certifications] = await Promise.all([
      manager.query<
        {
          id: string;
          name: string;
          type: OrganisationType;
          profile: string;
          industry_code: string;
          region_code: string;
        }[]
      >(
        `SELECT id, name, type, profile, industry_code, region_code
           FROM organisation WHERE id = ANY($1::uuid[])`,
        [ids],
      ),
      loadAchievementSummaries(manager, ids, ACHIEVEMENT_LIMITS),
      manager.query<
        {
          organisation_id: string;
          tier: SmeTier;
          issued_on: string;
          valid_until: string;
          status: string;
        }[]
      >(
        `SELECT organisation_id, tier, issued_on::text AS issued_on,
                valid_until::text AS valid_until, status
           FROM sme_certification WHERE organisation_id = ANY($1::uuid[])
          ORDER BY organisation_id, issued_on, id`,
        [ids],
      ),
    ]);
    const profiles = new Map<string, OrganisationProfile>();
    for (const row of organisations) {
      const summary = achievements.get(row.id);
      profiles.set(row.id, {
        id: row.id,
        name: row.name,
        type: row.type,
        profile: row.profile,
        industryCode: row.industry_code.trim(),
        regionCode: row.region_code.trim(),
        achievementTitles: summary?.titles ?? [],
        achievementKeywords: summary?.keywords ?? [],
        certifications: [],
      });
    }
    for (const row of certifications) {
      const certificate: TierCertificate = {
        tier: row.tier,
        issuedOn: row.issued_on,
        validUntil: row.valid_until,
        status: row.status,
      };
      profiles.get(row.organisation_id)?.certifications.push(certificate);
    }
    return ids.flatMap((id) => profiles.get(id) ?? []);
  }
}
