/**
 * Single access point to the ESM-only `meilisearch` package from this CommonJS code base.
 *
 * The package only declares `exports` (no `main`/`types`), which `moduleResolution: "node"` cannot
 * see, so a plain `import { Meilisearch } from 'meilisearch'` fails to type-check. Types are taken
 * with an explicit `resolution-mode: import`, and the runtime value comes from `require()`, which
 * Node >= 20.19 supports for ESM (and Jest handles by transforming the package).
 */
import type * as MeilisearchModule from 'meilisearch' with { 'resolution-mode': 'import' };

// eslint-disable-next-line @typescript-eslint/no-require-imports
const meilisearch = require('meilisearch') as typeof MeilisearchModule;

export const {
  Meilisearch,
  Index,
  MeilisearchError,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  MeilisearchTaskTimeOutError,
  ErrorStatusCode,
} = meilisearch;

export type Meilisearch = MeilisearchModule.Meilisearch;
export type Index<T extends MeilisearchModule.RecordAny = MeilisearchModule.RecordAny> =
  MeilisearchModule.Index<T>;
export type MeilisearchError = MeilisearchModule.MeilisearchError;
export type MeilisearchApiError = MeilisearchModule.MeilisearchApiError;
export type MeilisearchRequestError = MeilisearchModule.MeilisearchRequestError;
export type MeilisearchRequestTimeOutError = MeilisearchModule.MeilisearchRequestTimeOutError;
export type MeilisearchTaskTimeOutError = MeilisearchModule.MeilisearchTaskTimeOutError;
export type ErrorStatusCode = MeilisearchModule.ErrorStatusCode;

export type {
  Config as MeilisearchConfig,
  EnqueuedTask,
  EnqueuedTaskPromise,
  MeilisearchErrorResponse,
  RecordAny,
  SearchParams,
  SearchResponse,
  Settings,
  Task,
  WaitOptions,
} from 'meilisearch' with { 'resolution-mode': 'import' };
