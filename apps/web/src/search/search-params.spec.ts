import { apiQuery, queryFromUrl, urlFromQuery } from './search-params';

describe('search URL state', () => {
  it('reads only known, well-formed parameters', () => {
    const query = queryFromUrl(
      new URLSearchParams(
        'q=%E7%94%B5%E6%B1%A0&type=need&region=320000&trlMin=4&page=x&sort=bogus&evil=1',
      ),
    );
    expect(query).toEqual({ q: '电池', type: 'need', region: '320000', trlMin: 4 });
  });

  it('round-trips through the URL, leaving page 1 out', () => {
    const query = { q: '电池', type: 'achievement' as const, page: 1, industry: 'C38' };
    expect(queryFromUrl(new URL(urlFromQuery(query), 'http://x').searchParams)).toEqual({
      q: '电池',
      type: 'achievement',
      industry: 'C38',
    });
  });

  it('asks for facets and pages on single-type searches only', () => {
    expect(apiQuery({ q: '电池' })).toMatchObject({ type: 'all', limit: 4, facets: undefined });
    expect(apiQuery({ q: '电池', type: 'need', page: 3 })).toMatchObject({
      limit: 10,
      page: 3,
      facets: 'provinceCode,industrySection',
    });
    expect(apiQuery({ type: 'organisation' }).facets).toBeUndefined();
  });
});
