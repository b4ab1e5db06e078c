import request from 'supertest';
import type { App } from 'supertest/types';
import { Clock } from '@rongtong/common';
import { registrationBody } from '../support/factories';
import { eventually } from '../support/isolated-environment';
import { RunningProduct, startProduct } from '../support/running-product';
import { signUp } from '../support/sessions';

jest.setTimeout(120_000);

type Kind = 'need' | 'achievement' | 'challenge';
const PATH: Record<Kind, string> = {
  need: 'needs',
  achievement: 'achievements',
  challenge: 'challenges',
};
const CONTACT_PHONE = '+8613900000000';

interface Hit {
  id: string;
  title?: string;
  name?: string;
  highlight: { title: string; body: string };
  [field: string]: unknown;
}
interface Group {
  hits: Hit[];
  total: number;
  facets?: Record<string, Record<string, number>>;
}

describe('GET /api/v1/search (real api + worker + Meilisearch)', () => {
  let product: RunningProduct;
  let http: App;
  /** Every search response body, checked at the end for leaks. */
  const bodies: string[] = [];
  const ids: Record<string, string> = {};

  async function createListing(
    kind: Kind,
    owner: { organisationId: string; auth: Record<string, string> },
    fields: Record<string, unknown>,
    publish = true,
  ): Promise<string> {
    const created = await request(http)
      .post(`/api/v1/${PATH[kind]}`)
      .set(owner.auth)
      .send({ organisationId: owner.organisationId, ...fields });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    if (publish) {
      const submitted = await request(http)
        .post(`/api/v1/${PATH[kind]}/${id}/transitions`)
        .set(owner.auth)
        .send({ action: 'submit' })
        .expect(200);
      expect(submitted.body.status).toBe('published');
    }
    return id;
  }

  async function search(query: Record<string, string | number>, status = 200) {
    const response = await request(http).get('/api/v1/search').query(query);
    bodies.push(response.text);
    expect({ query, status: response.status }).toEqual({ query, status });
    return response.body as Group & { results: Record<string, Group>; processingTimeMs: number };
  }

  const hitIds = (group: Group) => group.hits.map((hit) => hit.id);

  beforeAll(async () => {
    product = await startProduct({ LISTING_REVIEW_REQUIRED: 'false' });
    http = product.api.getHttpServer() as App;

    const sme = await signUp(
      http,
      registrationBody({ regionCode: '210211', name: '大连测试精密机械有限公司' }),
    );
    const university = await signUp(
      http,
      registrationBody({
        type: 'university',
        regionCode: '320102',
        industryCode: '8341',
        name: '南京测试理工大学',
      }),
    );
    ids.sme = sme.organisationId;
    ids.university = university.organisationId;

    ids.lithium = await createListing('need', sme, {
      title: '锂电池快充技术',
      keywords: ['快充', '锂离子'],
      industryCode: '3841',
      regionCode: '210211',
      validUntil: '2027-06-30',
      description: '我司希望将锂电池的充电时间缩短到十五分钟以内，并保持循环寿命。',
      cooperationModes: ['joint_development', 'commissioned_development'],
      desiredTrl: 6,
      budgetMinWan: 50,
      budgetMaxWan: 200,
    });
    // publishedAt is indexed in whole seconds: the api's clock moves on two seconds, so
    // sort=newest tells the two needs apart without waiting for time to pass.
    const clock = product.api.get(Clock);
    const realNow = clock.now.bind(clock);
    jest.spyOn(clock, 'now').mockImplementation(() => new Date(realNow().getTime() + 2_000));
    ids.recycling = await createListing('need', university, {
      title: '电池回收与梯次利用',
      keywords: ['回收', '梯次利用'],
      industryCode: '4220',
      regionCode: '320102',
      validUntil: '2027-03-31',
      description: '寻找退役电池检测分选与梯次利用的成熟方案，用于储能电站。',
      cooperationModes: ['licence', 'assignment'],
      desiredTrl: 4,
      budgetMinWan: 10,
      budgetMaxWan: 30,
    });
    ids.sensor = await createListing('achievement', university, {
      title: '压力传感器温漂补偿技术',
      keywords: ['压力传感器', '温度补偿'],
      industryCode: '3983',
      regionCode: '320102',
      validUntil: '2027-12-31',
      abstract: '通过片上温度测量与算法补偿，将压力传感器的温漂降低一个数量级。',
      trl: 7,
      transferModes: ['licence'],
      licenceKinds: ['non_exclusive'],
      priceWan: 80,
    });
    ids.robot = await createListing('challenge', sme, {
      title: '工业机器人精密减速器攻关',
      keywords: ['工业机器人', '减速器'],
      industryCode: '3491',
      regionCode: '210211',
      validUntil: '2027-09-30',
      problem: '六轴工业机器人关节减速器的回差与寿命达不到进口产品水平，需要联合攻关。',
      technicalIndicators: [{ name: '回差', target: '≤ 1', unit: 'arcmin' }],
      rewardWan: 500,
      minTier: 'specialised',
      evaluationCriteria: [{ name: '技术先进性', weight: 100 }],
    });
    ids.draft = await createListing(
      'need',
      sme,
      {
        title: '锂电池隔膜草稿',
        keywords: ['隔膜'],
        industryCode: '3841',
        regionCode: '210211',
        validUntil: '2027-06-30',
        description: '这是一份尚未提交的草稿，不应出现在搜索结果里。',
        cooperationModes: ['licence'],
      },
      false,
    );

    // Everything published reaches the indexes through outbox → worker → Meilisearch.
    await eventually(
      async () => {
        const all = await search({ type: 'all' });
        expect({
          need: all.results.need.total,
          achievement: all.results.achievement.total,
          challenge: all.results.challenge.total,
          organisation: all.results.organisation.total,
        }).toEqual({ need: 2, achievement: 1, challenge: 1, organisation: 2 });
      },
      60_000,
      200,
    );
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await product?.stop();
  });

  it('type=all answers four groups with totals from one request', async () => {
    const all = await search({ type: 'all', limit: 10 });
    expect(Object.keys(all.results).sort()).toEqual([
      'achievement',
      'challenge',
      'need',
      'organisation',
    ]);
    expect(hitIds(all.results.need).sort()).toEqual([ids.lithium, ids.recycling].sort());
    expect(hitIds(all.results.achievement)).toEqual([ids.sensor]);
    expect(hitIds(all.results.challenge)).toEqual([ids.robot]);
    expect(hitIds(all.results.organisation).sort()).toEqual([ids.sme, ids.university].sort());
    expect(typeof all.processingTimeMs).toBe('number');
    expect(all.results.need.facets).toBeUndefined();
  });

  it('finds 锂电池 by its sub-word 电池, below a listing where 电池 is a whole word', async () => {
    const result = await search({ q: '电池', type: 'need' });
    expect(result).toMatchObject({ query: '电池', type: 'need', page: 1, limit: 20, total: 2 });
    expect(hitIds(result)).toEqual([ids.recycling, ids.lithium]);
    expect(result.hits[0].highlight.title).toBe('<em>电池</em>回收与梯次利用');
    expect(result.hits[0].highlight.body).toContain('<em>电池</em>');
    expect(result.hits[0]).not.toHaveProperty('subwords');
    expect(result.hits[0]).not.toHaveProperty('_formatted');
  });

  it('finds the technical listing for an everyday word (thesaurus, one way)', async () => {
    // data/synonyms/tech-thesaurus.json: 移动电源 → 锂离子电池 / 锂电池. No listing shares a
    // character pair with 移动电源 (充电宝 would reach 充电时间 through the sub-words).
    const byProduct = await search({ q: '移动电源', type: 'need' });
    expect(hitIds(byProduct)).toEqual([ids.lithium]);
    // One way: the technical term does not turn into the everyday word (nor into plain 电池).
    const byTerm = await search({ q: '锂电池', type: 'need' });
    expect(hitIds(byTerm)).toEqual([ids.lithium]);
  });

  it('finds an organisation by the keywords of its published achievements (capability profile)', async () => {
    await eventually(async () => {
      const found = await search({ q: '温度补偿', type: 'organisation' });
      expect(hitIds(found)).toContain(ids.university);
      const hit = found.hits.find((h) => h.id === ids.university);
      expect(hit?.achievementKeywords).toEqual(expect.arrayContaining(['压力传感器', '温度补偿']));
    });
  });

  it('finds the other Chinese titles in their own types', async () => {
    expect(hitIds(await search({ q: '压力传感器', type: 'achievement' }))).toEqual([ids.sensor]);
    expect(hitIds(await search({ q: '工业机器人', type: 'challenge' }))).toEqual([ids.robot]);
    expect((await search({ q: '传感器', type: 'need' })).total).toBe(0);
  });

  it('filters by a province: 辽宁 finds the 大连 listing, not the 江苏 one', async () => {
    const liaoning = await search({ type: 'all', region: '210000' });
    expect(hitIds(liaoning.results.need)).toEqual([ids.lithium]);
    expect(hitIds(liaoning.results.challenge)).toEqual([ids.robot]);
    expect(liaoning.results.achievement.total).toBe(0);
    expect(hitIds(liaoning.results.organisation)).toEqual([ids.sme]);
    // A city and a county filter the same way.
    expect(hitIds(await search({ type: 'need', region: '210200' }))).toEqual([ids.lithium]);
    expect(hitIds(await search({ type: 'need', region: '320102' }))).toEqual([ids.recycling]);
  });

  it('filters by industry prefix: section, division and class', async () => {
    expect(hitIds(await search({ type: 'need', industry: '38' }))).toEqual([ids.lithium]);
    expect(hitIds(await search({ type: 'need', industry: 'C3841' }))).toEqual([ids.lithium]);
    expect((await search({ type: 'need', industry: 'C' })).total).toBe(2);
    expect((await search({ type: 'need', industry: 'M' })).total).toBe(0);
    expect(hitIds(await search({ type: 'achievement', industry: 'C39' }))).toEqual([ids.sensor]);
  });

  it('filters by TRL range, and ignores it for challenges and organisations', async () => {
    expect(hitIds(await search({ type: 'need', trlMin: 5, trlMax: 9 }))).toEqual([ids.lithium]);
    expect(hitIds(await search({ type: 'need', trlMax: 4 }))).toEqual([ids.recycling]);
    const all = await search({ type: 'all', trlMin: 8 });
    expect(all.results.need.total + all.results.achievement.total).toBe(0);
    expect(all.results.challenge.total).toBe(1);
    expect(all.results.organisation.total).toBe(2);
  });

  it('filters by cooperation modes (any of)', async () => {
    expect(hitIds(await search({ type: 'need', modes: 'licence' }))).toEqual([ids.recycling]);
    expect((await search({ type: 'need', modes: 'joint_development,licence' })).total).toBe(2);
    expect(hitIds(await search({ type: 'achievement', modes: 'licence' }))).toEqual([ids.sensor]);
  });

  it('filters by overlapping amount ranges and by deadline', async () => {
    expect(hitIds(await search({ type: 'need', amountMin: 100 }))).toEqual([ids.lithium]);
    expect(hitIds(await search({ type: 'need', amountMax: 20 }))).toEqual([ids.recycling]);
    expect(hitIds(await search({ type: 'need', amountMin: 25, amountMax: 60 })).sort()).toEqual(
      [ids.lithium, ids.recycling].sort(),
    );
    expect(hitIds(await search({ type: 'need', deadlineBefore: '2027-03-31' }))).toEqual([
      ids.recycling,
    ]);
    expect(hitIds(await search({ type: 'need', deadlineAfter: '2027-04-01' }))).toEqual([
      ids.lithium,
    ]);
  });

  it('filters challenges by the tier that may enter them', async () => {
    expect((await search({ type: 'challenge', minTier: 'innovative' })).total).toBe(0);
    expect(hitIds(await search({ type: 'challenge', minTier: 'specialised' }))).toEqual([
      ids.robot,
    ]);
    expect(hitIds(await search({ type: 'challenge', minTier: 'little_giant' }))).toEqual([
      ids.robot,
    ]);
    // Neither organisation holds a certificate.
    expect((await search({ type: 'organisation', minTier: 'innovative' })).total).toBe(0);
  });

  it('counts facets only when asked', async () => {
    const result = await search({ type: 'need', facets: 'modes,provinceCode,trl,industrySection' });
    expect(result.facets).toEqual({
      modes: { joint_development: 1, commissioned_development: 1, licence: 1, assignment: 1 },
      provinceCode: { '210000': 1, '320000': 1 },
      trl: { '4': 1, '6': 1 },
      industrySection: { C: 2 },
    });
    const all = await search({ type: 'all', facets: 'provinceCode' });
    expect(all.results.achievement.facets).toEqual({ provinceCode: { '320000': 1 } });
    expect(all.results.organisation.facets).toBeUndefined();
  });

  it('sorts by newest and by deadline', async () => {
    expect(hitIds(await search({ type: 'need', sort: 'newest' }))).toEqual([
      ids.recycling,
      ids.lithium,
    ]);
    expect(hitIds(await search({ type: 'need', sort: 'deadline' }))).toEqual([
      ids.recycling,
      ids.lithium,
    ]);
    expect(hitIds(await search({ type: 'need', sort: 'price' }))).toEqual([
      ids.recycling,
      ids.lithium,
    ]);
  });

  it('pages with exact totals', async () => {
    const first = await search({ type: 'need', limit: 1, page: 1, sort: 'newest' });
    const second = await search({ type: 'need', limit: 1, page: 2, sort: 'newest' });
    expect([first.total, second.total]).toEqual([2, 2]);
    expect([...hitIds(first), ...hitIds(second)]).toEqual([ids.recycling, ids.lithium]);
  });

  it('never returns a draft', async () => {
    expect((await search({ q: '草稿', type: 'all' })).results.need.total).toBe(0);
    expect(hitIds(await search({ q: '锂电池', type: 'need' }))).toEqual([ids.lithium]);
  });

  it.each([
    ['industry', { industry: 'C34" OR status = "draft' }],
    ['industry', { industry: '9999' }],
    ['region', { region: '999999' }],
    ['trlMin', { trlMin: 7, trlMax: 3 }],
    ['modes', { modes: 'bribery' }],
    ['facets', { facets: 'organisationId' }],
    ['page', { page: 0 }],
    ['limit', { limit: 51 }],
    ['amountMin', { amountMin: 10, amountMax: 1 }],
    ['deadlineBefore', { deadlineBefore: '2027-02-30' }],
    ['sort', { sort: 'id:asc' }],
    ['q', { q: '电'.repeat(201) }],
    ['status', { status: 'draft' }],
  ])('rejects a bad %s with a 400 naming it (%#)', async (field, query) => {
    const response = await request(http).get('/api/v1/search').query(query).expect(400);
    expect(['SEARCH_FILTER_INVALID', 'VALIDATION_FAILED']).toContain(response.body.error.code);
    expect(response.body.error.fields.map((f: { field: string }) => f.field)).toContain(field);
  });

  it('never exposes contact details, drafts or the sub-word field', () => {
    expect(bodies.length).toBeGreaterThan(20);
    for (const body of bodies) {
      expect(body).not.toContain(CONTACT_PHONE);
      expect(body).not.toContain('contact@example.cn');
      expect(body).not.toContain(ids.draft);
      expect(body).not.toContain('"subwords"');
    }
  });

  it('measures API latency against Meilisearch processing time', async () => {
    const samples: { api: number; engine: number }[] = [];
    for (let i = 0; i < 30; i++) {
      const started = process.hrtime.bigint();
      const body = await search({ q: '电池', type: i % 2 === 0 ? 'all' : 'need' });
      samples.push({
        api: Number(process.hrtime.bigint() - started) / 1e6,
        engine: body.processingTimeMs,
      });
    }
    const median = (values: number[]) =>
      [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const report = (label: string, rows: typeof samples) =>
      `${label}: API p50 ${median(rows.map((r) => r.api)).toFixed(1)} ms, ` +
      `max ${Math.max(...rows.map((r) => r.api)).toFixed(1)} ms; ` +
      `Meilisearch processingTimeMs p50 ${median(rows.map((r) => r.engine))} ms`;
    console.log(
      [
        report(
          'type=all',
          samples.filter((_, i) => i % 2 === 0),
        ),
        report(
          'type=need',
          samples.filter((_, i) => i % 2 === 1),
        ),
      ].join('\n'),
    );
    expect(median(samples.map((s) => s.api))).toBeLessThan(200);
  });
});
