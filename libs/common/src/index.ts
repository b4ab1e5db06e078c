// Modules: configuration and logging
export { APP_CONFIG, ConfigModule } from './config/config.module';
export { type AppConfig, ConfigError, loadConfig } from './config/app-config';
export { LoggingModule } from './logging/logger.module';
export { assignRequestId } from './logging/request-id';

// HTTP: domain errors, their mapping to responses, validation
export {
  ConflictError,
  DomainError,
  type FieldProblem,
  ForbiddenError,
  NotFoundError,
  PayloadTooLargeError,
  RateLimitedError,
  ServiceUnavailableError,
  UnauthenticatedError,
  UnsupportedTypeError,
  ValidationFailedError,
} from './errors/domain-error';
export { DomainExceptionFilter } from './http/domain-exception.filter';
export { createValidationPipe } from './http/validation.pipe';
export { type Page, PageQuery } from './pagination/page';
export { serviceUnreachableMessage, START_HINTS } from './service-unavailable-message';

// Time
export { chinaDate, Clock } from './clock';

// Vocabulary shared by every context
export { LISTING_KINDS, type ListingKind } from './listing-kind';
