import request from 'supertest';
import type { App } from 'supertest/types';
import { LISTING_KINDS } from '@rongtong/catalog';
import {
  IndexSettingsApplier,
  LISTING_INDEX,
  ListingIndexer,
  listingIndexSettings,
  SearchClient,
  settingsMatch,
  type Settings,
} from '@rongtong/search';
import { registrationBody } from '../support/factories';
import { eventually } from '../support/isolated-environment';
import { RunningProduct, startProduct } from '../support/running-product';
import { Session, signUp } from '../support/sessions';

// A hang guard, not a speed bound: on a loaded 2-core machine the burst takes minutes.
jest.setTimeout(240_000);

const BURST = 200;

function needBody(organisationId: string, title: string) {
  return {
    organisationId,
    title,
    keywords: ['数控机床', '热变形'],
    industryCode: '3421',
    regionCode: '210211',
    validUntil: '2099-06-30',
    description: '我司数控车床在连续加工4小时后主轴热伸长导致精度漂移，需要补偿方案。',
    cooperationModes: ['joint_development'],
    budgetMinWan: 50,
    budgetMaxWan: 120,
  };
}

describe('listing indexer (real api + worker, Meilisearch)', () => {
  let product: RunningProduct;
  let http: App;
  let search: SearchClient;
  let needsIndex: string;
  let owner: Session;

  beforeAll(async () => {
    product = await startProduct({ LISTING_REVIEW_REQUIRED: 'false' });
    http = product.api.getHttpServer() as App;
    search = product.worker.get(SearchClient);
    needsIndex = search.indexName(LISTING_INDEX.need);
    owner = await signUp(http);
  });

  afterAll(async () => {
    await product?.stop();
  });

  const createNeed = async (title: string): Promise<string> => {
    const created = await request(http)
      .post('/api/v1/needs')
      .set(owner.auth)
      .send(needBody(owner.organisationId, title))
      .expect(201);
    return created.body.id as string;
  };
  const transition = (id: string, action: string) =>
    request(http)
      .post(`/api/v1/needs/${id}/transitions`)
      .set(owner.auth)
      .send({ action })
      .expect(200);
  const indexedDocument = async (id: string) => {
    try {
      return await search.client.index(needsIndex).getDocument(id);
    } catch {
      return undefined;
    }
  };

  it('creates the three listing indexes with their settings at worker start', async () => {
    const applier = product.worker.get(IndexSettingsApplier);
    await product.worker.get(ListingIndexer).ensureIndexes();
    for (const kind of LISTING_KINDS) {
      const uid = search.indexName(LISTING_INDEX[kind]);
      const current = await search.client.index(uid).getSettings();
      expect(settingsMatch(listingIndexSettings() as Settings, current)).toBe(true);
      // A second boot sends no settings update (which would re-index every document).
      await expect(applier.ensure(uid, listingIndexSettings() as Settings)).resolves.toBe(
        'unchanged',
      );
    }
  });

  it('publish → indexed; edit → new version; close → removed; drafts never; no contacts', async () => {
    const id = await createNeed('主轴热变形补偿技术需求');
    const draftOnly = await createNeed('从未提交的草稿需求');
    await transition(id, 'submit');
    const published = await eventually(async () => {
      const document = await indexedDocument(id);
      expect(document).toBeDefined();
      return document!;
    });
    expect(published).toMatchObject({ id, kind: 'need', title: '主轴热变形补偿技术需求' });
    const contact = registrationBody().organisation.contact;
    const serialised = JSON.stringify(published);
    expect(serialised).not.toContain(contact.phone);
    expect(serialised).not.toContain(contact.email);

    const edited = await request(http)
      .patch(`/api/v1/needs/${id}`)
      .set(owner.auth)
      .send({ title: '主轴热变形补偿技术需求（修订）' })
      .expect(200);
    await eventually(async () => {
      const document = await indexedDocument(id);
      expect(document).toMatchObject({
        version: edited.body.version as number,
        title: '主轴热变形补偿技术需求（修订）',
      });
    });

    await transition(id, 'close');
    await eventually(async () => expect(await indexedDocument(id)).toBeUndefined());
    expect(await indexedDocument(draftOnly)).toBeUndefined();
  });

  it('indexes a burst of published listings in far fewer Meilisearch tasks', async () => {
    const additionTasks = async () =>
      (
        await search.client.tasks.getTasks({
          indexUids: [needsIndex],
          types: ['documentAdditionOrUpdate'],
          limit: 1,
        })
      ).total;
    const before = await additionTasks();
    const ids: string[] = [];
    for (let i = 0; i < BURST; i += 20) {
      ids.push(
        ...(await Promise.all(
          Array.from({ length: Math.min(20, BURST - i) }, (_, j) =>
            createNeed(`批量需求 ${i + j}`),
          ),
        )),
      );
    }
    const started = performance.now();
    for (let i = 0; i < ids.length; i += 20) {
      await Promise.all(ids.slice(i, i + 20).map((id) => transition(id, 'submit')));
    }
    await eventually(async () => {
      const { results } = await search.client
        .index(needsIndex)
        .getDocuments({ ids, fields: ['id'], limit: BURST });
      expect(results).toHaveLength(BURST);
    }, 30_000);
    const seconds = (performance.now() - started) / 1000;
    const tasks = (await additionTasks()) - before;
    console.log(
      `burst: ${BURST} published listings indexed ${seconds.toFixed(1)} s after the first ` +
        `submit, in ${tasks} addition tasks`,
    );
    expect(tasks).toBeLessThan(BURST / 4);
  });
});
