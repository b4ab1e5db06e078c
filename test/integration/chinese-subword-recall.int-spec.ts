import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CslPaper, loadCslPapers } from '@rongtong/demo';
import {
  chineseSubwords,
  LISTING_SUBWORD_OPTIONS,
} from '../../libs/search/src/chinese/subword-field';
import {
  Index,
  LocalMeilisearchServer,
  Meilisearch,
  SearchParams,
  Settings,
  createMeilisearchClient,
  destroyMeilisearchClient,
} from '../../libs/search/src/meilisearch';

/**
 * Recall of Chinese sub-words (电池 inside 锂电池) on the 2,000 CSL abstracts: a plain index
 * (title, keywords, abstract) against the same index plus the `subwords` field from
 * chineseSubwords(), searchable last. Ground truth: the paper contains the query as a substring.
 */
jest.setTimeout(120_000);

interface PaperDoc {
  id: string;
  title: string;
  abstract: string;
  keywords: string[];
  subwords?: string;
}

type Strategy = NonNullable<SearchParams['matchingStrategy']>;

const PLAIN = 'csl_plain';
const IMPROVED = 'csl_subwords';
const LIMIT = 1000;
const STRATEGIES: Strategy[] = ['last', 'all', 'frequency'];
const MUST_HAVE = ['电池', '传感器', '机器人'];
const TASK_WAIT = { timeout: 90_000, interval: 50 };

const HAN_TERM = /^\p{Script=Han}{2,4}$/u;

/**
 * Keywords of 2–4 Han characters that also occur inside at least two other, longer keywords
 * (传感器 in 压力传感器…), most embedded first: 24 of 2, 16 of 3 and 10 of 4 characters, plus
 * MUST_HAVE terms that occur inside a longer keyword.
 */
