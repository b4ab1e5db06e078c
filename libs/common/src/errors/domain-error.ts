/**
 * Errors with stable codes that services throw; one exception filter maps them to HTTP.
 * Services never throw HTTP exceptions.
 */
export type ErrorKind =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'unavailable'
  | 'too_large'
  | 'unsupported_type';

export interface FieldProblem {
  /** Dotted path of the offending field, e.g. `organisation.uscc`. */
  field: string;
  messages: string[];
}

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly fields?: FieldProblem[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationFailedError extends DomainError {
  constructor(
    fields: FieldProblem[],
    code = 'VALIDATION_FAILED',
    message = 'The request is invalid',
  ) {
    super('validation', code, message, fields);
  }

  static field(field: string, message: string, code = 'VALIDATION_FAILED'): ValidationFailedError {
    return new ValidationFailedError(
      [{ field, messages: [message] }],
      code,
      `${field}: ${message}`,
    );
  }
}

export class NotFoundError extends DomainError {
  constructor(code: string, message: string) {
    super('not_found', code, message);
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, message: string, fields?: FieldProblem[]) {
    super('conflict', code, message, fields);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(code = 'UNAUTHENTICATED', message = 'Authentication is required') {
    super('unauthenticated', code, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(code = 'FORBIDDEN', message = 'You may not do this') {
    super('forbidden', code, message);
  }
}

/** A body over a size limit (413): nothing of it was kept. */
export class PayloadTooLargeError extends DomainError {
  constructor(code: string, message: string, fields?: FieldProblem[]) {
    super('too_large', code, message, fields);
  }
}

/** A body whose content is not of an accepted type (415), judged from its bytes. */
export class UnsupportedTypeError extends DomainError {
  constructor(code: string, message: string, fields?: FieldProblem[]) {
    super('unsupported_type', code, message, fields);
  }
}

export class ServiceUnavailableError extends DomainError {
  constructor(code: string, message: string) {
    super('unavailable', code, message);
  }
}

/** Too many requests: the answer says, in seconds, when to try again (`Retry-After`). */
export class RateLimitedError extends DomainError {
  constructor(
    readonly retryAfterSeconds: number,
    code = 'RATE_LIMITED',
    message = `请求过于频繁，请在 ${retryAfterSeconds} 秒后重试 (too many requests; retry in ${retryAfterSeconds} s)`,
  ) {
    super('rate_limited', code, message);
  }
}
