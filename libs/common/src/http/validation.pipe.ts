import { ArgumentMetadata, Type, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldProblem, ValidationFailedError } from '../errors';
import { inputProblems } from './input-screen';

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own: FieldProblem[] = error.constraints
      ? [{ field, messages: Object.values(error.constraints) }]
      : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Global validation: unknown fields rejected, field-level messages, a domain error out. Before
 * the DTO rules run, every body, query and path value is screened (input-screen.ts): NUL
 * characters anywhere and `null` on a field the DTO does not declare nullable are a 400.
 */
class ScreeningValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param') {
      const problems = inputProblems(
        value,
        metadata.type === 'param' ? undefined : (metadata.metatype as Type<unknown> | undefined),
        metadata.type === 'param' ? (metadata.data ?? 'path') : '',
      );
      if (problems.length > 0) throw new ValidationFailedError(problems);
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new ScreeningValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationFailedError(flatten(errors)),
  });
}
