import { ValidationFailedError } from '@rongtong/common';
import { parseStoredQuery, toStoredQuery } from './saved-search-query';

function fieldsOf(action: () => unknown): string[] {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationFailedError);
    return ((error as ValidationFailedError).fields ?? []).map((problem) => problem.field);
  }
  throw new Error('expected a validation error');
}

describe('saved search queries', () => {
  it('keeps the search parameters as strings and drops paging, sort and facets', () => {
    const stored = toStoredQuery({
      q: '  锂电池 ',
      type: 'achievement',
      industry: 'C38',
      region: '320000',
      trlMin: 4,
      trlMax: 7,
      modes: 'licence,joint_development',
      amountMax: 500,
      page: 3,
      limit: 50,
      sort: 'newest',
      facets: 'modes',
    });
    expect(stored).toEqual({
      q: '锂电池',
      type: 'achievement',
      industry: 'C38',
      region: '320000',
      trlMin: '4',
      trlMax: '7',
      modes: 'licence,joint_development',
      amountMax: '500',
    });
  });

  it('parses back into the criteria GET /search would use', () => {
    const criteria = parseStoredQuery(
      toStoredQuery({ q: '电池', industry: 'C38', trlMin: 4, minTier: 'specialised' }),
    );
    expect(criteria).toMatchObject({
      q: '电池',
      type: 'all',
      industry: '38',
      trl: { min: 4 },
      minTier: 'specialised',
    });
  });

  it('reports bad filters under query.<field>', () => {
    expect(fieldsOf(() => toStoredQuery({ industry: 'Z99' }))).toEqual(['query.industry']);
    expect(fieldsOf(() => toStoredQuery({ region: '999999', trlMin: 8, trlMax: 3 }))).toEqual([
      'query.region',
      'query.trlMin',
    ]);
    expect(fieldsOf(() => toStoredQuery({ modes: 'barter' }))).toEqual(['query.modes']);
    expect(fieldsOf(() => toStoredQuery({ deadlineAfter: '2025-02-30' }))).toEqual([
      'query.deadlineAfter',
    ]);
  });

  it('refuses organisation searches: alerts are about listings', () => {
    expect(fieldsOf(() => toStoredQuery({ type: 'organisation' }))).toEqual(['query.type']);
  });

  it('accepts an empty query (every new listing of the type)', () => {
    expect(toStoredQuery({ q: '  ', type: 'challenge' })).toEqual({ type: 'challenge' });
  });
});
