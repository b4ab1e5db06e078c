import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { ConfigModule } from '@rongtong/common';
import { DatabaseModule } from '@rongtong/database';
import { JobsModule } from '@rongtong/jobs';
import {
  EvaluationCriterion,
  LISTING_KINDS,
  ListingKind,
  parsePatentNumber,
} from '@rongtong/catalog';
import { IndustryCatalog, RegionCatalog } from '@rongtong/identity';
import { ListingIndexer, SearchClient } from '@rongtong/search';
import { eventually } from '../support/isolated-environment';
import { RunningProduct, startProduct } from '../support/running-product';
import {
  DEMO_LISTING_COUNTS,
  demoListingId,
  DemoListingsSeeder,
  DemoListingsSeedResult,
  loadCslPapers,
  DemoIdentitySeeder,
  DemoModule,
} from '@rongtong/demo';

/**
 * The demo listings seeder against the real api and worker: PostgreSQL rows and outbox events,
 * idempotence, reference-data validity, and the worker indexing them into Meilisearch.
 */
jest.setTimeout(240_000);

const TABLE: Record<ListingKind, string> = {
  need: 'tech_need',
  achievement: 'achievement',
  challenge: 'challenge',
};

interface CountRow {
  status: string;
  count: string;
}

describe('DemoListingsSeeder (real api + worker, PostgreSQL, Meilisearch)', () => {
  let product: RunningProduct;
  let demo: TestingModule;
  let dataSource: DataSource;
  let first: DemoListingsSeedResult;
  let firstMs: number;

  const expectedTotal = (kind: ListingKind) =>
    DEMO_LISTING_COUNTS[kind].published +
    DEMO_LISTING_COUNTS[kind].draft +
    DEMO_LISTING_COUNTS[kind].pendingReview;
  const expectedPublished = LISTING_KINDS.reduce(
    (sum, kind) => sum + DEMO_LISTING_COUNTS[kind].published,
    0,
  );

  async function countsByState(): Promise<Record<ListingKind, Record<string, number>>> {
    const result = {} as Record<ListingKind, Record<string, number>>;
    for (const kind of LISTING_KINDS) {
      const rows: CountRow[] = await dataSource.query(
        `SELECT status, count(*) AS count FROM ${TABLE[kind]} GROUP BY status ORDER BY status`,
      );
      result[kind] = Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]));
    }
    return result;
  }

  async function outboxCount(): Promise<number> {
    const rows: { count: string }[] = await dataSource.query(
      `SELECT count(*) AS count FROM outbox_event WHERE type = 'listing.changed'`,
    );
    return Number(rows[0].count);
  }

  beforeAll(async () => {
    product = await startProduct();
    dataSource = product.api.get(DataSource);
    // The api imports the demo module only with SEED_DEMO_DATA on (and seeds at boot then);
    // here the seeders run on their own, as a seeding command would, against the same stores.
    demo = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(product.env.config),
        DatabaseModule.forRoot(),
        JobsModule.forRoot(),
        DemoModule,
      ],
    }).compile();
    await demo.init();
    await demo.get(DemoIdentitySeeder).seed();
    const started = performance.now();
    first = await demo.get(DemoListingsSeeder).seed();
    firstMs = performance.now() - started;
    console.log(
      `Demo listings seeded in ${Math.round(firstMs)} ms ` +
        `(seeder's own measure ${Math.round(first.elapsedMs)} ms): ${JSON.stringify(first.inserted)}`,
    );
  });

  afterAll(async () => {
    await demo?.close();
    await product?.stop();
  });

  it('seeds at least 2,000 published listings, plus drafts and pending ones (the time is printed, not asserted)', async () => {
    expect(first.skipped).toBe(false);
    for (const kind of LISTING_KINDS) expect(first.inserted[kind]).toBe(expectedTotal(kind));
    expect(first.published).toBe(expectedPublished);
    expect(expectedPublished).toBeGreaterThanOrEqual(2000);

    const counts = await countsByState();
    for (const kind of LISTING_KINDS) {
      expect(counts[kind]).toEqual({
        draft: DEMO_LISTING_COUNTS[kind].draft,
        pending_review: DEMO_LISTING_COUNTS[kind].pendingReview,
        published: DEMO_LISTING_COUNTS[kind].published,
      });
    }
  });

  it('is idempotent: a second run inserts nothing and writes no outbox event', async () => {
    const before = await countsByState();
    const outboxBefore = await outboxCount();
    const again = await demo.get(DemoListingsSeeder).seed();
    expect(again.inserted).toEqual({ need: 0, achievement: 0, challenge: 0 });
    expect(again.total).toEqual(first.total);
    expect(await countsByState()).toEqual(before);
    expect(await outboxCount()).toBe(outboxBefore);
  });

  it('owns every listing by a demo organisation of the right type', async () => {
    const rows: { kind: string; type: string }[] = await dataSource.query(
      `SELECT DISTINCT l.kind, o.type FROM (
         SELECT 'need' AS kind, organisation_id FROM tech_need
         UNION ALL SELECT 'achievement', organisation_id FROM achievement
         UNION ALL SELECT 'challenge', organisation_id FROM challenge
       ) l JOIN organisation o ON o.id = l.organisation_id ORDER BY 1, 2`,
    );
    expect(rows).toEqual([
      { kind: 'achievement', type: 'research_institute' },
      { kind: 'achievement', type: 'university' },
      { kind: 'challenge', type: 'large_enterprise' },
      { kind: 'need', type: 'service_org' },
      { kind: 'need', type: 'sme' },
    ]);
  });

  it("gives the demo SMEs needs in their own industry (the battery firm's are battery needs)", async () => {
    const rows: { name: string; industry_code: string; needs: string }[] = await dataSource.query(
      `SELECT o.name, t.industry_code, count(*) AS needs FROM tech_need t
       JOIN organisation o ON o.id = t.organisation_id WHERE o.type = 'sme'
       GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    expect(rows.map(({ name, industry_code }) => [name, industry_code])).toEqual([
      ['大连精工数控机床有限公司', '3421'],
      ['苏州锂能新材料科技有限公司', '3841'],
    ]);
    for (const row of rows) expect(Number(row.needs)).toBeGreaterThanOrEqual(10);
  });

  it('uses valid industry and region codes everywhere', async () => {
    const industries = IndustryCatalog.shared();
    const regions = RegionCatalog.shared();
    for (const kind of LISTING_KINDS) {
      const codes: { industry_code: string; region_code: string }[] = await dataSource.query(
        `SELECT DISTINCT industry_code, region_code FROM ${TABLE[kind]}`,
      );
      expect(codes.filter((row) => !industries.isValid(row.industry_code))).toEqual([]);
      expect(codes.filter((row) => !regions.isValid(row.region_code))).toEqual([]);
    }
    const eligible: { code: string }[] = await dataSource.query(
      `SELECT DISTINCT unnest(eligible_region_codes) AS code FROM challenge`,
    );
    expect(eligible.length).toBeGreaterThan(0);
    expect(eligible.filter((row) => !regions.isValid(row.code))).toEqual([]);
  });

  it('gives achievements valid patent numbers', async () => {
    const patents: { number: string; type: string }[] = await dataSource.query(
      `SELECT p->>'number' AS number, p->>'type' AS type
       FROM achievement, jsonb_array_elements(patents) AS p`,
    );
    expect(patents.length).toBeGreaterThan(500);
    const invalid = patents.filter((patent) => {
      const parsed = parsePatentNumber(patent.number);
      return !parsed.ok || parsed.value !== patent.number || parsed.type !== patent.type;
    });
    expect(invalid).toEqual([]);
    const open: { count: string }[] = await dataSource.query(
      `SELECT count(*) AS count FROM achievement
       WHERE 'open' = ANY(licence_kinds) AND open_licence_terms IS NOT NULL`,
    );
    expect(Number(open[0].count)).toBeGreaterThan(0);
  });

  it('keeps challenge weights at 100 and need budgets ordered', async () => {
    const challenges: { evaluation_criteria: EvaluationCriterion[]; reward_wan: string }[] =
      await dataSource.query(`SELECT evaluation_criteria, reward_wan FROM challenge`);
    for (const challenge of challenges) {
      expect(challenge.evaluation_criteria.reduce((sum, c) => sum + c.weight, 0)).toBe(100);
      expect(Number(challenge.reward_wan)).toBeGreaterThanOrEqual(50);
      expect(Number(challenge.reward_wan)).toBeLessThanOrEqual(2000);
    }
    const budgets: { bad: string; negotiable: string; ranged: string }[] = await dataSource.query(
      `SELECT count(*) FILTER (WHERE budget_min_wan > budget_max_wan
                                  OR (budget_negotiable AND budget_min_wan IS NOT NULL)
                                  OR (NOT budget_negotiable AND budget_min_wan IS NULL)) AS bad,
              count(*) FILTER (WHERE budget_negotiable) AS negotiable,
              count(*) FILTER (WHERE budget_min_wan IS NOT NULL) AS ranged
       FROM tech_need`,
    );
    expect(Number(budgets[0].bad)).toBe(0);
    expect(Number(budgets[0].negotiable)).toBeGreaterThan(0);
    expect(Number(budgets[0].ranged)).toBeGreaterThan(0);
  });

  it('writes exactly one listing.changed outbox event per listing', async () => {
    const rows: { entity_type: string; listings: string; events: string; bad: string }[] =
      await dataSource.query(
        `SELECT entity_type, count(DISTINCT entity_id) AS listings, count(*) AS events,
                count(*) FILTER (WHERE version <> 1
                                   OR payload->>'kind' <> entity_type
                                   OR payload->>'listingId' <> entity_id) AS bad
         FROM outbox_event WHERE type = 'listing.changed'
         GROUP BY entity_type ORDER BY entity_type`,
      );
    expect(rows).toEqual(
      [...LISTING_KINDS].sort().map((kind) => ({
        entity_type: kind,
        listings: String(expectedTotal(kind)),
        events: String(expectedTotal(kind)),
        bad: '0',
      })),
    );
    const orphans: { count: string }[] = await dataSource.query(
      `SELECT count(*) AS count FROM outbox_event e WHERE e.type = 'listing.changed' AND NOT EXISTS (
         SELECT 1 FROM achievement WHERE id::text = e.entity_id
         UNION ALL SELECT 1 FROM tech_need WHERE id::text = e.entity_id
         UNION ALL SELECT 1 FROM challenge WHERE id::text = e.entity_id)`,
    );
    expect(Number(orphans[0].count)).toBe(0);
  });

  it('is found in Meilisearch once the worker has drained the outbox', async () => {
    const search = product.worker.get(SearchClient);
    const indexer = product.worker.get(ListingIndexer);
    const started = performance.now();
    await eventually(
      async () => {
        for (const kind of LISTING_KINDS) {
          const stats = await search.client.index(indexer.indexName(kind)).getStats();
          expect(stats.numberOfDocuments).toBe(DEMO_LISTING_COUNTS[kind].published);
        }
      },
      180_000,
      500,
    );
    console.log(
      `Worker indexed the demo listings in ${Math.round(performance.now() - started)} ms`,
    );

    // The first CSL paper behind a published listing: its first Chinese keyword finds that listing.
    const published = new Map<string, ListingKind>();
    for (const kind of LISTING_KINDS) {
      const rows: { id: string }[] = await dataSource.query(
        `SELECT id FROM ${TABLE[kind]} WHERE status = 'published'`,
      );
      for (const row of rows) published.set(row.id, kind);
    }
    const paper = loadCslPapers().find((p) =>
      LISTING_KINDS.some((kind) => published.has(demoListingId(kind, p.id))),
    );
    const keyword = paper?.keywords.find((k) => /^\p{Script=Han}{2,}$/u.test(k));
    if (!paper || !keyword) throw new Error('No published demo listing with a Chinese keyword');
    const found = new Set<string>();
    for (const kind of LISTING_KINDS) {
      const result = await search.client
        .index(indexer.indexName(kind))
        .search<{ id: string }>(keyword, { limit: 100 });
      for (const hit of result.hits) found.add(hit.id);
    }
    const own = LISTING_KINDS.map((kind) => demoListingId(kind, paper.id)).filter((id) =>
      published.has(id),
    );
    expect(own.length).toBeGreaterThan(0);
    expect(own.filter((id) => !found.has(id))).toEqual([]);
    console.log(`"${keyword}" (${paper.id}) finds ${found.size} demo listings`);

    // Drafts and pending listings stay out of the index.
    const hidden: { id: string }[] = await dataSource.query(
      `SELECT id FROM achievement WHERE status <> 'published' LIMIT 1`,
    );
    const document = await search.client
      .index(indexer.indexName('achievement'))
      .getDocument(hidden[0].id)
      .then(
        () => 'found',
        () => 'missing',
      );
    expect(document).toBe('missing');
  });
});
