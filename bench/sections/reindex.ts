import { LISTING_KINDS, ListingKind } from '@rongtong/catalog';
import { INestApplication } from '@nestjs/common';
import { listingIndexSettings } from '@rongtong/search';
import { ReindexReport, ReindexService } from '@rongtong/search';
import { Corpus, uploadCorpus, UploadResult } from '../corpus';
import { MeiliAdmin } from '../meili';
import { ratio } from '../stats';

export interface ProductReindexResult {
  documents: number;
  /** Wall time of the three reindex() calls (settings, import, swap, drop, replay). */
  seconds: number;
  docsPerSecond: number;
  /** The service's own import-only figure, summed over kinds. */
  importSeconds: number;
  importDocsPerSecond: number;
  reports: ReindexReport[];
  /** Set when the product's defaults failed and the run was repeated with a smaller batch. */
  firstAttemptError?: string;
  sendBatchSize?: number;
}

export interface ReindexSectionResult {
  raw: UploadResult & {
    batches: number;
    maxBatchDocuments: number;
    maxBatchMegabytes: number;
    settingsSeconds: number;
  };
  product?: ProductReindexResult;
  productError?: string;
  ratio: number;
  importRatio: number;
}

/** Settings for bench-owned indexes: the product's, with maxTotalHits raised so recall can see every hit. */
export function scratchSettings(corpus: Corpus, withSubwords = true): Record<string, unknown> {
  const settings = listingIndexSettings() as Record<string, unknown> & {
    searchableAttributes: string[];
  };
  const maxDocs = Math.max(...LISTING_KINDS.map((k) => corpus.documents[k]));
  return {
    ...settings,
    searchableAttributes: withSubwords
      ? settings.searchableAttributes
      : settings.searchableAttributes.filter((a) => a !== 'subwords'),
    pagination: { maxTotalHits: Math.max(10_000, maxDocs) },
  };
}

/** Raw NDJSON import into fresh indexes with the product's settings (applied before the import). */
export async function rawImport(
  admin: MeiliAdmin,
  corpus: Corpus,
  indexFor: (kind: ListingKind) => string,
  settings: Record<string, unknown>,
) {
  const settingsStarted = Date.now();
  for (const kind of LISTING_KINDS) await admin.createIndex(indexFor(kind), settings);
  const settingsSeconds = (Date.now() - settingsStarted) / 1000;
  const upload = await uploadCorpus(admin, corpus, indexFor);
  return {
    ...upload,
    settingsSeconds,
    batches: corpus.batches.length,
    maxBatchDocuments: Math.max(...corpus.batches.map((b) => b.documents)),
    maxBatchMegabytes: Math.round(Math.max(...corpus.batches.map((b) => b.bytes)) / 1e5) / 10,
  };
}

export async function productReindex(
  api: INestApplication,
  log: (line: string) => void,
  sendBatchSize?: number,
): Promise<ProductReindexResult> {
  const service = api.get(ReindexService, { strict: false });
  const reports: ReindexReport[] = [];
  const started = Date.now();
  for (const kind of LISTING_KINDS) {
    const report = await service.reindex(kind, sendBatchSize ? { sendBatchSize } : {});
    log(
      `  product reindex ${kind}: ${report.documents} docs in ${report.totalSeconds.toFixed(1)} s (${report.documentsPerSecond} docs/s import)`,
    );
    reports.push(report);
  }
  const seconds = (Date.now() - started) / 1000;
  const documents = reports.reduce((n, r) => n + r.documents, 0);
  const importSeconds = reports.reduce((n, r) => n + r.importSeconds, 0);
  return {
    documents,
    seconds,
    docsPerSecond: Math.round(documents / seconds),
    importSeconds,
    importDocsPerSecond: Math.round(documents / importSeconds),
    reports,
    sendBatchSize,
  };
}

/**
 * The product's reindex (PostgreSQL → fresh index → swap) against a raw NDJSON import of the same
 * documents into scratch indexes with the same settings. Raw first, then product, sequentially.
 */
export async function runReindexSection(options: {
  api: INestApplication;
  admin: MeiliAdmin;
  corpus: Corpus;
  rawIndex: (kind: ListingKind) => string;
  log: (line: string) => void;
}): Promise<ReindexSectionResult> {
  const { api, admin, corpus, log } = options;
  log('  raw NDJSON import …');
  const raw = await rawImport(admin, corpus, options.rawIndex, scratchSettings(corpus));
  log(`  raw: ${raw.documents} docs in ${raw.seconds.toFixed(1)} s = ${raw.docsPerSecond} docs/s`);
  let product: ProductReindexResult | undefined;
  let productError: string | undefined;
  log('  product reindex …');
  try {
    product = await productReindex(api, log);
  } catch (error) {
    const message = (error as Error).message;
    log(`  product reindex failed with its defaults: ${message.slice(0, 300)}`);
    // Retry with a batch that fits Meilisearch's 100 MB payload limit, to still get a figure.
    const avgBytes = corpus.bytes / Math.max(1, raw.documents);
    const sendBatchSize = Math.max(
      1_000,
      Math.floor(90_000_000 / (avgBytes * 1.15) / 1_000) * 1_000,
    );
    try {
      log(`  retrying the product reindex with sendBatchSize ${sendBatchSize}`);
      product = {
        ...(await productReindex(api, log, sendBatchSize)),
        firstAttemptError: message.slice(0, 500),
      };
    } catch (retryError) {
      productError = `${message.slice(0, 500)}; retry: ${(retryError as Error).message.slice(0, 500)}`;
    }
  }
  return {
    raw,
    product,
    productError,
    ratio: product ? ratio(product.docsPerSecond, raw.docsPerSecond) : Number.NaN,
    importRatio: product ? ratio(product.importDocsPerSecond, raw.docsPerSecond) : Number.NaN,
  };
}
