import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '@rongtong/common';
import { OutboxWriter, TransactionRunner } from '@rongtong/database';
import {
  DEMO_ORGANISATIONS,
  makeValidUscc,
  Membership,
  Organisation,
  OrganisationType,
} from '@rongtong/identity';
import { LISTING_KINDS, ListingKind } from '../entities/listing-base';
import { CslPaper, loadCslPapers } from './csl-corpus';
import {
  AchievementRow,
  buildDemoListings,
  ChallengeRow,
  DemoListingSet,
  DemoOwner,
  DemoOwners,
  TechNeedRow,
} from './demo-listing-builder';

/** Rows per INSERT and per transaction (25 columns × 500 rows stays far below pg's 65,535). */
export const DEMO_SEED_BATCH = 500;

export interface DemoListingsSeedResult {
  /** Listings inserted by this run, per kind (0 when everything was there already). */
  inserted: Record<ListingKind, number>;
  /** Demo listings built, per kind, whether inserted now or before. */
  total: Record<ListingKind, number>;
  published: number;
  /** The demo organisations were missing (run DemoIdentitySeeder first), nothing was done. */
  skipped: boolean;
  elapsedMs: number;
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

const ACHIEVEMENT_COLUMNS: Column<AchievementRow>[] = [
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
];

const NEED_COLUMNS: Column<TechNeedRow>[] = [
  ...baseColumns<TechNeedRow>(),
  { name: 'description', value: (r) => r.description },
  { name: 'cooperation_modes', value: (r) => r.cooperationModes, cast: '::text[]' },
  { name: 'budget_min_wan', value: (r) => r.budgetMinWan, cast: '::numeric' },
  { name: 'budget_max_wan', value: (r) => r.budgetMaxWan, cast: '::numeric' },
  { name: 'budget_negotiable', value: (r) => r.budgetNegotiable, cast: '::boolean' },
  { name: 'desired_trl', value: (r) => r.desiredTrl, cast: '::smallint' },
  { name: 'anonymous', value: (r) => r.anonymous, cast: '::boolean' },
];

const CHALLENGE_COLUMNS: Column<ChallengeRow>[] = [
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
];

const TABLES: Record<ListingKind, string> = {
  need: 'tech_need',
  achievement: 'achievement',
  challenge: 'challenge',
};

/**
 * About 2,000 published demo listings (and a few drafts and pending ones for the review queue)
 * written from the CSL papers, owned by the demo organisations of DemoIdentitySeeder.
 *
 * Idempotent: every listing has a name-based id derived from its kind and CSL paper, rows are
 * inserted with ON CONFLICT DO NOTHING, and a `listing.changed` outbox event is written, in the
 * same transaction, only for the rows actually inserted — as ListingWriter does one at a time.
 * A listing a user edited or closed is left as it is; one a user deleted comes back.
 */
@Injectable()
export class DemoListingsSeeder {
  private readonly logger = new Logger(DemoListingsSeeder.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly outbox: OutboxWriter,
  ) {}

  async seed(papers: readonly CslPaper[] = loadCslPapers()): Promise<DemoListingsSeedResult> {
    const started = performance.now();
    const zero = (): Record<ListingKind, number> => ({ need: 0, achievement: 0, challenge: 0 });
    const owners = await this.findOwners();
    if (!owners) {
      this.logger.warn('Demo listings skipped: the demo organisations do not exist');
      return {
        inserted: zero(),
        total: zero(),
        published: 0,
        skipped: true,
        elapsedMs: performance.now() - started,
      };
    }

    const listings = buildDemoListings(papers, owners, { now: this.clock.now() });
    const rows: { [K in ListingKind]: RowsOf<K>[] } = {
      achievement: listings.achievements,
      need: listings.needs,
      challenge: listings.challenges,
    };
    const inserted = zero();
    const total = zero();
    for (const kind of LISTING_KINDS) total[kind] = rows[kind].length;

    const ids = LISTING_KINDS.flatMap((kind) => rows[kind].map((row) => row.id));
    if ((await this.countExisting(ids)) < ids.length) {
      inserted.achievement = await this.insertAll(
        'achievement',
        rows.achievement,
        ACHIEVEMENT_COLUMNS,
      );
      inserted.need = await this.insertAll('need', rows.need, NEED_COLUMNS);
      inserted.challenge = await this.insertAll('challenge', rows.challenge, CHALLENGE_COLUMNS);
      if (inserted.achievement > 0) await this.refreshProfiles(rows.achievement);
    }

    const elapsedMs = performance.now() - started;
    const count = inserted.achievement + inserted.need + inserted.challenge;
    if (count > 0) {
      this.logger.log(
        `Demo data: ${count} listings created (${inserted.achievement} achievements, ` +
          `${inserted.need} needs, ${inserted.challenge} challenges) in ${Math.round(elapsedMs)} ms`,
      );
    }
    return { inserted, total, published: publishedCount(listings), skipped: false, elapsedMs };
  }

