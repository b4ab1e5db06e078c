export * from './entities';
export * from './matching.module';
