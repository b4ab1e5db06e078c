import { INestApplicationContext } from '@nestjs/common';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { Achievement, TechNeed } from '@rongtong/catalog';
import { chinaDate } from '@rongtong/common';
import { makeValidUscc, Organisation } from '@rongtong/identity';
import { ReindexService } from '@rongtong/search';
import type { EvaluationCorpus } from './corpus-format';
import { achievementColumns, EVAL_DEFAULTS, MappingWarnings, needColumns } from './corpus-mapping';

/** The two owners: one SME posts every need, one university lists every achievement. */
export const EVAL_SME_ID = 'e0a1e000-0000-4000-8000-000000000001';
export const EVAL_UNIVERSITY_ID = 'e0a1e000-0000-4000-8000-000000000002';
/** created_by_user_id has no foreign key: a fixed, fictional author. */
const EVAL_USER_ID = 'e0a1e000-0000-4000-8000-0000000000aa';
const ROWS_PER_INSERT = 500;
const DAY_MS = 86_400_000;

export interface LoadedCorpus {
  /** Listing id → corpus id, per kind. */
  needIds: Map<string, string>;
  achievementIds: Map<string, string>;
  /** Corpus id → listing id of the needs. */
  needListingIds: Map<string, string>;
  loadSeconds: number;
  indexSeconds: number;
}

async function insertChunked<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  rows: object[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    await dataSource
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(rows.slice(i, i + ROWS_PER_INSERT))
      .execute();
  }
}

function owner(id: string, type: 'sme' | 'university', name: string, region: string, n: number) {
  return {
    id,
    type,
    name,
    uscc: makeValidUscc(region, n),
    regionCode: region,
    industryCode: EVAL_DEFAULTS.industry,
    profile: '',
    website: null,
    contact: {},
  };
}

/**
 * Writes the corpus as published listings straight into the scratch database (no outbox: nothing
 * else runs), then builds the need and achievement indexes with the product's reindex, which
 * waits for every Meilisearch task. Every listing is published at the same instant and open for a
 * year, so freshness and validity do not separate candidates.
 */
export async function loadCorpus(
  app: INestApplicationContext,
  corpus: EvaluationCorpus,
  warnings: MappingWarnings,
): Promise<LoadedCorpus> {
  const started = performance.now();
  const dataSource = app.get(DataSource);
  const now = Date.now();
  const common = (organisationId: string) => ({
    organisationId,
    createdByUserId: EVAL_USER_ID,
    status: 'published',
    rejectionReason: null,
    validUntil: chinaDate(new Date(now + 365 * DAY_MS)),
    publishedAt: new Date(now - DAY_MS),
  });
  await insertChunked(dataSource, Organisation, [
    owner(EVAL_SME_ID, 'sme', '评测用中小企业', EVAL_DEFAULTS.smeRegion, 1),
    owner(EVAL_UNIVERSITY_ID, 'university', '评测用大学', EVAL_DEFAULTS.universityRegion, 2),
  ]);

  const needIds = new Map<string, string>();
  const needListingIds = new Map<string, string>();
  const needRows = corpus.needs.map((need) => {
    const columns = needColumns(need, warnings);
    needIds.set(columns.id, need.id);
    needListingIds.set(need.id, columns.id);
    return { ...common(EVAL_SME_ID), ...columns };
  });
  const achievementIds = new Map<string, string>();
  const achievementRows = corpus.achievements.map((achievement) => {
    const columns = achievementColumns(achievement, warnings);
    achievementIds.set(columns.id, achievement.id);
    return { ...common(EVAL_UNIVERSITY_ID), ...columns };
  });
  await insertChunked(dataSource, TechNeed, needRows);
  await insertChunked(dataSource, Achievement, achievementRows);
  const loaded = performance.now();

  const reindex = app.get(ReindexService);
  for (const target of ['need', 'achievement', 'organisation'] as const)
    await reindex.reindex(target);
  return {
    needIds,
    achievementIds,
    needListingIds,
    loadSeconds: (loaded - started) / 1000,
    indexSeconds: (performance.now() - loaded) / 1000,
  };
}
