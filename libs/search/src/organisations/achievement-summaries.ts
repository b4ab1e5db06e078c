import { DataSource } from 'typeorm';

/** What an organisation's published achievements add to its capability profile. */
export interface AchievementSummary {
  titles: string[];
  keywords: string[];
}

/** The newest achievements per organisation that make its profile (bounded document size). */
const MAX_ACHIEVEMENTS_PER_PROFILE = 100;
const MAX_KEYWORDS_PER_PROFILE = 300;

/** Titles and keywords of the published achievements of these organisations, one query. */
export async function loadAchievementSummaries(
  dataSource: DataSource,
  organisationIds: string[],
): Promise<Map<string, AchievementSummary>> {
  const summaries = new Map<string, AchievementSummary>(
    organisationIds.map((id) => [id, { titles: [], keywords: [] }]),
  );
  if (organisationIds.length === 0) return summaries;
  const rows: { organisation_id: string; title: string; keywords: string[] }[] =
    await dataSource.query(
      `SELECT organisation_id, title, keywords FROM (
       SELECT organisation_id, title, keywords,
              row_number() OVER (PARTITION BY organisation_id ORDER BY published_at DESC, id) AS rank
         FROM achievement WHERE status = 'published' AND organisation_id = ANY($1::uuid[])
     ) ranked WHERE rank <= $2 ORDER BY organisation_id, rank`,
      [organisationIds, MAX_ACHIEVEMENTS_PER_PROFILE],
    );
  for (const row of rows) {
    const summary = summaries.get(row.organisation_id);
    if (!summary) continue;
    summary.titles.push(row.title);
    for (const keyword of row.keywords) {
      if (summary.keywords.length >= MAX_KEYWORDS_PER_PROFILE) break;
      if (!summary.keywords.includes(keyword)) summary.keywords.push(keyword);
    }
  }
  return summaries;
}
