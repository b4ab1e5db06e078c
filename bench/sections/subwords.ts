import { LISTING_KINDS, ListingKind } from '@rongtong/catalog';
import { Corpus } from '../corpus';
import { ListingGenerator, listingIndexOf } from '../generator';
import { MeiliAdmin } from '../meili';
import { round } from '../stats';

export interface SubwordQueryResult {
  q: string;
  groundTruth: number;
  product: { found: number; hits: number; recall: number; precisionAt10: number };
  plain: { found: number; hits: number; recall: number; precisionAt10: number };
}

export interface SubwordSectionResult {
  queries: number;
  stoppedEarly: boolean;
  product: {
    microRecall: number;
    meanRecall: number;
    minRecall: number;
    meanPrecisionAt10: number;
  };
  plain: { microRecall: number; meanRecall: number; minRecall: number; meanPrecisionAt10: number };
  perQuery: SubwordQueryResult[];
}

/**
 * Recall against the substring ground truth (title, keywords or body contains the query), over
 * every hit (limit = corpus size), and precision@10 of the default ranking, for the product's
 * settings (with `subwords`) and a plain index (the same documents, `subwords` not searchable).
 * Both indexes hold exactly the generated corpus (no lag-section writes).
 */
export async function runSubwordSection(options: {
  admin: MeiliAdmin;
  generator: ListingGenerator;
  corpus: Corpus;
  productIndex: (kind: ListingKind) => string;
  plainIndex: (kind: ListingKind) => string;
  maxQueries: number;
  deadlineMs: number;
  log: (line: string) => void;
}): Promise<SubwordSectionResult> {
  const { admin, generator, corpus } = options;
  const textCache = new Map<number, string>();
  const textOf = (index: number): string => {
    let text = textCache.get(index);
    if (text === undefined) {
      text = ListingGenerator.searchableText(generator.listing(index));
      if (textCache.size > 50_000) textCache.clear();
      textCache.set(index, text);
    }
    return text;
  };
  const queries = [...corpus.groundTruth]
    .filter(([, gt]) => gt.length > 0)
    .slice(0, options.maxQueries);
  const perQuery: SubwordQueryResult[] = [];
  let stoppedEarly = false;

  const measure = async (
    q: string,
    truth: Set<number>,
    indexFor: (kind: ListingKind) => string,
  ) => {
    let found = 0;
    let hits = 0;
    let relevantTop = 0;
    let topCount = 0;
    for (const kind of LISTING_KINDS) {
      const limit = Math.max(1, corpus.documents[kind]);
      const response = await admin.search(indexFor(kind), {
        q,
        limit,
        attributesToRetrieve: ['id'],
      });
      const ids: number[] = response.hits.map((h: { id: string }) => listingIndexOf(h.id));
      hits += ids.length;
      for (const id of ids) if (truth.has(id)) found++;
      // precision@10 per kind: the page a user of that type sees
      const top = ids.slice(0, 10);
      topCount += top.length;
      for (const id of top) if (textOf(id).includes(q)) relevantTop++;
    }
    return {
      found,
      hits,
      recall: round(found / truth.size, 4),
      precisionAt10: topCount === 0 ? 0 : round(relevantTop / topCount, 4),
    };
  };

  for (const [q, gt] of queries) {
    if (Date.now() > options.deadlineMs) {
      stoppedEarly = true;
      break;
    }
    const truth = new Set(gt);
    const product = await measure(q, truth, options.productIndex);
    const plain = await measure(q, truth, options.plainIndex);
    perQuery.push({ q, groundTruth: gt.length, product, plain });
    if (perQuery.length % 10 === 0)
      options.log(`  sub-word queries ${perQuery.length}/${queries.length}`);
  }
  const summary = (side: 'product' | 'plain') => {
    const totalTruth = perQuery.reduce((n, r) => n + r.groundTruth, 0);
    const totalFound = perQuery.reduce((n, r) => n + r[side].found, 0);
    const recalls = perQuery.map((r) => r[side].recall);
    return {
      microRecall: round(totalFound / Math.max(1, totalTruth), 4),
      meanRecall: round(recalls.reduce((a, b) => a + b, 0) / Math.max(1, recalls.length), 4),
      minRecall: recalls.length ? Math.min(...recalls) : Number.NaN,
      meanPrecisionAt10: round(
        perQuery.reduce((n, r) => n + r[side].precisionAt10, 0) / Math.max(1, perQuery.length),
        4,
      ),
    };
  };
  return {
    queries: perQuery.length,
    stoppedEarly,
    product: summary('product'),
    plain: summary('plain'),
    perQuery,
  };
}
