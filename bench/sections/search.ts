import { ListingKind } from '@rongtong/catalog';
import { RegionCatalog } from '@rongtong/identity';
import { INestApplication } from '@nestjs/common';
import { SearchService } from '@rongtong/search';
import { request } from '../http';
import { MeiliAdmin } from '../meili';
import { Rng } from '../prng';
import { distribution, Distribution, ratio } from '../stats';
import { DOMAINS, SUBWORD_QUERIES } from '../vocabulary';

export type QueryCategory = 'term' | 'word' | 'multi-term' | 'filtered' | 'faceted';

export interface BenchQuery {
  id: number;
  category: QueryCategory;
  params: Record<string, string>;
}

/**
 * ~200 fixed queries: short sub-words, whole compounds, two-word queries, queries filtered by a
 * province or an industry division, and a subset with facets (as the search page requests them).
 */
export function benchQueries(seed: number, count = 200): BenchQuery[] {
  const rng = new Rng(seed ^ 0x5ea4c4);
  const compounds = DOMAINS.flatMap((d) => d.compounds);
  const provinces = RegionCatalog.shared()
    .provinces()
    .map((p) => p.code);
  const types: ListingKind[] = ['need', 'achievement', 'need', 'achievement', 'challenge'];
  const queries: BenchQuery[] = [];
  const plan: [QueryCategory, number][] = [
    ['term', 0.3],
    ['word', 0.2],
    ['multi-term', 0.2],
    ['filtered', 0.2],
    ['faceted', 0.1],
  ];
  for (const [category, share] of plan) {
    const n = Math.round(count * share);
    for (let k = 0; k < n; k++) {
      const domain = rng.pick(DOMAINS);
      const params: Record<string, string> = { type: types[queries.length % types.length] };
      if (category === 'term') params.q = rng.pick(SUBWORD_QUERIES);
      else if (category === 'word') params.q = rng.pick(compounds);
      else if (category === 'multi-term')
        params.q = `${rng.pick(domain.compounds)} ${rng.pick(domain.heads).slice(0, 4)}`;
      else {
        params.q = rng.chance(0.5) ? rng.pick(SUBWORD_QUERIES) : rng.pick(domain.compounds);
        if (rng.chance(0.5)) params.region = rng.pick(provinces);
        else params.industry = rng.pick(domain.divisions);
        if (rng.chance(0.3)) params.trlMin = String(rng.int(3, 6));
        if (category === 'faceted') params.facets = 'industrySection,provinceCode,modes';
      }
      queries.push({ id: queries.length, category, params });
    }
  }
  return queries;
}

export interface SearchSectionResult {
  queries: number;
  rounds: number;
  stoppedEarly: boolean;
  apiMs: Distribution;
  rawMs: Distribution;
  engineMs: Distribution;
  ratios: {
    apiP50OverRawP50: number;
    apiP95OverRawP95: number;
    rawP50OverEngineP50: number;
    apiP50OverEngineP50: number;
  };
  byCategory: Record<
    string,
    { api: Distribution; raw: Distribution; engine: Distribution; apiP50OverRawP50: number }
  >;
  /** Share of queries with at least one hit (sanity: the index is populated). */
  queriesWithHits: number;
  errors: number;
  perQuery: {
    id: number;
    category: string;
    params: Record<string, string>;
    total: number;
    apiP50: number;
    apiP95: number;
    rawP50: number;
    rawP95: number;
    engineP50: number;
  }[];
}

/**
 * Each query through GET /api/v1/search (keep-alive) and the same Meilisearch parameters the
 * product sends (taken from its SearchService) POSTed to /indexes/<uid>/search (keep-alive),
 * alternating which goes first; plus Meilisearch's processingTimeMs.
 */