function deriveQueries(papers: CslPaper[]): string[] {
  const keywords = [...new Set(papers.flatMap((paper) => paper.keywords))];
  const embeddedIn = (term: string): number =>
    keywords.filter((keyword) => keyword !== term && keyword.includes(term)).length;
  const ranked = keywords
    .filter((keyword) => HAN_TERM.test(keyword))
    .map((term) => ({ term, count: embeddedIn(term) }))
    .filter(({ count }) => count >= 2)
    .sort((a, b) => b.count - a.count || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  const ofLength = (length: number, take: number): string[] =>
    ranked
      .filter(({ term }) => term.length === length)
      .slice(0, take)
      .map(({ term }) => term);
  const queries = [...ofLength(2, 24), ...ofLength(3, 16), ...ofLength(4, 10)];
  for (const term of MUST_HAVE) {
    if (!queries.includes(term) && embeddedIn(term) > 0) queries.push(term);
  }
  return queries;
}

function searchableText(paper: CslPaper): string {
  return [paper.title, ...paper.keywords, paper.abstract].join('\n');
}

interface QueryResult {
  query: string;
  truth: number;
  recall: number;
  /** Recall within the first |ground truth| hits. */
  rPrecision: number;
  /** Relevant hits among the 10 first slots / 10 (missing slots count as misses). */
  precisionAt10: number;
  /** Relevant hits among the first hits / number of those hits (at most 10). */
  precisionOfReturned10: number;
  ids: string[];
}

interface Summary {
  meanRecall: number;
  minRecall: number;
  meanRPrecision: number;
  meanPrecisionAt10: number;
  meanPrecisionOfReturned10: number;
  worst: string;
}

function summarise(results: QueryResult[]): Summary {
  const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
  const worst = results.reduce((a, b) => (b.recall < a.recall ? b : a));
  return {
    meanRecall: mean(results.map((r) => r.recall)),
    minRecall: worst.recall,
    meanRPrecision: mean(results.map((r) => r.rPrecision)),
    meanPrecisionAt10: mean(results.map((r) => r.precisionAt10)),
    meanPrecisionOfReturned10: mean(results.map((r) => r.precisionOfReturned10)),
    worst: `${worst.query} ${worst.truth}`,
  };
}

describe('Chinese sub-word recall on CSL (plain vs sub-word field)', () => {
  let dataDir: string;
  let server: LocalMeilisearchServer;
  let client: Meilisearch;
  let papers: CslPaper[];
  let queries: string[];
  const truth = new Map<string, Set<string>>();
  const results = new Map<string, QueryResult[]>();
  const timings: string[] = [];
  const notWholeWordFirst: string[] = [];

  async function buildIndex(uid: string, withSubwords: boolean): Promise<Index<PaperDoc>> {
    await client.createIndex(uid, { primaryKey: 'id' }).waitTask(TASK_WAIT);
    const index = client.index<PaperDoc>(uid);
    const settings: Settings = {
      searchableAttributes: [
        'title',
        'keywords',
        'abstract',
        ...(withSubwords ? ['subwords'] : []),
      ],
      displayedAttributes: ['id'],
      pagination: { maxTotalHits: 5000 },
    };
    // Settings first: changing searchable attributes later would re-index everything.
    const settled = await index.updateSettings(settings).waitTask(TASK_WAIT);
    expect(settled.status).toBe('succeeded');
    const docs: PaperDoc[] = papers.map((paper) => ({
      id: paper.id,
      title: paper.title,
      abstract: paper.abstract,
      keywords: paper.keywords,
      ...(withSubwords
        ? { subwords: chineseSubwords(searchableText(paper), LISTING_SUBWORD_OPTIONS) }
        : {}),
    }));
    const started = performance.now();
    const added = await index.addDocuments(docs).waitTask(TASK_WAIT);
    const seconds = (performance.now() - started) / 1000;
    expect(added.status).toBe('succeeded');
    const stats = await index.getStats();
    const payloadMb = Buffer.byteLength(JSON.stringify(docs)) / 1e6;
    timings.push(
      `${uid}: indexing ${seconds.toFixed(2)} s, payload ${payloadMb.toFixed(1)} MB, ` +
        `rawDocumentDbSize ${(stats.rawDocumentDbSize / 1e6).toFixed(1)} MB, ` +
        `avgDocumentSize ${stats.avgDocumentSize} B`,
    );
    return index;
  }

  async function evaluate(index: Index<PaperDoc>, strategy: Strategy): Promise<QueryResult[]> {
    const out: QueryResult[] = [];
    for (const query of queries) {
      const response = await index.search(query, {
        limit: LIMIT,
        matchingStrategy: strategy,
        attributesToRetrieve: ['id'],
      });
      const ids = response.hits.map((hit) => hit.id);
      const relevant = truth.get(query) ?? new Set<string>();
      const found = (list: string[]): number => list.filter((id) => relevant.has(id)).length;
      const top = ids.slice(0, 10);
      out.push({
        query,
        truth: relevant.size,
        recall: found(ids) / relevant.size,
        rPrecision: found(ids.slice(0, relevant.size)) / relevant.size,
        precisionAt10: found(top) / 10,
        precisionOfReturned10: top.length === 0 ? 0 : found(top) / top.length,
        ids,
      });
    }
    return out;
  }

  beforeAll(async () => {
    papers = loadCslPapers();
    queries = deriveQueries(papers);
    for (const query of queries) {
      const ids = papers.filter((paper) => searchableText(paper).includes(query)).map((p) => p.id);
      truth.set(query, new Set(ids));
    }
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'rongtong-subword-'));
    server = await LocalMeilisearchServer.start({ dataDir });
    client = createMeilisearchClient({ host: server.url, apiKey: server.masterKey });
    const plain = await buildIndex(PLAIN, false);
    const improved = await buildIndex(IMPROVED, true);
    for (const strategy of STRATEGIES) {
      results.set(`${PLAIN}/${strategy}`, await evaluate(plain, strategy));
      results.set(`${IMPROVED}/${strategy}`, await evaluate(improved, strategy));
    }

    const lines = [
      `${queries.length} queries: ${queries.join(' ')}`,
      ...timings,
      'index/strategy            meanRecall minRecall  R-prec  P@10   P@10ret worst(query |GT|)',
    ];
    for (const [key, list] of results) {
      const s = summarise(list);
      lines.push(
        `${key.padEnd(24)} ${s.meanRecall.toFixed(4).padStart(10)} ${s.minRecall
          .toFixed(4)
          .padStart(9)} ${s.meanRPrecision.toFixed(4)} ${s.meanPrecisionAt10.toFixed(4)} ` +
          `${s.meanPrecisionOfReturned10.toFixed(4)}  ${s.worst}`,
      );
    }
    const plainLast = results.get(`${PLAIN}/last`) ?? [];
    lines.push(
      'plain misses (last): ' +
        plainLast
          .filter((r) => r.recall < 1)
          .map((r) => `${r.query} ${Math.round(r.recall * r.truth)}/${r.truth}`)
          .join(', '),
    );
    const plainAll = results.get(`${PLAIN}/all`) ?? [];
    const improvedAll = results.get(`${IMPROVED}/all`) ?? [];
    lines.push(
      'P@10 of returned hits differs (all; plain → improved, |GT|): ' +
        improvedAll
          .map((r, i) => ({ r, p: plainAll[i] }))
          .filter(({ r, p }) => r.precisionOfReturned10 !== p.precisionOfReturned10)
          .map(
            ({ r, p }) =>
              `${r.query} ${p.precisionOfReturned10} → ${r.precisionOfReturned10} (${r.truth})`,
          )
          .join(', '),
    );
    // Whole-word-first ordering over all queries: relevant papers that plain finds hold the query
    // as jieba token(s); each should come before any relevant paper only the sub-word field finds.
    const ordered = improvedAll.filter((r, i) => {
      const relevant = truth.get(r.query) ?? new Set<string>();
      const whole = new Set(plainAll[i].ids.filter((id) => relevant.has(id)));
      const lastWhole = Math.max(-1, ...r.ids.map((id, rank) => (whole.has(id) ? rank : -1)));
      const firstOther = r.ids.findIndex((id) => relevant.has(id) && !whole.has(id));
      return firstOther === -1 || lastWhole < firstOther;
    });
    notWholeWordFirst.push(...improvedAll.filter((r) => !ordered.includes(r)).map((r) => r.query));
    lines.push(
      `whole-word hits all ranked before sub-word-only hits (all): ${ordered.length}/` +
        `${improvedAll.length} queries; not for: ` +
        improvedAll
          .filter((r) => !ordered.includes(r))
          .map((r) => r.query)
          .join(' '),
    );
    console.log(lines.join('\n'));
  });

  afterAll(async () => {
    if (client !== undefined) destroyMeilisearchClient(client);
    await server?.stop();
    if (dataDir !== undefined) await rm(dataDir, { recursive: true, force: true });
  });

  it('derives at least 40 embedded 2–4 character queries, including 电池, 传感器, 机器人', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    expect(queries).toEqual(expect.arrayContaining(MUST_HAVE));
    for (const query of queries) {
      expect(query).toMatch(HAN_TERM);
      expect(truth.get(query)?.size).toBeGreaterThan(0);
    }
  });

  it.each(STRATEGIES)('reaches ≥ 99%% mean recall with the sub-word field (%s)', (strategy) => {
    const improved = summarise(results.get(`${IMPROVED}/${strategy}`) ?? []);
    expect(improved.meanRecall).toBeGreaterThanOrEqual(0.99);
    expect(improved.minRecall).toBeGreaterThanOrEqual(0.9);
  });

  it.each(STRATEGIES)('keeps precision@10 at least as good as plain (%s)', (strategy) => {
    const plain = summarise(results.get(`${PLAIN}/${strategy}`) ?? []);
    const improved = summarise(results.get(`${IMPROVED}/${strategy}`) ?? []);
    expect(improved.meanPrecisionAt10).toBeGreaterThanOrEqual(plain.meanPrecisionAt10 - 0.001);
    expect(improved.meanRecall).toBeGreaterThanOrEqual(plain.meanRecall);
  });

  it('ranks, for every query, papers plain finds before those only the sub-word field finds', () => {
    expect(notWholeWordFirst).toEqual([]);
  });

  it('ranks whole-word hits before papers that hold 电池 only inside a longer word', () => {
    const query = '电池';
    const wholeWord = new Set(
      (results.get(`${PLAIN}/all`) ?? []).find((r) => r.query === query)?.ids ?? [],
    );
    const ranked = (results.get(`${IMPROVED}/all`) ?? []).find((r) => r.query === query)?.ids ?? [];
    const relevant = truth.get(query) ?? new Set<string>();
    const subwordOnly = ranked.filter((id) => relevant.has(id) && !wholeWord.has(id));
    console.log(
      `${query}: |GT| ${relevant.size}, whole-word (plain) hits ${wholeWord.size}, ` +
        `sub-word-only hits ${subwordOnly.length}, improved ranking: ` +
        ranked.map((id) => (wholeWord.has(id) ? 'W' : relevant.has(id) ? 's' : 'x')).join(''),
    );
    expect(wholeWord.size).toBeGreaterThan(0);
    expect(subwordOnly.length).toBeGreaterThan(0);
    const lastWhole = Math.max(...ranked.map((id, i) => (wholeWord.has(id) ? i : -1)));
    const firstSubwordOnly = ranked.indexOf(subwordOnly[0]);
    expect(lastWhole).toBeLessThan(firstSubwordOnly);
  });
});
