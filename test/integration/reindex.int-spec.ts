import { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { JobQueue } from '@rongtong/jobs';
import {
  createSearchMaintenanceContext,
  hasDrift,
  LISTING_INDEX,
  ReindexReport,
  ReindexService,
  SearchClient,
  SearchDriftCheck,
} from '@rongtong/search';
import { eventually } from '../support/isolated-environment';
import { RunningProduct, startProduct } from '../support/running-product';
import { Session, signUp } from '../support/sessions';

// A hang guard, not a speed bound: on a loaded 2-core machine the rebuild takes minutes.
jest.setTimeout(240_000);

const SEEDED = 20_000;
const CONCURRENT_WRITES = 10;

describe('reindex under writes (real api + worker, separate reindex context)', () => {
  let product: RunningProduct;
  let maintenance: INestApplicationContext;
  let http: App;
  let search: SearchClient;
  let owner: Session;

  beforeAll(async () => {
    product = await startProduct({ LISTING_REVIEW_REQUIRED: 'false' });
    http = product.api.getHttpServer() as App;
    // The reindex command runs as its own process: its own context, pools and batchers.
    maintenance = await createSearchMaintenanceContext(product.env.config);
    search = maintenance.get(SearchClient);
    owner = await signUp(http);
  });

  afterAll(async () => {
    await maintenance?.close();
    await product?.stop();
  });

  const needBody = (title: string) => ({
    organisationId: owner.organisationId,
    title,
    keywords: ['储能电池'],
    industryCode: '3841',
    regionCode: '210211',
    validUntil: '2099-06-30',
    description: '需要锂电池储能系统的热管理与安全监测方案，欢迎高校院所合作。',
    cooperationModes: ['licence'],
  });
  const publishNeed = async (title: string): Promise<string> => {
    const created = await request(http).post('/api/v1/needs').set(owner.auth).send(needBody(title));
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    await request(http)
      .post(`/api/v1/needs/${id}/transitions`)
      .set(owner.auth)
      .send({ action: 'submit' })
      .expect(200);
    return id;
  };

  /** Published needs written straight into PostgreSQL, without outbox rows: never indexed. */
  async function seedPublishedNeeds(count: number): Promise<string[]> {
    const rows: { id: string }[] = await product.api.get(DataSource).query(
      `INSERT INTO tech_need (organisation_id, created_by_user_id, status, title, keywords,
              industry_code, region_code, valid_until, published_at, version, description,
              cooperation_modes)
       SELECT $1, $2, 'published', '储能电池热管理需求 ' || n, ARRAY['储能', '电池'], '3841',
              '210211', DATE '2099-06-30', now(), 1,
              '第 ' || n || ' 号需求：锂电池储能系统的热管理与安全监测方案。', ARRAY['licence']
         FROM generate_series(1, $3) AS n
       RETURNING id`,
      [owner.organisationId, owner.userId, count],
    );
    return rows.map((row) => row.id);
  }

  async function drained(): Promise<void> {
    const [pending] = await product.api
      .get(DataSource)
      .query<{ n: number }[]>(
        'SELECT count(*)::int AS n FROM outbox_event WHERE relayed_at IS NULL',
      );
    expect(pending.n).toBe(0);
    const counts = await product.worker
      .get(JobQueue)
      .queue('search')
      .getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(0);
  }

  it('rebuilds the needs index while listings change and search keeps answering', async () => {
    const seeded = await seedPublishedNeeds(SEEDED);
    const live = search.indexName(LISTING_INDEX.need);
    // Something the index should not hold: a leftover document of a listing that is gone.
    await search.client
      .index(live)
      .addDocuments([{ id: '00000000-0000-4000-8000-00000000dead', version: 1, title: '残留' }])
      .waitTask();
    const checker = maintenance.get(SearchDriftCheck);
    const before = await checker.check('need');
    expect(before.missing.count).toBe(SEEDED);
    expect(before.extra.sample).toContain('00000000-0000-4000-8000-00000000dead');

    let searching = true;
    let searches = 0;
    const searchFailures: string[] = [];
    const searchLoop = (async () => {
      while (searching) {
        try {
          await search.client.index(live).search('电池', { limit: 5 });
          searches += 1;
        } catch (error) {
          searchFailures.push((error as Error).message);
        }
        await new Promise((r) => setTimeout(r, 10));
      }
    })();

    // Writes start once the first import batch is on its way, so they land mid-rebuild.
    let firstBatchSent!: () => void;
    const rebuildUnderway = new Promise<void>((resolve) => (firstBatchSent = resolve));
    let reindexDone = false;
    const reindex = maintenance
      .get(ReindexService)
      .reindex('need', {
        readBatchSize: 2_000,
        sendBatchSize: 5_000,
        onProgress: () => firstBatchSent(),
      })
      .finally(() => (reindexDone = true));

    await rebuildUnderway;
    const edited = seeded.slice(0, CONCURRENT_WRITES);
    const closed = seeded.slice(CONCURRENT_WRITES, 2 * CONCURRENT_WRITES);
    const [created] = await Promise.all([
      Promise.all(
        Array.from({ length: CONCURRENT_WRITES }, (_, i) => publishNeed(`重建期间发布 ${i}`)),
      ),
      Promise.all(
        edited.map((id) =>
          request(http)
            .patch(`/api/v1/needs/${id}`)
            .set(owner.auth)
            .send({ title: '重建期间修改' })
            .expect(200),
        ),
      ),
      Promise.all(
        closed.map((id) =>
          request(http)
            .post(`/api/v1/needs/${id}/transitions`)
            .set(owner.auth)
            .send({ action: 'close' })
            .expect(200),
        ),
      ),
    ]);
    const writesFinishedDuringRebuild = !reindexDone;

    const report: ReindexReport = await reindex;
    searching = false;
    await searchLoop;
    console.log(
      `reindex: ${report.documents} documents in ${report.importSeconds.toFixed(1)} s ` +
        `(${report.documentsPerSecond} docs/s), ${report.replayed} replayed, ` +
        `${report.totalSeconds.toFixed(1)} s in all; ${searches} searches meanwhile, ` +
        `writes finished during rebuild: ${writesFinishedDuringRebuild}`,
    );

    expect(writesFinishedDuringRebuild).toBe(true);
    expect(searchFailures).toEqual([]);
    expect(searches).toBeGreaterThan(10);
    expect(report.replayed).toBeGreaterThanOrEqual(3 * CONCURRENT_WRITES);

    const after = await eventually(async () => {
      await drained();
      const drift = await checker.check('need');
      expect(hasDrift(drift)).toBe(false);
      return drift;
    }, 30_000);
    expect(after.expected).toBe(SEEDED - CONCURRENT_WRITES + CONCURRENT_WRITES);
    const documents = await search.client
      .index(live)
      .getDocuments({ ids: [...created, ...edited.slice(0, 1), ...closed.slice(0, 1)], limit: 50 });
    const byId = new Map(documents.results.map((d) => [d.id as string, d]));
    for (const id of created) expect(byId.has(id)).toBe(true);
    expect(byId.get(edited[0])).toMatchObject({ title: '重建期间修改' });
    expect(byId.has(closed[0])).toBe(false);
    // Only the live index is left: the rebuild was swapped in and the old one deleted.
    const { results: indexes } = await search.client.getRawIndexes({ limit: 1_000 });
    expect(indexes.filter((index) => index.uid.startsWith(`${live}_rebuild_`))).toEqual([]);
  });
});
