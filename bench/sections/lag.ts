import { INestApplication } from '@nestjs/common';
import { TechNeed } from '@rongtong/catalog';
import { TransactionRunner } from '@rongtong/database';
import { ListingWriter } from '@rongtong/catalog';
import { ListingGenerator, listingId } from '../generator';
import { request } from '../http';
import { MeiliAdmin } from '../meili';
import { distribution, Distribution } from '../stats';

export interface LagSectionResult {
  targetRatePerSecond: number;
  achievedRatePerSecond: number;
  durationSeconds: number;
  writes: number;
  writeErrors: number;
  searchable: number;
  notSearchableAfterGraceMs: number;
  graceMs: number;
  pollIntervalMs: number;
  lagMs: Distribution;
  commitMs: Distribution;
}

/**
 * Publishes needs through the catalog's ListingWriter (row + outbox event in one transaction) at
 * a fixed rate while api and worker run, and measures commit → document present in Meilisearch.
 * One poller asks for all pending ids every ~20 ms (POST /documents/fetch with `ids`).
 */
export async function runLagSection(options: {
  api: INestApplication;
  admin: MeiliAdmin;
  generator: ListingGenerator;
  indexUid: string;
  ratePerSecond: number;
  durationSeconds: number;
  firstIndex: number;
  log: (line: string) => void;
}): Promise<LagSectionResult> {
  const { api, admin, generator, log } = options;
  const transactions = api.get(TransactionRunner, { strict: false });
  const writer = api.get(ListingWriter, { strict: false });
  const pollIntervalMs = 20;
  const graceMs = 30_000;
  const pending = new Map<string, number>(); // id → commit time (ms, performance.now)
  const lags: number[] = [];
  const commitDurations: number[] = [];
  let writeErrors = 0;
  let writes = 0;
  let polling = true;
  let graceDeadline = Number.POSITIVE_INFINITY;

  const poller = (async () => {
    while (polling || pending.size > 0) {
      const started = performance.now();
      if (pending.size > 0) {
        const ids = [...pending.keys()];
        const result = await request<{ results: { id: string }[] }>(
          `${admin.url}/indexes/${options.indexUid}/documents/fetch`,
          {
            method: 'POST',
            headers: admin.headers({ 'content-type': 'application/json' }),
            body: JSON.stringify({ ids, fields: ['id'], limit: ids.length }),
          },
        ).catch(() => undefined);
        const seenAt = performance.now();
        if (result?.status === 200) {
          for (const doc of result.body.results) {
            const committed = pending.get(doc.id);
            if (committed !== undefined) {
              lags.push(seenAt - committed);
              pending.delete(doc.id);
            }
          }
        } else if (result && result.status !== 404) {
          log(`  fetch ${result.status}: ${JSON.stringify(result.body).slice(0, 200)}`);
        }
      }
      if (!polling && performance.now() > graceDeadline) break;
      const wait = pollIntervalMs - (performance.now() - started);
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
  })();

  const write = async (index: number): Promise<void> => {
    const generated = generator.listing(index);
    const fields = { ...(generated.listing as TechNeed) } as Partial<TechNeed>;
    // A fresh need (generator slot of a need), published now; TypeORM manages version and dates.
    delete fields.version;
    delete fields.createdAt;
    delete fields.updatedAt;
    const started = performance.now();
    try {
      await transactions.run(async (manager) => {
        const listing = manager.create(TechNeed, {
          ...fields,
          id: listingId(index),
          status: 'published',
          publishedAt: new Date(),
        } as Partial<TechNeed>);
        await writer.save(manager, 'need', listing);
      });
      const committed = performance.now();
      commitDurations.push(committed - started);
      pending.set(listingId(index), committed);
      writes++;
    } catch (error) {
      writeErrors++;
      if (writeErrors <= 3) log(`  write failed: ${(error as Error).message}`);
    }
  };

  // Needs only: indexes ≥ firstIndex whose generator slot is a need.
  const needIndexes = (function* () {
    for (let i = options.firstIndex; ; i++) if (i % 20 < 9) yield i;
  })();
  const total = Math.round(options.ratePerSecond * options.durationSeconds);
  const interval = 1000 / options.ratePerSecond;
  const inFlight = new Set<Promise<void>>();
  const started = performance.now();
  for (let k = 0; k < total; k++) {
    const due = started + k * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const p = write(needIndexes.next().value).finally(() => inFlight.delete(p));
    inFlight.add(p);
    if (inFlight.size >= 64) await Promise.race(inFlight);
    if ((k + 1) % (options.ratePerSecond * 10) === 0)
      log(`  ${k + 1}/${total} writes, ${pending.size} not yet searchable`);
  }
  await Promise.all(inFlight);
  const writingSeconds = (performance.now() - started) / 1000;
  graceDeadline = performance.now() + graceMs;
  polling = false;
  await poller;
  return {
    targetRatePerSecond: options.ratePerSecond,
    achievedRatePerSecond: Math.round((writes / writingSeconds) * 10) / 10,
    durationSeconds: Math.round(writingSeconds * 10) / 10,
    writes,
    writeErrors,
    searchable: lags.length,
    notSearchableAfterGraceMs: pending.size,
    graceMs,
    pollIntervalMs,
    lagMs: distribution(lags),
    commitMs: distribution(commitDurations),
  };
}
