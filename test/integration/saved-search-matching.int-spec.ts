import request from 'supertest';
import type { App } from 'supertest/types';
import { parseStoredQuery, toStoredQuery } from '@rongtong/notify';
import { SearchQueryDto, SearchService, SingleTypeSearchResult } from '@rongtong/search';
import { achievementBody, challengeBody, needBody } from '../support/factories';
import { eventually } from '../support/isolated-environment';
import { RunningProduct, startProduct } from '../support/running-product';
import { signUp } from '../support/sessions';

jest.setTimeout(90_000);

type Kind = 'need' | 'achievement' | 'challenge';
const PATH: Record<Kind, string> = {
  need: 'needs',
  achievement: 'achievements',
  challenge: 'challenges',
};

/** Saved queries of every kind of filter, some matching the fixtures and some not. */
const QUERIES: SearchQueryDto[] = [
  {},
  { q: '热误差' },
  { q: '热变形' },
  { q: '轴承' },
  { q: '区块链' },
  { q: '电池' },
  { industry: 'C' },
  { industry: '34' },
  { industry: '3421' },
  { industry: '38' },
  { region: '210000' },
  { region: '310000' },
  { region: '210211' },
  { trlMin: 6 },
  { trlMax: 5 },
  { trlMin: 5, trlMax: 5 },
  { modes: 'licence' },
  { modes: 'equity' },
  { amountMin: 100 },
  { amountMax: 60 },
  { amountMin: 400, amountMax: 600 },
  { minTier: 'innovative' },
  { minTier: 'specialised' },
  { deadlineBefore: '2099-12-31' },
  { deadlineAfter: '2099-01-01' },
  { q: '数控机床', region: '210000', trlMin: 4 },
  { q: '补偿', modes: 'joint_development', amountMax: 100 },
  { type: 'need', q: '数控机床' },
  { type: 'achievement', q: '数控机床' },
  { type: 'challenge' },
];

describe('saved-search matching has the semantics of GET /search', () => {
  let product: RunningProduct;
  let http: App;
  let search: SearchService;
  const listings: { kind: Kind; id: string }[] = [];

  beforeAll(async () => {
    product = await startProduct({ LISTING_REVIEW_REQUIRED: 'false' });
    http = product.api.getHttpServer() as App;
    search = product.worker.get(SearchService);
    const { organisationId, auth } = await signUp(http);
    const bodies: Record<Kind, object> = {
      need: needBody(organisationId),
      achievement: achievementBody(organisationId),
      challenge: challengeBody(organisationId, { minTier: 'specialised' }),
    };
    for (const kind of Object.keys(bodies) as Kind[]) {
      const created = await request(http)
        .post(`/api/v1/${PATH[kind]}`)
        .set(auth)
        .send(bodies[kind])
        .expect(201);
      await request(http)
        .post(`/api/v1/${PATH[kind]}/${created.body.id as string}/transitions`)
        .set(auth)
        .send({ action: 'submit' })
        .expect(200);
      listings.push({ kind, id: created.body.id as string });
    }
    await eventually(async () => {
      for (const { kind, id } of listings) expect(await search.indexedVersion(kind, id)).toBe(2);
    }, 30_000);
  });

  afterAll(async () => {
    await product?.stop();
  });

  it('answers, for each saved query, exactly whether GET /search lists the listing', async () => {
    let matched = 0;
    for (const { kind, id } of listings) {
      const admitted = QUERIES.filter((query) => [undefined, 'all', kind].includes(query.type));
      const criteria = admitted.map((query) => parseStoredQuery(toStoredQuery(query)));
      const answers = await search.listingMatches(kind, id, criteria);
      const expected: boolean[] = [];
      for (const query of admitted) {
        const found = (await search.query({
          ...query,
          type: kind,
          limit: 50,
        })) as SingleTypeSearchResult;
        expected.push(found.hits.some((hit) => hit.id === id));
      }
      expect({ kind, answers: zip(admitted, answers) }).toEqual({
        kind,
        answers: zip(admitted, expected),
      });
      matched += answers.filter(Boolean).length;
    }
    // The fixture set is not degenerate: some queries match, some do not.
    expect(matched).toBeGreaterThan(10);
    expect(matched).toBeLessThan(listings.length * QUERIES.length - 10);
  });

  it('batches many saved queries into several multi-search requests, in order', async () => {
    const { kind, id } = listings.find((listing) => listing.kind === 'achievement')!;
    const yes = parseStoredQuery(toStoredQuery({ q: '热误差' }));
    const no = parseStoredQuery(toStoredQuery({ q: '区块链' }));
    const criteria = Array.from({ length: 250 }, (_, i) => (i % 7 === 3 ? yes : no));
    const answers = await search.listingMatches(kind, id, criteria);
    expect(answers).toEqual(criteria.map((c) => c === yes));
  });

  it('cannot be steered by the listing id: it is quoted as a value', async () => {
    const { kind } = listings[0];
    const all = parseStoredQuery(toStoredQuery({}));
    await expect(search.listingMatches(kind, '" OR id EXISTS OR id = "', [all])).resolves.toEqual([
      false,
    ]);
    await expect(
      search.indexedVersion(kind, '00000000-0000-0000-0000-000000000000'),
    ).resolves.toBeNull();
  });
});

function zip(queries: SearchQueryDto[], answers: boolean[]): string[] {
  return queries.map((query, i) => `${JSON.stringify(query)} → ${answers[i]}`);
}
