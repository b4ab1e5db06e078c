export * from './readiness.service';
export * from './health.module';
export * from './preflight';
