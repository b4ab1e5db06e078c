export * from './reindex.service';
export * from './search-drift-check';
export * from './search-maintenance.module';
export * from './search-drift-repair';
