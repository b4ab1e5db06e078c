/**
 * `npm run reindex [need|achievement|challenge|organisation|all]`: rebuilds search indexes from
 * PostgreSQL into fresh indexes and swaps them in atomically; search keeps answering meanwhile.
 */
import 'reflect-metadata';
import { loadConfig } from '@rongtong/common';
import {
  createSearchMaintenanceContext,
  REINDEX_TARGETS,
  ReindexService,
  ReindexTarget,
} from '@rongtong/search';

function targetsFrom(argument: string | undefined): ReindexTarget[] {
  if (argument === undefined || argument === 'all') return [...REINDEX_TARGETS];
  if ((REINDEX_TARGETS as readonly string[]).includes(argument)) {
    return [argument as ReindexTarget];
  }
  throw new Error(
    `Unknown index "${argument}". Use one of: ${[...REINDEX_TARGETS, 'all'].join(', ')}`,
  );
}

async function main(): Promise<void> {
  const targets = targetsFrom(process.argv[2]);
  const app = await createSearchMaintenanceContext(loadConfig());
  try {
    const service = app.get(ReindexService);
    for (const target of targets) {
      const report = await service.reindex(target, {
        onProgress: ({ documents }) => process.stdout.write(`\r${target}: ${documents} sent`),
      });
      process.stdout.write('\n');
      console.log(
        `${report.index}: ${report.documents} documents in ${report.importSeconds.toFixed(1)} s ` +
          `(${report.documentsPerSecond} docs/s), ${report.replayed} changed meanwhile and ` +
          `rewritten, ${report.totalSeconds.toFixed(1)} s in all`,
      );
    }
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(`reindex failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
