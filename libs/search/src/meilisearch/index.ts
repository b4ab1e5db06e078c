export * from './meilisearch-client.factory';
export * from './meilisearch-module';
export * from './meilisearch-server';
