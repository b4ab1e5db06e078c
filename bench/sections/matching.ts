import { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { ListingKind } from '@rongtong/catalog';
import {
  CandidatePhaseTimes,
  MatchFinder,
  MatchingService,
  noPhaseTimes,
  TermStatisticsService,
} from '@rongtong/matching';
import { SearchClient } from '@rongtong/search';
import { kindOf, ListingGenerator } from '../generator';
import { request } from '../http';
import { MeiliAdmin } from '../meili';
import { insertRows, TABLE, toRow } from '../seed';
import { distribution, Distribution, nowMs, ratio } from '../stats';

export interface MatchingLatencyResult {
  listings: number;
  byKind: Record<string, number>;
  /** MatchFinder.findCandidates (retrieval + PostgreSQL + scoring, every counterpart kind). */
  findCandidatesMs: Distribution;
  /**
   * CPU time of the bench process (user + system, garbage collection included) during each
   * findCandidates call: what the matcher itself computes, far less sensitive than the wall time
   * to other load on a shared machine. PostgreSQL and Meilisearch are other processes.
   */
  findCandidatesCpuMs: Distribution;
  /**
   * The same call restricted to one counterpart kind, to show where the time goes: listings of
   * the other kind, or organisations (capability profiles built from their achievements).
   */
  listingCounterpartsMs: Distribution;
  organisationCounterpartsMs: Distribution;
  /**
   * Where findCandidates spends its time (MatchFinder's own phase timings, see
   * CandidatePhaseTimes): the search engine and the postings lookup run side by side.
   */
  phasesMs: Record<keyof CandidatePhaseTimes, Distribution>;
  /** MatchingService.matchListing: the same plus upserting pairs and recording notifications. */
  matchListingMs: Distribution;
  /** Σ Meilisearch processingTimeMs of the multi-search a findCandidates call sent. */
  engineMs: Distribution;
  /** The same multi-search request replayed raw over keep-alive HTTP right after. */
  rawMultiSearchMs: Distribution;
  queriesPerMatch: number;
  candidatesPerMatch: number;
  pairsStoredPerMatch: number;
  errors: { findCandidates: number; matchListing: number; first?: string };
  /**
   * The BM25 term statistics over every published achievement and the inverted index
   * (match_term_posting): the first refresh builds the postings in full (the index is empty);
   * the nightly refresh afterwards recounts the statistics and prunes closed listings only,
   * since every listing rewrites its own postings when it is matched.
   */
  termStatistics: {
    seconds: number;
    achievements: number;
    terms: number;
    postings: number;
    postingsMegabytes: number;
    nightlyRefreshSeconds: number;
  };
  ratios: { findCandidatesP50OverRawP50: number; findCandidatesP50OverEngineP50: number };
}

interface CapturedSearch {
  body: unknown;
  engineMs: number;
}

type MultiSearch = (body: unknown, ...rest: unknown[]) => Promise<{ results: unknown[] }>;

/**
 * Records every multi-search the product's client sends while `capturing` is on, with the
 * engine's processingTimeMs of each query: the exact requests the matcher makes, so the raw
 * replay and the engine time refer to the same work. Measurement only; the call goes through.
 */
function instrument(search: SearchClient): { take(): CapturedSearch[]; restore(): void } {
  const client = search.client as unknown as { multiSearch: MultiSearch };
  const original = client.multiSearch;
  let captured: CapturedSearch[] = [];
  client.multiSearch = async (body, ...rest) => {
    const response = await original.call(search.client, body, ...rest);
    const engineMs = response.results.reduce<number>(
      (sum, r) => sum + ((r as { processingTimeMs?: number }).processingTimeMs ?? 0),
      0,
    );
    captured.push({ body, engineMs });
    return response;
  };
  return {
    take: () => {
      const taken = captured;
      captured = [];
      return taken;
    },
    restore: () => {
      client.multiSearch = original;
    },
  };
}

function phaseDistributions(
  phases: readonly CandidatePhaseTimes[],
): Record<keyof CandidatePhaseTimes, Distribution> {
  const names = Object.keys(noPhaseTimes()) as (keyof CandidatePhaseTimes)[];
  return Object.fromEntries(
    names.map((name) => [name, distribution(phases.map((spent) => spent[name]))]),
  ) as Record<keyof CandidatePhaseTimes, Distribution>;
}

/** Generator slots past the corpus (and past the lag section's) of the wanted kind. */
function* freshIndexes(start: number, kinds: readonly ListingKind[]): Generator<number> {
  let k = 0;
  for (let i = start; ; i++) {
    if (kindOf(i) === kinds[k % kinds.length]) {
      yield i;
      k++;
    }
  }
}

/**
 * Matching latency of one new listing against the whole corpus: each of `count` fresh needs and
 * achievements (alternating) is written published (a plain insert: no outbox, so no worker job
 * races the measurement), then timed through findCandidates and through the persisting
 * matchListing. Three unrecorded listings warm up first.
 */
export async function runMatchingLatency(options: {
  api: INestApplication;
  admin: MeiliAdmin;
  pg: Client;
  generator: ListingGenerator;
  count: number;
  firstIndex: number;
  log: (line: string) => void;
}): Promise<MatchingLatencyResult> {
  const { api, admin, pg, generator, log } = options;
  // The first refresh builds the inverted index (empty until now); the first findCandidates then
  // loads the statistics.
  const statistics = api.get(TermStatisticsService, { strict: false });
  const refreshStarted = nowMs();
  const refreshed = await statistics.refresh();
  const buildSeconds = Math.round(nowMs() - refreshStarted) / 1000;
  const [size] = (
    await pg.query<{ bytes: string }>(
      `SELECT pg_total_relation_size('match_term_posting')::text AS bytes`,
    )
  ).rows;
  const nightlyStarted = nowMs();
  await statistics.refresh();
  const termStatistics = {
    seconds: buildSeconds,
    achievements: refreshed.documents,
    terms: refreshed.terms,
    postings: refreshed.postings,
    postingsMegabytes: Math.round(Number(size.bytes) / 1e6),
    nightlyRefreshSeconds: Math.round(nowMs() - nightlyStarted) / 1000,
  };
  log(
    `  term statistics: ${termStatistics.achievements} achievements, ${termStatistics.terms} terms, ${termStatistics.postings} postings (${termStatistics.postingsMegabytes} MB) built in ${termStatistics.seconds} s; nightly refresh ${termStatistics.nightlyRefreshSeconds} s`,
  );
  const finder = api.get(MatchFinder, { strict: false });
  const matching = api.get(MatchingService, { strict: false });
  const probe = instrument(api.get(SearchClient, { strict: false }));
  const find: number[] = [];
  const findCpu: number[] = [];
  const listingsOnly: number[] = [];
  const organisationsOnly: number[] = [];
  const persist: number[] = [];
  const phases: CandidatePhaseTimes[] = [];
  const engine: number[] = [];
  const raw: number[] = [];
  const byKind: Record<string, number> = {};
  const errors: MatchingLatencyResult['errors'] = { findCandidates: 0, matchListing: 0 };
  let queries = 0;
  let candidates = 0;
  let pairs = 0;
  const warmUp = 3;
  const slots = freshIndexes(options.firstIndex, ['need', 'achievement']);
  try {
    for (let n = 0; n < options.count + warmUp; n++) {
      const generated = generator.listing(slots.next().value as number);
      const kind = generated.kind as 'need' | 'achievement';
      const now = new Date();
      await insertRows(pg, TABLE[kind], [
        toRow({ ...generated.listing, publishedAt: now, createdAt: now, updatedAt: now }),
      ]);
      const id = generated.listing.id;
      const recorded = n >= warmUp;
      probe.take();
      let started = nowMs();
      const cpuStarted = process.cpuUsage();
      try {
        const spent = noPhaseTimes();
        const found = await finder.findCandidates(kind, id, { phases: spent });
        if (recorded) {
          find.push(nowMs() - started);
          const cpu = process.cpuUsage(cpuStarted);
          findCpu.push((cpu.user + cpu.system) / 1000);
          phases.push(spent);
          candidates += found.length;
        }
      } catch (error) {
        errors.findCandidates++;
        errors.first ??= `findCandidates: ${(error as Error).message}`;
      }
      const searches = probe.take();
      const other = kind === 'need' ? 'achievement' : 'need';
      for (const [only, samples] of [
        [other, listingsOnly],
        ['organisation', organisationsOnly],
      ] as const) {
        const t = nowMs();
        await finder.findCandidates(kind, id, { counterpartKinds: [only] }).then(
          () => recorded && samples.push(nowMs() - t),
          () => undefined,
        );
      }
      probe.take();
      for (const search of searches) {
        const replay = await request(`${admin.url}/multi-search`, {
          method: 'POST',
          headers: admin.headers({ 'content-type': 'application/json' }),
          body: JSON.stringify(search.body),
        });
        if (recorded && replay.status === 200) raw.push(replay.ms);
      }
      if (recorded && searches.length > 0) {
        engine.push(searches.reduce((sum, s) => sum + s.engineMs, 0));
        queries += searches.reduce(
          (sum, s) => sum + ((s.body as { queries?: unknown[] }).queries?.length ?? 0),
          0,
        );
      }
      started = nowMs();
      try {
        const result = await matching.matchListing(kind, id);
        if (recorded) {
          persist.push(nowMs() - started);
          pairs += result.active;
        }
      } catch (error) {
        errors.matchListing++;
        errors.first ??= `matchListing: ${(error as Error).message}`;
      }
      probe.take();
      if (recorded) byKind[kind] = (byKind[kind] ?? 0) + 1;
      if ((n + 1) % 10 === 0) log(`  ${n + 1 - warmUp}/${options.count} listings matched`);
    }
  } finally {
    probe.restore();
  }
  const findCandidatesMs = distribution(find);
  const rawMultiSearchMs = distribution(raw);
  const engineMs = distribution(engine);
  const per = (total: number) => Math.round((total / Math.max(1, options.count)) * 10) / 10;
  return {
    listings: options.count,
    byKind,
    findCandidatesMs,
    findCandidatesCpuMs: distribution(findCpu),
    listingCounterpartsMs: distribution(listingsOnly),
    organisationCounterpartsMs: distribution(organisationsOnly),
    phasesMs: phaseDistributions(phases),
    matchListingMs: distribution(persist),
    engineMs,
    rawMultiSearchMs,
    queriesPerMatch: per(queries),
    candidatesPerMatch: per(candidates),
    pairsStoredPerMatch: per(pairs),
    errors,
    termStatistics,
    ratios: {
      findCandidatesP50OverRawP50: ratio(findCandidatesMs.p50, rawMultiSearchMs.p50),
      findCandidatesP50OverEngineP50: ratio(findCandidatesMs.p50, Math.max(1, engineMs.p50)),
    },
  };
}
