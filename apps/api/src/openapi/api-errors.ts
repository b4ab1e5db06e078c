import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';

/** One invalid field of a 400, as the validation pipe and the services report it. */
export class FieldProblemBody {
  @ApiProperty({ example: 'organisation.uscc', description: 'Dotted path of the field' })
  field!: string;

  @ApiProperty({ type: [String] })
  messages!: string[];
}

export class ErrorDetail {
  @ApiProperty({ example: 'VALIDATION_FAILED', description: 'Stable code to branch on' })
  code!: string;

  @ApiProperty({ example: 'The request is invalid' })
  message!: string;

  @ApiPropertyOptional({ type: [FieldProblemBody] })
  fields?: FieldProblemBody[];

  @ApiPropertyOptional()
  requestId?: string;

  @ApiPropertyOptional({ description: 'On 500s only: quote it to an operator' })
  errorId?: string;
}

/** The one shape of every error answer (libs/common ErrorBody). */
export class ErrorResponse {
  @ApiProperty({ type: ErrorDetail })
  error!: ErrorDetail;
}

export const ERROR_DESCRIPTIONS = {
  400: 'Invalid input; `error.fields` names each offending field',
  401: 'No valid access token (or, on auth routes, bad credentials or refresh token)',
  403: 'Signed in, but not allowed to do this',
  404: 'Not found, or not visible to the caller',
  409: 'Conflicts with the current state of the record',
  413: 'Body too large',
  415: 'The content (judged from its bytes) is not of an accepted type',
  429: 'Too many requests; try again later',
  503: 'A backing service (search, queue) is unavailable; writes are kept',
} as const;

export type ErrorStatus = keyof typeof ERROR_DESCRIPTIONS;

/**
 * Documents the error answers a route gives beyond the ones the OpenAPI builder derives (401 from
 * the access-token guard, 400 from validated input): typically 403, 404, 409, 503.
 */
export function ApiErrors(...statuses: ErrorStatus[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({ status, description: ERROR_DESCRIPTIONS[status], type: ErrorResponse }),
    ),
  );
}
