export * from './meilisearch';
export * from './search-client.provider';
export * from './search.module';
export * from './organisations/organisation-document';
export * from './organisations/organisation-indexer';
