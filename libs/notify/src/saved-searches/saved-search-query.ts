import { FieldProblem, ValidationFailedError } from '@rongtong/common';
import {
  parseSearchQuery,
  SEARCH_FILTER_INVALID,
  SearchCriteria,
  SearchQueryDto,
} from '@rongtong/search';

/** The search parameters a saved search keeps; paging, sort and facets are not its business. */
export const SAVED_QUERY_FIELDS = [
  'q',
  'type',
  'industry',
  'region',
  'minTier',
  'trlMin',
  'trlMax',
  'modes',
  'amountMin',
  'amountMax',
  'deadlineBefore',
  'deadlineAfter',
] as const satisfies readonly (keyof SearchQueryDto)[];

const NUMERIC_FIELDS: ReadonlySet<string> = new Set(['trlMin', 'trlMax', 'amountMin', 'amountMax']);

/** Saved searches alert on listings, so they search listings (or all of them). */
const ALERTING_TYPES: ReadonlySet<string> = new Set(['all', 'need', 'achievement', 'challenge']);

export type StoredQuery = Record<string, string>;

/**
 * Validates a saved search's query exactly as GET /search validates its query string, and
 * returns what is stored: the kept parameters as strings, like a query string. Problems are
 * reported under `query.<field>`.
 */
export function toStoredQuery(query: Readonly<SearchQueryDto>): StoredQuery {
  const stored: StoredQuery = {};
  for (const field of SAVED_QUERY_FIELDS) {
    const value = query[field];
    if (value === undefined || value === null) continue;
    const text = String(value).trim();
    if (field === 'q' && text === '') continue;
    stored[field] = text;
  }
  try {
    parseStoredQuery(stored);
  } catch (error) {
    if (!(error instanceof ValidationFailedError)) throw error;
    throw underQuery(error);
  }
  if (!ALERTING_TYPES.has(stored.type ?? 'all')) {
    throw ValidationFailedError.field(
      'query.type',
      'a saved search alerts on listings: type must be all, need, achievement or challenge',
      SEARCH_FILTER_INVALID,
    );
  }
  return stored;
}

/** The criteria a stored query stands for; throws ValidationFailedError if it no longer parses. */
export function parseStoredQuery(stored: StoredQuery): SearchCriteria {
  const query: Record<string, string | number> = {};
  for (const field of SAVED_QUERY_FIELDS) {
    const value = stored[field];
    if (value === undefined) continue;
    query[field] = NUMERIC_FIELDS.has(field) ? Number(value) : value;
  }
  return parseSearchQuery(query);
}

function underQuery(error: ValidationFailedError): ValidationFailedError {
  const fields: FieldProblem[] = (error.fields ?? []).map((problem) => ({
    field: `query.${problem.field}`,
    messages: problem.messages,
  }));
  return new ValidationFailedError(
    fields,
    error.code,
    `Invalid saved search query: ${fields.map((f) => f.field).join(', ')}`,
  );
}
