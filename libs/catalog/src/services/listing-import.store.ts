import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { ListingKind } from '@rongtong/common';
import type { Achievement } from '../entities/achievement.entity';
import type { Challenge } from '../entities/challenge.entity';
import type { TechNeed } from '../entities/tech-need.entity';

type ImportRow<T> = Omit<T, 'organisation' | 'version' | 'createdAt' | 'updatedAt'> & {
  createdAt: Date;
  updatedAt: Date;
};
/** A listing built elsewhere (the demo data), written as it is, version 1. */
export type AchievementRow = ImportRow<Achievement>;
export type TechNeedRow = ImportRow<TechNeed>;
export type ChallengeRow = ImportRow<Challenge>;

/** The import row of each listing kind. */
export interface ListingImportRows {
  achievement: AchievementRow;
  need: TechNeedRow;
  challenge: ChallengeRow;
}

interface Column<R> {
  name: string;
  value: (row: R) => unknown;
  cast?: string;
}

const json = (value: unknown): string => JSON.stringify(value);

/** Columns shared by every listing table, in the order of ListingBase. */
function baseColumns<R extends AchievementRow | TechNeedRow | ChallengeRow>(): Column<R>[] {
  return [
    { name: 'id', value: (r) => r.id, cast: '::uuid' },
    { name: 'organisation_id', value: (r) => r.organisationId, cast: '::uuid' },
    { name: 'created_by_user_id', value: (r) => r.createdByUserId, cast: '::uuid' },
    { name: 'status', value: (r) => r.status },
    { name: 'rejection_reason', value: (r) => r.rejectionReason },
    { name: 'title', value: (r) => r.title },
    { name: 'keywords', value: (r) => r.keywords, cast: '::text[]' },
    { name: 'industry_code', value: (r) => r.industryCode },
    { name: 'region_code', value: (r) => r.regionCode },
    { name: 'valid_until', value: (r) => r.validUntil, cast: '::date' },
    { name: 'published_at', value: (r) => r.publishedAt, cast: '::timestamptz' },
    { name: 'version', value: () => 1, cast: '::integer' },
    { name: 'created_at', value: (r) => r.createdAt, cast: '::timestamptz' },
    { name: 'updated_at', value: (r) => r.updatedAt, cast: '::timestamptz' },
  ];
}

const COLUMNS: { [K in ListingKind]: readonly Column<ListingImportRows[K]>[] } = {
  achievement: [
    ...baseColumns<AchievementRow>(),
    { name: 'abstract', value: (r) => r.abstract },
    { name: 'technology_field', value: (r) => r.technologyField },
    { name: 'patents', value: (r) => json(r.patents), cast: '::jsonb' },
    { name: 'trl', value: (r) => r.trl, cast: '::smallint' },
    { name: 'transfer_modes', value: (r) => r.transferModes, cast: '::text[]' },
    { name: 'licence_kinds', value: (r) => r.licenceKinds, cast: '::text[]' },
    {
      name: 'open_licence_terms',
      value: (r) => (r.openLicenceTerms === null ? null : json(r.openLicenceTerms)),
      cast: '::jsonb',
    },
    { name: 'price_wan', value: (r) => r.priceWan, cast: '::numeric' },
    { name: 'price_negotiable', value: (r) => r.priceNegotiable, cast: '::boolean' },
    { name: 'team', value: (r) => r.team },
    { name: 'institution', value: (r) => r.institution },
    { name: 'application_scenarios', value: (r) => r.applicationScenarios, cast: '::text[]' },
  ],
  need: [
    ...baseColumns<TechNeedRow>(),
    { name: 'description', value: (r) => r.description },
    { name: 'cooperation_modes', value: (r) => r.cooperationModes, cast: '::text[]' },
    { name: 'budget_min_wan', value: (r) => r.budgetMinWan, cast: '::numeric' },
    { name: 'budget_max_wan', value: (r) => r.budgetMaxWan, cast: '::numeric' },
    { name: 'budget_negotiable', value: (r) => r.budgetNegotiable, cast: '::boolean' },
    { name: 'desired_trl', value: (r) => r.desiredTrl, cast: '::smallint' },
    { name: 'anonymous', value: (r) => r.anonymous, cast: '::boolean' },
  ],
  challenge: [
    ...baseColumns<ChallengeRow>(),
    { name: 'problem', value: (r) => r.problem },
    { name: 'technical_indicators', value: (r) => json(r.technicalIndicators), cast: '::jsonb' },
    { name: 'reward_wan', value: (r) => r.rewardWan, cast: '::numeric' },
    { name: 'min_tier', value: (r) => r.minTier },
    {
      name: 'eligible_organisation_types',
      value: (r) => r.eligibleOrganisationTypes,
      cast: '::text[]',
    },
    { name: 'eligible_region_codes', value: (r) => r.eligibleRegionCodes, cast: '::text[]' },
    { name: 'evaluation_criteria', value: (r) => json(r.evaluationCriteria), cast: '::jsonb' },
  ],
};

const TABLES: Record<ListingKind, string> = {
  need: 'tech_need',
  achievement: 'achievement',
  challenge: 'challenge',
};

/**
 * Bulk writes of listings built outside the API (the demo data): many rows per statement, each
 * row as given. The caller writes the `listing.changed` events for the rows inserted, in the
 * same transaction, as ListingWriter does one at a time.
 */
@Injectable()
export class ListingImportStore {
  constructor(private readonly dataSource: DataSource) {}

  /** How many of these ids exist, over all three listing tables. */
  async countExisting(ids: readonly string[]): Promise<number> {
    const [row] = await this.dataSource.query<{ count: string }[]>(
      `SELECT (SELECT count(*) FROM achievement WHERE id = ANY($1::uuid[]))
            + (SELECT count(*) FROM tech_need WHERE id = ANY($1::uuid[]))
            + (SELECT count(*) FROM challenge WHERE id = ANY($1::uuid[])) AS count`,
      [ids],
    );
    return Number(row.count);
  }

  /**
   * One multi-row INSERT … ON CONFLICT (id) DO NOTHING; the ids inserted now, in row order.
   * 25 columns × 500 rows stays far below pg's 65,535 parameters: callers batch by 500.
   */
  async insertMissing<K extends ListingKind>(
    manager: EntityManager,
    kind: K,
    rows: readonly ListingImportRows[K][],
  ): Promise<string[]> {
    if (rows.length === 0) return [];
    const columns = COLUMNS[kind];
    const params: unknown[] = [];
    const tuples = rows.map(
      (row) =>
        `(${columns
          .map((column) => {
            params.push(column.value(row));
            return `$${params.length}${column.cast ?? ''}`;
          })
          .join(', ')})`,
    );
    const inserted = await manager.query<{ id: string }[]>(
      `INSERT INTO ${TABLES[kind]} (${columns.map((column) => column.name).join(', ')})
       VALUES ${tuples.join(',\n')}
       ON CONFLICT (id) DO NOTHING
       RETURNING id`,
      params,
    );
    return inserted.map((row) => row.id);
  }
}
