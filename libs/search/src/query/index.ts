export * from './filter-syntax';
export * from './multi-search';
export * from './search-criteria';
export * from './search-filters';
export * from './search-hits';
export * from './search-query.dto';
export * from './search-query.module';
export * from './search.service';
