import { buildFacets, buildFilters, buildSort } from './search-filters';
import { parseSearchQuery, SearchTarget } from './search-criteria';
import { SearchQueryDto } from './search-query.dto';

const filters = (query: Partial<SearchQueryDto>, target: SearchTarget) =>
  buildFilters(parseSearchQuery(query), target);

describe('buildFilters', () => {
  it('has no filters without criteria', () => {
    expect(filters({ q: '电池' }, 'need')).toEqual([]);
  });

  it('filters industry by canonical prefix on every target', () => {
    for (const target of ['need', 'achievement', 'challenge', 'organisation'] as const) {
      expect(filters({ industry: 'C38' }, target)).toEqual(['industryPrefixes = "38"']);
    }
    expect(filters({ industry: 'c' }, 'need')).toEqual(['industryPrefixes = "C"']);
  });

  it('filters region by equality with the stored ancestors', () => {
    expect(filters({ region: '210000' }, 'achievement')).toEqual(['regionPrefixes = "210000"']);
    expect(filters({ region: '210211' }, 'organisation')).toEqual(['regionPrefixes = "210211"']);
  });

  it('reads minTier as "holds at least" for organisations', () => {
    expect(filters({ minTier: 'specialised' }, 'organisation')).toEqual([
      'currentTier IN ["specialised", "little_giant", "single_champion"]',
    ]);
  });

  it('reads minTier as "may enter" for challenges: no requirement, or one at most that tier', () => {
    expect(filters({ minTier: 'specialised' }, 'challenge')).toEqual([
      '(minTier IS NULL OR minTier IN ["innovative", "specialised"])',
    ]);
    expect(filters({ minTier: 'innovative' }, 'challenge')).toEqual([
      '(minTier IS NULL OR minTier IN ["innovative"])',
    ]);
  });

  it('filters TRL by inclusive bounds', () => {
    expect(filters({ trlMin: 3, trlMax: 7 }, 'need')).toEqual(['trl >= 3', 'trl <= 7']);
    expect(filters({ trlMin: 4 }, 'achievement')).toEqual(['trl >= 4']);
    expect(filters({ trlMax: 6 }, 'achievement')).toEqual(['trl <= 6']);
  });

  it('filters modes as any-of', () => {
    expect(filters({ modes: 'licence,joint_development' }, 'need')).toEqual([
      'modes IN ["licence", "joint_development"]',
    ]);
  });

  it('filters amounts by overlap of ranges, treating missing ends as open', () => {
    expect(filters({ amountMin: 50, amountMax: 200.5 }, 'need')).toEqual([
      '(amountMaxWan >= 50 OR (amountMaxWan IS NULL AND amountMinWan IS NOT NULL))',
      '(amountMinWan <= 200.5 OR (amountMinWan IS NULL AND amountMaxWan IS NOT NULL))',
    ]);
    expect(filters({ amountMax: 0 }, 'challenge')).toEqual([
      '(amountMinWan <= 0 OR (amountMinWan IS NULL AND amountMaxWan IS NOT NULL))',
    ]);
  });

  it('filters deadlines on validUntil, both days inclusive', () => {
    expect(
      filters({ deadlineAfter: '2026-01-01', deadlineBefore: '2026-12-31' }, 'challenge'),
    ).toEqual(['validUntil >= 1767283199', 'validUntil <= 1798732799']);
  });

  it('ignores filters that do not apply to a target', () => {
    const everything: Partial<SearchQueryDto> = {
      minTier: 'little_giant',
      trlMin: 3,
      modes: 'licence',
      amountMin: 1,
      deadlineAfter: '2026-01-01',
    };
    expect(filters(everything, 'organisation')).toEqual([
      'currentTier IN ["little_giant", "single_champion"]',
    ]);
    expect(filters(everything, 'challenge')).toEqual([
      '(minTier IS NULL OR minTier IN ["innovative", "specialised", "little_giant"])',
      '(amountMaxWan >= 1 OR (amountMaxWan IS NULL AND amountMinWan IS NOT NULL))',
      'validUntil >= 1767283199',
    ]);
    expect(filters(everything, 'need')).toEqual([
      'trl >= 3',
      'modes IN ["licence"]',
      '(amountMaxWan >= 1 OR (amountMaxWan IS NULL AND amountMinWan IS NOT NULL))',
      'validUntil >= 1767283199',
    ]);
  });

  it('combines filters in a fixed order', () => {
    expect(filters({ industry: '3841', region: '320102', trlMax: 9 }, 'achievement')).toEqual([
      'industryPrefixes = "3841"',
      'regionPrefixes = "320102"',
      'trl <= 9',
    ]);
  });

  it('never builds a filter from hostile input: parsing rejects it first', () => {
    expect(() => filters({ industry: 'C34" OR status = "draft' }, 'need')).toThrow('industry');
    expect(() => filters({ modes: 'licence"]' }, 'need')).toThrow('modes');
  });
});

describe('buildSort', () => {
  it('maps sorts to whitelisted sortable attributes', () => {
    expect(buildSort('relevance', 'need')).toBeUndefined();
    expect(buildSort('newest', 'need')).toEqual(['publishedAt:desc']);
    expect(buildSort('deadline', 'challenge')).toEqual(['validUntil:asc']);
    expect(buildSort('price', 'achievement')).toEqual(['amountMinWan:asc']);
  });

  it('sorts organisations only by newest; other sorts fall back to relevance', () => {
    expect(buildSort('newest', 'organisation')).toEqual(['createdAt:desc']);
    expect(buildSort('price', 'organisation')).toBeUndefined();
    expect(buildSort('deadline', 'organisation')).toBeUndefined();
  });
});

describe('buildFacets', () => {
  it('asks for facets only when requested and only on listing indexes', () => {
    expect(buildFacets(parseSearchQuery({}), 'need')).toBeUndefined();
    const criteria = parseSearchQuery({ facets: 'industrySection,modes' });
    expect(buildFacets(criteria, 'need')).toEqual(['industrySection', 'modes']);
    expect(buildFacets(criteria, 'organisation')).toBeUndefined();
  });
});
