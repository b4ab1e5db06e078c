import { api, type Schemas } from '../api/client';
import { unwrap } from '../api/errors';

export type ReferenceEntry = Schemas['ReferenceEntrySchema'];
export type ReferenceKind = 'regions' | 'industries';

/** A cascader option that loads its children on demand. */
export interface ReferenceOption {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: ReferenceOption[];
  entry: ReferenceEntry;
}

export function toOption(entry: ReferenceEntry): ReferenceOption {
  return { value: entry.code, label: entry.name, isLeaf: !entry.hasChildren, entry };
}

/** Children of an entry (top level without a parent); the API answers with cache headers. */
export function fetchChildren(kind: ReferenceKind, parent?: string): Promise<ReferenceEntry[]> {
  const path = kind === 'regions' ? '/api/v1/reference/regions' : '/api/v1/reference/industries';
  return unwrap(api.GET(path, { params: { query: { parent } } }));
}

export function searchEntries(kind: ReferenceKind, q: string): Promise<ReferenceEntry[]> {
  const path = kind === 'regions' ? '/api/v1/reference/regions' : '/api/v1/reference/industries';
  return unwrap(api.GET(path, { params: { query: { q, limit: 20 } } }));
}

export function fetchEntry(kind: ReferenceKind, code: string): Promise<ReferenceEntry> {
  return kind === 'regions'
    ? unwrap(api.GET('/api/v1/reference/regions/{code}', { params: { path: { code } } }))
    : unwrap(api.GET('/api/v1/reference/industries/{code}', { params: { path: { code } } }));
}
