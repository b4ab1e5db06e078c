import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig, ServiceUnavailableError, START_HINTS } from '@rongtong/common';
import { createMeilisearchClient, destroyMeilisearchClient, Meilisearch } from './meilisearch';

/** The process's one Meilisearch client (keep-alive HTTP), and its index names. */
@Injectable()
export class SearchClient implements OnApplicationShutdown {
  readonly client: Meilisearch;
  readonly url: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const { url, masterKey } = config.meilisearch;
    if (!url || !masterKey) {
      throw new Error(
        `MEILI_URL and MEILI_MASTER_KEY are not set. Start the product with \`npm start\` (it spawns the bundled Meilisearch) or set both. ${START_HINTS.meilisearch}`,
      );
    }
    this.url = url;
    this.client = createMeilisearchClient({ host: url, apiKey: masterKey, timeoutMs: 10_000 });
  }

  indexName(base: string): string {
    return `${this.config.meilisearch.indexPrefix}${base}`;
  }

  async health(): Promise<void> {
    try {
      const health = await this.client.health();
      if (health.status !== 'available') throw new Error(`status ${JSON.stringify(health.status)}`);
    } catch (error) {
      throw new ServiceUnavailableError(
        'SEARCH_UNAVAILABLE',
        `Meilisearch is unavailable: ${(error as Error).message}`,
      );
    }
  }

  onApplicationShutdown(): void {
    destroyMeilisearchClient(this.client);
  }
}
