import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { DomainError, ErrorKind, RateLimitedError } from '../errors';
import { ErrorBody } from './error-body';

const STATUS_BY_KIND: Record<ErrorKind, number> = {
  validation: HttpStatus.BAD_REQUEST,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  rate_limited: HttpStatus.TOO_MANY_REQUESTS,
  unavailable: HttpStatus.SERVICE_UNAVAILABLE,
  too_large: HttpStatus.PAYLOAD_TOO_LARGE,
  unsupported_type: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
};

const CODE_BY_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
};

/** Errors raised by body-parser before any controller runs. */
interface BodyParserError {
  type: string;
  status: number;
  expose?: boolean;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { type?: unknown }).type === 'string' &&
    typeof (error as { status?: unknown }).status === 'number'
  );
}

/**
 * Maps domain errors (stable codes), framework HTTP errors and body-parser errors to one
 * response shape; anything else is a 500 carrying an error id and no internals.
 */
@Catch()
export class DomainExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const response = context.getResponse<Response>();
    const request = context.getRequest<Request & { id?: string }>();
    const requestId = typeof request.id === 'string' ? request.id : undefined;
    const { status, body } = this.toResponse(exception, requestId);
    if (status >= 500 && body.error.errorId) {
      const stack = exception instanceof Error ? exception.stack : String(exception);
      this.logger.error(
        `Unhandled error ${body.error.errorId} on ${request.method} ${request.url}: ${stack}`,
      );
    }
    if (!response.headersSent) {
      if (exception instanceof RateLimitedError) {
        response.setHeader(
          'Retry-After',
          String(Math.max(1, Math.ceil(exception.retryAfterSeconds))),
        );
      }
      response.status(status).json(body);
    }
  }

  private toResponse(exception: unknown, requestId?: string): { status: number; body: ErrorBody } {
    if (exception instanceof DomainError) {
      return {
        status: STATUS_BY_KIND[exception.kind],
        body: {
          error: {
            code: exception.code,
            message: exception.message,
            ...(exception.fields ? { fields: exception.fields } : {}),
            requestId,
          },
        },
      };
    }
    if (exception instanceof ThrottlerException) {
      return {
        status: 429,
        body: {
          error: {
            code: 'RATE_LIMITED',
            message: '请求过于频繁，请稍后重试 (too many requests; try again later)',
            requestId,
          },
        },
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const message = status === 404 ? 'No such route' : exception.message;
      return {
        status,
        body: { error: { code: CODE_BY_STATUS[status] ?? `HTTP_${status}`, message, requestId } },
      };
    }
    if (isBodyParserError(exception) && exception.status >= 400 && exception.status < 500) {
      const messages: Record<string, [string, string]> = {
        'entity.parse.failed': ['MALFORMED_JSON', 'The request body is not valid JSON'],
        'entity.too.large': ['PAYLOAD_TOO_LARGE', 'The request body is too large'],
        'encoding.unsupported': [
          'UNSUPPORTED_ENCODING',
          'The request body encoding is not supported',
        ],
        'charset.unsupported': ['UNSUPPORTED_CHARSET', 'The request body charset is not supported'],
      };
      const [code, message] = messages[exception.type] ?? [
        CODE_BY_STATUS[exception.status] ?? 'BAD_REQUEST',
        'The request body could not be read',
      ];
      return { status: exception.status, body: { error: { code, message, requestId } } };
    }
    const errorId = randomUUID();
    return {
      status: 500,
      body: {
        error: {
          code: 'INTERNAL_ERROR',
          message: 'An unexpected error occurred',
          requestId,
          errorId,
        },
      },
    };
  }
}
