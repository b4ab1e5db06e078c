import { Injectable, Logger } from '@nestjs/common';
import type { Settings } from './meilisearch';
import { SearchClient } from './search-client.provider';
import { isApiError, succeeded } from './search-tasks';

export type EnsureIndexOutcome = 'created' | 'updated' | 'unchanged';

/**
 * Attributes whose order Meilisearch ignores; compared as sets. Everything else (searchable
 * attributes, ranking rules) is order-sensitive.
 */
const UNORDERED_KEYS = new Set(['filterableAttributes', 'sortableAttributes', 'stopWords']);

/** Creates indexes and brings their settings to the desired state, idempotently. */
@Injectable()
export class IndexSettingsApplier {
  private readonly logger = new Logger(IndexSettingsApplier.name);

  constructor(private readonly search: SearchClient) {}

  /**
   * Creates the index if missing and applies the settings unless they are already in force: a
   * settings update makes Meilisearch re-index every document, so a boot must not send one
   * when nothing changed.
   */
  async ensure(uid: string, desired: Settings): Promise<EnsureIndexOutcome> {
    const created = await this.createIfMissing(uid);
    const current = await this.search.client.index(uid).getSettings();
    if (settingsMatch(desired, current)) return created ? 'created' : 'unchanged';
    await succeeded(
      this.search.client.index(uid).updateSettings(desired),
      `Settings of index ${uid}`,
    );
    if (!created) this.logger.log(`Index ${uid}: settings updated`);
    return created ? 'created' : 'updated';
  }

  async exists(uid: string): Promise<boolean> {
    try {
      await this.search.client.getRawIndex(uid);
      return true;
    } catch (error) {
      if (isApiError(error, 'index_not_found')) return false;
      throw error;
    }
  }

  private async createIfMissing(uid: string): Promise<boolean> {
    if (await this.exists(uid)) return false;
    const task = await this.search.client
      .createIndex(uid, { primaryKey: 'id' })
      .waitTask({ timeout: 60_000, interval: 25 });
    // Another process may have created it meanwhile; that is as good.
    if (task.status === 'failed' && task.error?.code !== 'index_already_exists') {
      throw new Error(`Creating index ${uid} failed: ${task.error?.message}`);
    }
    return task.status === 'succeeded';
  }
}

/** True when every desired setting is already in force (Meilisearch returns all the others too). */
export function settingsMatch(desired: Settings, current: Settings): boolean {
  const actual = current as Record<string, unknown>;
  return Object.entries(desired).every(([key, value]) =>
    matches(value, actual[key], UNORDERED_KEYS.has(key)),
  );
}

/**
 * Desired ⊆ current. Top-level lists keep their order unless listed as unordered; lists nested
 * in objects (synonym values, locales, attribute patterns) come back sorted and are sets.
 */
function matches(desired: unknown, current: unknown, unordered: boolean): boolean {
  if (Array.isArray(desired)) {
    if (!Array.isArray(current) || current.length !== desired.length) return false;
    if (unordered) return sameMembers(desired, current);
    return desired.every((item, i) => matches(item, current[i], false));
  }
  if (typeof desired === 'object' && desired !== null) {
    if (typeof current !== 'object' || current === null) return false;
    const actual = current as Record<string, unknown>;
    return Object.entries(desired).every(([key, value]) => matches(value, actual[key], true));
  }
  return desired === current;
}

function sameMembers(a: unknown[], b: unknown[]): boolean {
  const key = (item: unknown) => JSON.stringify(item);
  const left = a.map(key).sort();
  const right = b.map(key).sort();
  return left.every((item, i) => item === right[i]);
}
