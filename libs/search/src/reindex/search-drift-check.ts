import { Injectable } from '@nestjs/common';
import { ListingRecords } from '@rongtong/catalog';
import { Organisations } from '@rongtong/identity';
import { LISTING_INDEX } from '../listings/index-definitions';
import { ORGANISATIONS_INDEX } from '../organisations/organisation-indexer';
import { SearchClient } from '../search-client.provider';
import { isApiError } from '../search-tasks';
import { REINDEX_TARGETS, ReindexTarget } from './reindex.service';

const SAMPLE_SIZE = 10;
const PAGE_SIZE = 10_000;

export interface DriftList {
  count: number;
  /** Up to ten ids. */
  sample: string[];
}

export interface IndexDrift {
  target: ReindexTarget;
  index: string;
  expected: number;
  indexed: number;
  /** Public in PostgreSQL, absent from the index. */
  missing: DriftList;
  /** In the index, not public in PostgreSQL. */
  extra: DriftList;
  /** In both, with another version. */
  stale: DriftList;
}

export function hasDrift(drift: IndexDrift): boolean {
  return drift.missing.count + drift.extra.count + drift.stale.count > 0;
}

/**
 * Compares what PostgreSQL says is public (id, version) with what each index holds. Read while
 * writes go on, it can report in-flight changes as drift; run it again before acting on it.
 */

interface VersionedDocument {
  id: string;
  version: number;
}
@Injectable()
export class SearchDriftCheck {
  constructor(
    private readonly search: SearchClient,
    private readonly listings: ListingRecords,
    private readonly organisations: Organisations,
  ) {}

  async checkAll(): Promise<IndexDrift[]> {
    const drifts: IndexDrift[] = [];
    for (const target of REINDEX_TARGETS) drifts.push(await this.check(target));
    return drifts;
  }

  async check(target: ReindexTarget): Promise<IndexDrift> {
    const { index, expected, indexed, missing, extra, stale } = await this.compare(target);
    return {
      target,
      index,
      expected,
      indexed,
      missing: list(missing),
      extra: list(extra),
      stale: list(stale),
    };
  }

  /** Every id that differs between PostgreSQL and the index, by kind of difference. */
  async compare(target: ReindexTarget): Promise<{
    index: string;
    expected: number;
    indexed: number;
    missing: string[];
    extra: string[];
    stale: string[];
  }> {
    const index =
      target === 'organisation'
        ? this.search.indexName(ORGANISATIONS_INDEX)
        : this.search.indexName(LISTING_INDEX[target]);
    const expected =
      target === 'organisation'
        ? await this.organisations.versions()
        : await this.listings.publishedVersions(target);
    const indexed = await this.indexedVersions(index);
    const missing: string[] = [];
    const stale: string[] = [];
    for (const [id, version] of expected) {
      const found = indexed.get(id);
      if (found === undefined) missing.push(id);
      else if (found !== version) stale.push(id);
    }
    const extra = [...indexed.keys()].filter((id) => !expected.has(id));
    return { index, expected: expected.size, indexed: indexed.size, missing, extra, stale };
  }

  /** id → version of every document, paged; a missing index holds nothing. */
  private async indexedVersions(uid: string): Promise<Map<string, number>> {
    const versions = new Map<string, number>();
    const index = this.search.client.index<VersionedDocument>(uid);
    for (let offset = 0; ; offset += PAGE_SIZE) {
      const page = await index
        .getDocuments<VersionedDocument>({ fields: ['id', 'version'], limit: PAGE_SIZE, offset })
        .catch((error: unknown) => {
          if (isApiError(error, 'index_not_found')) return undefined;
          throw error;
        });
      if (page === undefined) return versions;
      for (const document of page.results) versions.set(document.id, document.version);
      if (page.results.length < PAGE_SIZE) return versions;
    }
  }
}

function list(ids: string[]): DriftList {
  return { count: ids.length, sample: ids.slice(0, SAMPLE_SIZE) };
}
