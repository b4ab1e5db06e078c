export * from './subword-field';
export * from './synonyms';
