import {
  createReadStream,
  createWriteStream,
  mkdtempSync,
  rmSync,
  statSync,
  WriteStream,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { LISTING_KINDS, ListingKind } from '@rongtong/catalog';
import { ListingGenerator } from './generator';
import { MeiliAdmin } from './meili';
import { request } from './http';

/** Meilisearch rejects bodies over 100 MB by default (--http-payload-size-limit). */
export const MAX_BATCH_BYTES = 90_000_000;
export const MAX_BATCH_DOCS = 50_000;

export interface NdjsonBatch {
  kind: ListingKind;
  file: string;
  documents: number;
  bytes: number;
}

export interface Corpus {
  dir: string;
  batches: NdjsonBatch[];
  documents: Record<ListingKind, number>;
  bytes: number;
  /** Listing indexes whose title/keywords/body contain the query, per sub-word query. */
  groundTruth: Map<string, number[]>;
  seconds: number;
  dispose(): void;
}

/**
 * One pass over the generator: the documents (toListingDocument) as NDJSON files of at most
 * 50k documents / 90 MB, per kind, plus the substring ground truth of the sub-word queries.
 * Files keep memory flat at any scale and let raw uploads measure the engine, not the generator.
 */
export async function buildCorpus(
  generator: ListingGenerator,
  queries: readonly string[],
  log: (line: string) => void,
): Promise<Corpus> {
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'rongtong-bench-corpus-'));
  const batches: NdjsonBatch[] = [];
  const open: Partial<Record<ListingKind, { batch: NdjsonBatch; stream: WriteStream }>> = {};
  const documents: Record<ListingKind, number> = { need: 0, achievement: 0, challenge: 0 };
  const groundTruth = new Map<string, number[]>(queries.map((q) => [q, []]));
  let bytes = 0;

  const close = async (kind: ListingKind): Promise<void> => {
    const current = open[kind];
    if (!current) return;
    current.stream.end();
    await once(current.stream, 'close');
    delete open[kind];
  };

  for (let i = 0; i < generator.scale; i++) {
    const generated = generator.listing(i);
    const text = ListingGenerator.searchableText(generated);
    for (const q of queries) if (text.includes(q)) groundTruth.get(q)!.push(i);
    const line = `${JSON.stringify(generator.document(generated))}\n`;
    const size = Buffer.byteLength(line);
    let current = open[generated.kind];
    if (
      current &&
      (current.batch.documents >= MAX_BATCH_DOCS || current.batch.bytes + size > MAX_BATCH_BYTES)
    ) {
      await close(generated.kind);
      current = undefined;
    }
    if (!current) {
      const batch: NdjsonBatch = {
        kind: generated.kind,
        file: join(dir, `${generated.kind}-${batches.length}.ndjson`),
        documents: 0,
        bytes: 0,
      };
      batches.push(batch);
      current = { batch, stream: createWriteStream(batch.file) };
      open[generated.kind] = current;
    }
    if (!current.stream.write(line)) await once(current.stream, 'drain');
    current.batch.documents++;
    current.batch.bytes += size;
    documents[generated.kind]++;
    bytes += size;
    if ((i + 1) % 50_000 === 0) log(`  generated ${i + 1} documents`);
  }
  for (const kind of LISTING_KINDS) await close(kind);
  for (const batch of batches) batch.bytes = statSync(batch.file).size;
  return {
    dir,
    batches,
    documents,
    bytes,
    groundTruth,
    seconds: (Date.now() - started) / 1000,
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface UploadResult {
  documents: number;
  seconds: number;
  docsPerSecond: number;
  /** Meilisearch's own batch durations (sum), seconds. */
  engineSeconds: number;
  requests: number;
}

/**
 * Raw NDJSON import: every batch POSTed to /indexes/<uid>/documents (application/x-ndjson) into
 * `indexFor(kind)`, then all tasks awaited. Timed from the first byte to the last task done.
 */
export async function uploadCorpus(
  admin: MeiliAdmin,
  corpus: Corpus,
  indexFor: (kind: ListingKind) => string,
): Promise<UploadResult> {
  const started = Date.now();
  const tasks: number[] = [];
  for (const batch of corpus.batches) {
    const result = await request<{ taskUid: number }>(
      `${admin.url}/indexes/${indexFor(batch.kind)}/documents?primaryKey=id`,
      {
        method: 'POST',
        headers: admin.headers({
          'content-type': 'application/x-ndjson',
          'content-length': String(batch.bytes),
        }),
        body: createReadStream(batch.file),
        timeoutMs: 600_000,
      },
    );
    if (result.status !== 202)
      throw new Error(`NDJSON upload: ${result.status} ${JSON.stringify(result.body)}`);
    tasks.push(result.body.taskUid);
  }
  let engineMs = 0;
  const batchUids = new Set<number>();
  for (const uid of tasks) {
    const task = await admin.waitTask(uid);
    if (task.batchUid !== undefined && !batchUids.has(task.batchUid)) {
      batchUids.add(task.batchUid);
      engineMs += isoDurationMs(task.duration);
    }
  }
  const seconds = (Date.now() - started) / 1000;
  const documents = corpus.batches.reduce((n, b) => n + b.documents, 0);
  return {
    documents,
    seconds,
    docsPerSecond: Math.round(documents / seconds),
    engineSeconds: engineMs / 1000,
    requests: tasks.length,
  };
}

/** "PT12.345S" / "PT1M2.5S" → ms. */
export function isoDurationMs(duration: string | null | undefined): number {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(duration ?? '');
  if (!match) return 0;
  return ((Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0)) * 60 + Number(match[3] ?? 0)) * 1000;
}
