/**
 * `npm run search:check`: compares PostgreSQL's public records with each search index and
 * prints missing, extra and stale documents; exits 1 on drift (fix with `npm run reindex`).
 */
import 'reflect-metadata';
import { loadConfig } from '@rongtong/common';
import { createSearchMaintenanceContext, hasDrift, SearchDriftCheck } from '@rongtong/search';

async function main(): Promise<void> {
  const app = await createSearchMaintenanceContext(loadConfig());
  let drifted = false;
  try {
    for (const drift of await app.get(SearchDriftCheck).checkAll()) {
      drifted ||= hasDrift(drift);
      console.log(
        `${drift.index}: ${drift.expected} public in PostgreSQL, ${drift.indexed} indexed — ` +
          `${hasDrift(drift) ? 'DRIFT' : 'in step'}`,
      );
      for (const [label, list] of [
        ['missing', drift.missing],
        ['extra', drift.extra],
        ['stale', drift.stale],
      ] as const) {
        if (list.count > 0) console.log(`  ${label}: ${list.count} (${list.sample.join(', ')})`);
      }
    }
  } finally {
    await app.close();
  }
  process.exitCode = drifted ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(`search:check failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});
