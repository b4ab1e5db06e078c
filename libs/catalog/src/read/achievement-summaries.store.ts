import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** What an organisation's published achievements add to its capability profile. */
export interface AchievementSummary {
  titles: string[];
  keywords: string[];
}

/** How many of the newest achievements, and of their distinct keywords, a summary keeps. */
export interface AchievementSummaryLimits {
  achievements: number;
  keywords: number;
}

/** The organisation document's bounds (its size stays bounded however much is published). */
export const PROFILE_DOCUMENT_LIMITS: AchievementSummaryLimits = {
  achievements: 100,
  keywords: 300,
};

/**
 * Titles and distinct keywords of the newest published achievements of these organisations, one
 * query; every organisation asked about has a summary, empty when it published nothing.
 */
@Injectable()
export class AchievementSummaries {
  constructor(private readonly dataSource: DataSource) {}

  async of(
    organisationIds: readonly string[],
    limits: AchievementSummaryLimits = PROFILE_DOCUMENT_LIMITS,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, AchievementSummary>> {
    const summaries = new Map<string, AchievementSummary>(
      organisationIds.map((id) => [id, { titles: [], keywords: [] }]),
    );
    if (organisationIds.length === 0) return summaries;
    // Per organisation, the newest `limit` achievements straight from the partial index
    // ix_achievement_published_newest (a backward scan), instead of ranking every published
    // achievement of every organisation asked about: at 200k listings an organisation has
    // hundreds, and matching asks for dozens of organisations per listing.
    const rows = await manager.query<
      { organisation_id: string; title: string; keywords: string[] }[]
    >(
      `SELECT o.id AS organisation_id, newest.title, newest.keywords
       FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, position)
       CROSS JOIN LATERAL (
         SELECT title, keywords, published_at, id
           FROM achievement
          WHERE status = 'published' AND organisation_id = o.id
          ORDER BY published_at DESC, id DESC
          LIMIT $2
       ) newest
      ORDER BY o.position, newest.published_at DESC, newest.id DESC`,
      [organisationIds, limits.achievements],
    );
    // Distinct keywords by a set per organisation: matching reads every keyword of twenty
    // achievements for each of a few hundred organisations, where Array.includes went quadratic.
    const distinct = new Map<string, Set<string>>();
    for (const row of rows) {
      const summary = summaries.get(row.organisation_id);
      if (!summary) continue;
      summary.titles.push(row.title);
      let seen = distinct.get(row.organisation_id);
      if (!seen) distinct.set(row.organisation_id, (seen = new Set()));
      for (const keyword of row.keywords) {
        if (summary.keywords.length >= limits.keywords) break;
        if (seen.has(keyword)) continue;
        seen.add(keyword);
        summary.keywords.push(keyword);
      }
    }
    return summaries;
  }
}
