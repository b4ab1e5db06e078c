// Module
export { HealthModule } from './health.module';

// Services: readiness of the backing services, and the preflight before start
export { type Readiness, ReadinessService } from './readiness.service';
export { preflight, PreflightError } from './preflight';