  /**
   * The owners' capability profiles list their achievements: one `organisation.updated` event per
   * owner (the bulk insert wrote listing events without an organisation, so none per achievement).
   */
  private async refreshProfiles(
    achievements: readonly { organisationId: string }[],
  ): Promise<void> {
    const owners = [...new Set(achievements.map((row) => row.organisationId))];
    await this.transactions.run(async (manager) => {
      for (const organisationId of owners) {
        const [organisation] = await manager.query<{ version: number }[]>(
          'SELECT version FROM organisation WHERE id = $1',
          [organisationId],
        );
        await this.outbox.append(manager, {
          type: 'organisation.updated',
          entityType: 'organisation',
          entityId: organisationId,
          version: organisation.version,
          payload: { organisationId },
        });
      }
    });
  }

  /** The demo organisations by USCC (as DemoIdentitySeeder derives it) and their owner users. */
  private async findOwners(): Promise<DemoOwners | undefined> {
    const owners = new Map<OrganisationType, DemoOwner[]>();
    for (const demo of DEMO_ORGANISATIONS) {
      const uscc = makeValidUscc(demo.regionCode, 7_000_000 + demo.key);
      const organisation = await this.dataSource.getRepository(Organisation).findOneBy({ uscc });
      if (!organisation) return undefined;
      const membership = await this.dataSource
        .getRepository(Membership)
        .findOne({ where: { organisationId: organisation.id, role: 'owner' } });
      if (!membership) return undefined;
      const owner: DemoOwner = {
        organisationId: organisation.id,
        userId: membership.userId,
        name: organisation.name,
        type: organisation.type,
        regionCode: organisation.regionCode,
      };
      owners.set(organisation.type, [...(owners.get(organisation.type) ?? []), owner]);
    }
    const first = (type: OrganisationType): DemoOwner | undefined => owners.get(type)?.[0];
    const university = first('university');
    const researchInstitute = first('research_institute');
    const largeEnterprise = first('large_enterprise');
    const serviceOrg = first('service_org');
    const smes = owners.get('sme') ?? [];
    if (!university || !researchInstitute || !largeEnterprise || !serviceOrg || smes.length === 0) {
      return undefined;
    }
    return { university, researchInstitute, largeEnterprise, serviceOrg, smes };
  }

  private async countExisting(ids: readonly string[]): Promise<number> {
    const result: { count: string }[] = await this.dataSource.query(
      `SELECT (SELECT count(*) FROM achievement WHERE id = ANY($1::uuid[]))
            + (SELECT count(*) FROM tech_need WHERE id = ANY($1::uuid[]))
            + (SELECT count(*) FROM challenge WHERE id = ANY($1::uuid[])) AS count`,
      [ids],
    );
    return Number(result[0].count);
  }

  /** Inserts missing rows in batches, each batch with its outbox events in one transaction. */
  private async insertAll<R extends { id: string }>(
    kind: ListingKind,
    rows: readonly R[],
    columns: readonly Column<R>[],
  ): Promise<number> {
    let inserted = 0;
    for (let start = 0; start < rows.length; start += DEMO_SEED_BATCH) {
      const batch = rows.slice(start, start + DEMO_SEED_BATCH);
      inserted += await this.transactions.run((manager) =>
        insertBatch(manager, kind, batch, columns),
      );
    }
    return inserted;
  }
}

type RowsOf<K extends ListingKind> = K extends 'achievement'
  ? AchievementRow
  : K extends 'need'
    ? TechNeedRow
    : ChallengeRow;

function publishedCount(listings: DemoListingSet): number {
  return [...listings.achievements, ...listings.needs, ...listings.challenges].filter(
    (listing) => listing.status === 'published',
  ).length;
}

/**
 * One multi-row INSERT … ON CONFLICT DO NOTHING, then one `listing.changed` outbox row (version 1,
 * payload {kind, listingId}) per inserted listing, then a single NOTIFY for the relay.
 */
async function insertBatch<R>(
  manager: EntityManager,
  kind: ListingKind,
  rows: readonly R[],
  columns: readonly Column<R>[],
): Promise<number> {
  if (rows.length === 0) return 0;
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
  const insertedRows: { id: string }[] = await manager.query(
    `INSERT INTO ${TABLES[kind]} (${columns.map((column) => column.name).join(', ')})
     VALUES ${tuples.join(',\n')}
     ON CONFLICT (id) DO NOTHING
     RETURNING id`,
    params,
  );
  if (insertedRows.length === 0) return 0;
  await manager.query(
    `INSERT INTO outbox_event (type, entity_type, entity_id, version, payload)
     SELECT 'listing.changed', $1::text, id, 1, jsonb_build_object('kind', $1::text, 'listingId', id)
     FROM unnest($2::text[]) WITH ORDINALITY AS inserted(id, position)
     ORDER BY position`,
    [kind, insertedRows.map((row) => row.id)],
  );
  await manager.query('SELECT pg_notify($1, $2)', ['outbox', 'listing.changed']);
  return insertedRows.length;
}
