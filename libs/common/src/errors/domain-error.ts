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
  | 'unavailable';

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

export class ServiceUnavailableError extends DomainError {
  constructor(code: string, message: string) {
    super('unavailable', code, message);
  }
}
