import { ListingKind } from '@rongtong/catalog';
import { loadTechSynonyms } from '../chinese/synonyms';

/** Index base names (the deployment's MEILI_INDEX_PREFIX goes in front). */
export const LISTING_INDEX: Record<ListingKind, string> = {
  need: 'needs',
  achievement: 'achievements',
  challenge: 'challenges',
};

/**
 * Whitelisted filter attributes: the only names a query may filter on. Kept to what the query
 * builder uses (and the facets): every filterable attribute adds facet-database work to each
 * indexing batch, which is what write-to-searchable lag is made of.
 */
export const LISTING_FILTERABLE = [
  // Saved-search alerts test one listing against many saved queries (`id = "…"`).
  'id',
  'industryPrefixes',
  'industrySection',
  'regionPrefixes',
  'provinceCode',
  'modes',
  'trl',
  'amountMinWan',
  'amountMaxWan',
  'minTier',
  'validUntil',
] as const;

export const LISTING_SORTABLE = [
  'publishedAt',
  'validUntil',
  'amountMinWan',
  'amountMaxWan',
] as const;

/** Facets the search page shows; requested only where shown (facets cost ~5× at 1M docs). */
export const LISTING_FACETS = [
  'industrySection',
  'provinceCode',
  'modes',
  'trl',
  'minTier',
] as const;

/**
 * Settings applied, idempotently, at start-up and before every reindex import. The subword field
 * is searchable last, so the attribute rule ranks whole-word hits (title, keywords, body) first.
 */
export function listingIndexSettings() {
  return {
    searchableAttributes: [
      'title',
      'keywords',
      'body',
      'organisationName',
      'industryName',
      'subwords',
    ],
    displayedAttributes: ['*'],
    filterableAttributes: [...LISTING_FILTERABLE],
    sortableAttributes: [...LISTING_SORTABLE],
    // `sort` right after `words`: an explicit sort (newest, deadline, price) wins among hits that
    // match the query equally well; without a sort parameter the rule is inert and relevance
    // (proximity, then attribute: whole words before sub-words) decides.
    rankingRules: ['words', 'sort', 'typo', 'proximity', 'attribute', 'exactness'],
    typoTolerance: {
      enabled: true,
      // Chinese words are short and a one-character "typo" is another word: only long Latin
      // terms (AI model names, English keywords) get typo tolerance.
      minWordSizeForTypos: { oneTypo: 6, twoTypos: 10 },
    },
    synonyms: loadTechSynonyms(),
    pagination: { maxTotalHits: 10_000 },
    faceting: { maxValuesPerFacet: 100 },
    localizedAttributes: [{ attributePatterns: ['*'], locales: ['cmn'] }],
    proximityPrecision: 'byWord',
  };
}
