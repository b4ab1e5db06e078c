import { ValidationFailedError } from '@rongtong/common';
import { endOfChinaDay, parseSearchQuery, SEARCH_FILTER_INVALID } from './search-criteria';
import { SearchQueryDto } from './search-query.dto';

function rejected(query: Partial<SearchQueryDto>): ValidationFailedError {
  try {
    parseSearchQuery(query);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationFailedError);
    return error as ValidationFailedError;
  }
  throw new Error(`accepted ${JSON.stringify(query)}`);
}

const fieldsOf = (error: ValidationFailedError) => error.fields?.map((f) => f.field);

describe('parseSearchQuery', () => {
  it('defaults to all types, relevance, first page of 20, no facets', () => {
    expect(parseSearchQuery({})).toEqual({
      q: '',
      type: 'all',
      facets: [],
      sort: 'relevance',
      page: 1,
      limit: 20,
    });
  });

  it('parses every filter into typed values', () => {
    const criteria = parseSearchQuery({
      q: '  锂电池  ',
      type: 'need',
      industry: 'c3841',
      region: '210200',
      minTier: 'specialised',
      trlMin: 3,
      trlMax: 7,
      modes: 'licence, equity,licence',
      amountMin: 50,
      amountMax: 500,
      deadlineAfter: '2026-01-01',
      deadlineBefore: '2026-12-31',
      facets: 'modes,trl',
      sort: 'newest',
      page: 2,
      limit: 50,
    });
    expect(criteria).toEqual({
      q: '锂电池',
      type: 'need',
      industry: '3841',
      region: '210200',
      minTier: 'specialised',
      trl: { min: 3, max: 7 },
      modes: ['licence', 'equity'],
      amount: { min: 50, max: 500 },
      deadline: { min: 1767283199, max: 1798732799 },
      facets: ['modes', 'trl'],
      sort: 'newest',
      page: 2,
      limit: 50,
    });
  });

  it('canonicalises industry codes: a section letter, or digits without the letter', () => {
    expect(parseSearchQuery({ industry: 'c' }).industry).toBe('C');
    expect(parseSearchQuery({ industry: 'C38' }).industry).toBe('38');
  });

  it.each([
    ['industry', { industry: 'C34" OR status = "draft' }],
    ['industry', { industry: 'A3841' }],
    ['industry', { industry: '9999' }],
    ['region', { region: '210000" OR regionPrefixes EXISTS' }],
    ['region', { region: '999999' }],
    ['region', { region: '21' }],
    ['minTier', { minTier: 'unicorn' as never }],
    ['modes', { modes: 'bribery' }],
    ['modes', { modes: 'licence,"] OR id EXISTS' }],
    ['modes', { modes: ' , ' }],
    ['facets', { facets: 'organisationId' }],
    ['type', { type: 'draft' as never }],
    ['sort', { sort: 'id:asc' as never }],
    ['page', { page: 0 }],
    ['limit', { limit: 51 }],
    ['trlMin', { trlMin: 0 }],
    ['trlMax', { trlMax: 3.5 }],
    ['amountMin', { amountMin: -1 }],
    ['amountMax', { amountMax: Number.NaN }],
    ['deadlineBefore', { deadlineBefore: '2026-02-30' }],
    ['deadlineAfter', { deadlineAfter: '2026-1-1' }],
  ])('rejects a bad %s with SEARCH_FILTER_INVALID naming it', (field, query) => {
    const error = rejected(query);
    expect(error.code).toBe(SEARCH_FILTER_INVALID);
    expect(fieldsOf(error)).toEqual([field]);
  });

  it.each([
    ['trlMin', { trlMin: 7, trlMax: 3 }],
    ['amountMin', { amountMin: 100, amountMax: 10 }],
    ['deadlineAfter', { deadlineAfter: '2026-06-02', deadlineBefore: '2026-06-01' }],
  ])('rejects ranges whose min is above their max (%s)', (field, query) => {
    expect(fieldsOf(rejected(query))).toEqual([field]);
  });

  it('accepts equal ends of a range', () => {
    expect(parseSearchQuery({ trlMin: 5, trlMax: 5 }).trl).toEqual({ min: 5, max: 5 });
  });

  it('names every bad field at once', () => {
    expect(fieldsOf(rejected({ industry: 'x', region: 'y', page: 0 }))).toEqual([
      'page',
      'industry',
      'region',
    ]);
  });
});

describe('endOfChinaDay', () => {
  it('is 23:59:59 China time, the instant the indexer stores for validUntil', () => {
    expect(endOfChinaDay('2026-01-01')).toBe(Date.UTC(2026, 0, 1, 15, 59, 59) / 1000);
  });

  it('refuses impossible days', () => {
    expect(endOfChinaDay('2025-02-29')).toBeUndefined();
    expect(endOfChinaDay('2024-02-29')).toBeDefined();
  });
});