export async function runSearchSection(options: {
  api: INestApplication;
  apiUrl: string;
  admin: MeiliAdmin;
  seed: number;
  rounds: number;
  deadlineMs: number;
  log: (line: string) => void;
}): Promise<SearchSectionResult> {
  const { api, apiUrl, admin, log } = options;
  const service = api.get(SearchService, { strict: false });
  const queries = benchQueries(options.seed);
  const prepared = queries.map((query) => {
    // As the ValidationPipe hands it over: numbers converted (class-transformer @Type).
    const dto = {
      ...query.params,
      ...(query.params.trlMin ? { trlMin: Number(query.params.trlMin) } : {}),
    };
    const target = query.params.type as ListingKind;
    // The exact parameters the product sends to Meilisearch for this query.
    const { indexUid, ...params } = service.engineRequest(dto, target);
    return {
      query,
      indexUid: indexUid,
      body: JSON.stringify(params),
      url: `${apiUrl}/api/v1/search?${new URLSearchParams(query.params).toString()}`,
    };
  });
  const samples = new Map<
    number,
    { api: number[]; raw: number[]; engine: number[]; total: number }
  >(queries.map((q) => [q.id, { api: [], raw: [], engine: [], total: 0 }]));
  let errors = 0;
  const rawHeaders = admin.headers({ 'content-type': 'application/json' });
  const runOne = async (p: (typeof prepared)[number], record: boolean, apiFirst: boolean) => {
    const doApi = async () => {
      const result = await request<{ total?: number }>(p.url);
      if (result.status !== 200) {
        errors++;
        if (errors <= 3)
          log(`  API ${result.status} for ${p.url}: ${JSON.stringify(result.body).slice(0, 300)}`);
        return;
      }
      if (record) samples.get(p.query.id)!.api.push(result.ms);
    };
    const doRaw = async () => {
      const result = await request<{ processingTimeMs: number; totalHits?: number }>(
        `${admin.url}/indexes/${p.indexUid}/search`,
        {
          method: 'POST',
          headers: rawHeaders,
          body: p.body,
        },
      );
      if (result.status !== 200) {
        errors++;
        if (errors <= 3)
          log(`  raw ${result.status}: ${JSON.stringify(result.body).slice(0, 300)}`);
        return;
      }
      const s = samples.get(p.query.id)!;
      s.total = result.body.totalHits ?? 0;
      if (record) {
        s.raw.push(result.ms);
        s.engine.push(result.body.processingTimeMs);
      }
    };
    if (apiFirst) {
      await doApi();
      await doRaw();
    } else {
      await doRaw();
      await doApi();
    }
  };

  // Warm-up round (not recorded): first-touch costs, JIT, socket set-up.
  for (const p of prepared) await runOne(p, false, true);
  let rounds = 0;
  let stoppedEarly = false;
  for (let round = 0; round < options.rounds; round++) {
    if (Date.now() > options.deadlineMs) {
      stoppedEarly = true;
      break;
    }
    for (const p of prepared) await runOne(p, true, (round + p.query.id) % 2 === 0);
    rounds++;
    log(`  search round ${round + 1}/${options.rounds} done`);
  }

  const all = { api: [] as number[], raw: [] as number[], engine: [] as number[] };
  const byCat = new Map<string, { api: number[]; raw: number[]; engine: number[] }>();
  for (const q of queries) {
    const s = samples.get(q.id)!;
    all.api.push(...s.api);
    all.raw.push(...s.raw);
    all.engine.push(...s.engine);
    const c = byCat.get(q.category) ?? { api: [], raw: [], engine: [] };
    c.api.push(...s.api);
    c.raw.push(...s.raw);
    c.engine.push(...s.engine);
    byCat.set(q.category, c);
  }
  const apiMs = distribution(all.api);
  const rawMs = distribution(all.raw);
  const engineMs = distribution(all.engine);
  return {
    queries: queries.length,
    rounds,
    stoppedEarly,
    apiMs,
    rawMs,
    engineMs,
    ratios: {
      apiP50OverRawP50: ratio(apiMs.p50, rawMs.p50),
      apiP95OverRawP95: ratio(apiMs.p95, rawMs.p95),
      rawP50OverEngineP50: ratio(rawMs.p50, Math.max(engineMs.p50, 1)),
      apiP50OverEngineP50: ratio(apiMs.p50, Math.max(engineMs.p50, 1)),
    },
    byCategory: Object.fromEntries(
      [...byCat].map(([cat, c]) => {
        const api = distribution(c.api);
        const raw = distribution(c.raw);
        return [
          cat,
          { api, raw, engine: distribution(c.engine), apiP50OverRawP50: ratio(api.p50, raw.p50) },
        ];
      }),
    ),
    queriesWithHits: ratio(
      queries.filter((q) => samples.get(q.id)!.total > 0).length,
      queries.length,
    ),
    errors,
    perQuery: queries.map((q) => {
      const s = samples.get(q.id)!;
      const api = distribution(s.api);
      const raw = distribution(s.raw);
      return {
        id: q.id,
        category: q.category,
        params: q.params,
        total: s.total,
        apiP50: api.p50,
        apiP95: api.p95,
        rawP50: raw.p50,
        rawP95: raw.p95,
        engineP50: distribution(s.engine).p50,
      };
    }),
  };
}
