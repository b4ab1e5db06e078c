export * from './saved-search-alerts';
export * from './saved-search-query';
export * from './saved-search.dto';
export * from './saved-searches.service';
