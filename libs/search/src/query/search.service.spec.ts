import { ServiceUnavailableError, ValidationFailedError } from '@rongtong/common';
import { MeilisearchApiError, MeilisearchRequestError } from '../meilisearch';
import { SearchClient } from '../search-client.provider';
import { SearchService } from './search.service';

type Query = { indexUid: string; q?: string; filter?: string[]; attributesToRetrieve?: string[] };

function apiError(status: number, code: string): MeilisearchApiError {
  const response = new Response(null, { status });
  return new MeilisearchApiError(response, {
    message: code,
    code,
    type: 'invalid_request',
    link: '',
  });
}

const answer = (indexUid: string) => ({
  indexUid,
  hits: [{ id: `${indexUid}-1`, title: '锂电池', body: '快充', subwords: '电池' }],
  query: '电池',
  processingTimeMs: 2,
  totalHits: 1,
});

function serviceWith(client: { multiSearch: jest.Mock; index?: jest.Mock }) {
  const search = { client, indexName: (base: string) => `t_${base}` } as unknown as SearchClient;
  return new SearchService(search);
}

describe('SearchService', () => {
  it('sends one multi-search with a query per type for type=all', async () => {
    const multiSearch = jest.fn(({ queries }: { queries: Query[] }) =>
      Promise.resolve({ results: queries.map((q) => answer(q.indexUid)) }),
    );
    const result = await serviceWith({ multiSearch }).query({ q: '电池', region: '210000' });

    expect(multiSearch).toHaveBeenCalledTimes(1);
    const { queries } = multiSearch.mock.calls[0][0];
    expect(queries.map((q) => q.indexUid)).toEqual([
      't_needs',
      't_achievements',
      't_challenges',
      't_organisations',
    ]);
    expect(queries.every((q) => q.filter?.[0] === 'regionPrefixes = "210000"')).toBe(true);
    expect(queries.some((q) => q.attributesToRetrieve?.includes('subwords'))).toBe(false);
    expect(result).toMatchObject({
      query: '电池',
      processingTimeMs: 8,
      results: { need: { total: 1 }, organisation: { total: 1 } },
    });
    expect(JSON.stringify(result)).not.toContain('subwords');
  });

  it('rejects an invalid query before calling Meilisearch', async () => {
    const multiSearch = jest.fn();
    await expect(
      serviceWith({ multiSearch }).query({ trlMin: 7, trlMax: 3 }),
    ).rejects.toBeInstanceOf(ValidationFailedError);
    expect(multiSearch).not.toHaveBeenCalled();
  });

  it('answers 503 SEARCH_UNAVAILABLE when Meilisearch cannot be reached', async () => {
    const multiSearch = jest
      .fn()
      .mockRejectedValue(
        new MeilisearchRequestError('http://127.0.0.1:1', new Error('ECONNREFUSED')),
      );
    const error: unknown = await serviceWith({ multiSearch })
      .query({ type: 'need' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error).toMatchObject({ code: 'SEARCH_UNAVAILABLE' });
  });

  it('answers 503 when Meilisearch itself fails with a 5xx', async () => {
    const multiSearch = jest.fn().mockRejectedValue(apiError(502, 'internal'));
    await expect(serviceWith({ multiSearch }).query({})).rejects.toMatchObject({
      code: 'SEARCH_UNAVAILABLE',
    });
  });

  it('answers empty groups for indexes that do not exist yet, and the others normally', async () => {
    const multiSearch = jest.fn().mockRejectedValue(apiError(404, 'index_not_found'));
    const index = jest.fn((uid: string) => ({
      search: () =>
        uid === 't_organisations'
          ? Promise.resolve(answer(uid))
          : Promise.reject(apiError(404, 'index_not_found')),
    }));
    const result = await serviceWith({ multiSearch, index }).query({ facets: 'modes' });
    expect(result).toMatchObject({
      results: {
        need: { hits: [], total: 0, facets: {} },
        challenge: { hits: [], total: 0 },
        organisation: { total: 1 },
      },
    });
  });
});
