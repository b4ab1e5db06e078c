import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import {
  hasDrift,
  LISTING_INDEX,
  LocalMeilisearchServer,
  SearchClient,
  SearchDriftCheck,
} from '@rongtong/search';
import { JobQueue } from '@rongtong/jobs';
import { eventually } from '../support/isolated-environment';
import { RunningProduct, startProduct } from '../support/running-product';
import { AuthHeader, signUp } from '../support/sessions';

jest.setTimeout(90_000);

const WRITES_DURING_OUTAGE = 20;

describe('Meilisearch outage (own Meilisearch, real api + worker)', () => {
  let dataDir: string;
  let server: LocalMeilisearchServer;
  let product: RunningProduct;
  let http: App;
  let auth: AuthHeader;
  let organisationId: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'rongtong-meili-outage-'));
    server = await LocalMeilisearchServer.start({ dataDir });
    product = await startProduct({
      MEILI_URL: server.url,
      MEILI_MASTER_KEY: server.masterKey,
      LISTING_REVIEW_REQUIRED: 'false',
    });
    http = product.api.getHttpServer() as App;
    ({ organisationId, auth } = await signUp(http));
  });

  afterAll(async () => {
    await product?.stop();
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const publishNeed = async (title: string): Promise<string> => {
    const created = await request(http)
      .post('/api/v1/needs')
      .set(auth)
      .send({
        organisationId,
        title,
        keywords: ['工业机器人'],
        industryCode: '3491',
        regionCode: '210211',
        validUntil: '2099-06-30',
        description: '工业机器人减速器寿命不足，寻求精密减速器国产化替代方案。',
        cooperationModes: ['commissioned_development'],
      })
      .expect(201);
    const id = created.body.id as string;
    await request(http)
      .post(`/api/v1/needs/${id}/transitions`)
      .set(auth)
      .send({ action: 'submit' })
      .expect(200);
    return id;
  };

  it('keeps accepting writes while Meilisearch is down and indexes the backlog after', async () => {
    const search = product.worker.get(SearchClient);
    const index = search.client.index(search.indexName(LISTING_INDEX.need));
    const before = await publishNeed('停机前发布的需求');
    const toClose = await publishNeed('停机期间关闭的需求');
    await eventually(async () => expect((await index.getDocument(toClose)).id).toBe(toClose));

    await server.stop();
    const during = await Promise.all(
      Array.from({ length: WRITES_DURING_OUTAGE }, (_, i) => publishNeed(`停机期间发布 ${i}`)),
    );
    await request(http)
      .patch(`/api/v1/needs/${before}`)
      .set(auth)
      .send({ title: '停机期间修改的需求' })
      .expect(200);
    await request(http)
      .post(`/api/v1/needs/${toClose}/transitions`)
      .set(auth)
      .send({ action: 'close' })
      .expect(200);
    const [outbox] = await product.api.get(DataSource).query<{ n: number }[]>(
      // The writes' own events (not the indexer's `listing.indexed` announcements).
      `SELECT count(*)::int AS n FROM outbox_event WHERE entity_id = ANY($1) AND entity_type = 'need'`,
      [[...during, before, toClose]],
    );
    // Create + submit per need, and one more for each of the edit and the close.
    expect(outbox.n).toBe(2 * (WRITES_DURING_OUTAGE + 2) + 2);

    const ready = await request(http).get('/health/ready').expect(503);
    expect(ready.body.services.meilisearch.status).toBe('down');
    expect(ready.body.services.postgres.status).toBe('up');
    // Meilisearch returns only once the indexing jobs have met the outage: every one still to
    // run has failed at least once and is backing off (waiting for that, not for time to pass).
    const searchQueue = product.worker.get(JobQueue).queue('search');
    await eventually(async () => {
      const unfinished = (
        await searchQueue.getJobs(['waiting', 'active', 'delayed', 'prioritized'])
      ).filter((job) => !job.repeatJobKey);
      expect(unfinished.length).toBeGreaterThan(0);
      expect(unfinished.filter((job) => job.attemptsMade === 0).map((job) => job.id)).toEqual([]);
    }, 30_000);

    await server.restart();
    await request(http).get('/health/ready').expect(200);
    const drift = await eventually(
      async () => {
        const check = await product.worker.get(SearchDriftCheck).check('need');
        expect(hasDrift(check)).toBe(false);
        return check;
      },
      45_000,
      500,
    );
    expect(drift.expected).toBe(WRITES_DURING_OUTAGE + 1);
    expect(await index.getDocument(before)).toMatchObject({ title: '停机期间修改的需求' });
  });
});
