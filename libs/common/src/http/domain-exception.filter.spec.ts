import { ArgumentsHost, BadRequestException } from '@nestjs/common';
import { ConflictError, NotFoundError, ValidationFailedError } from '../errors';
import { ErrorBody } from './error-body';
import { DomainExceptionFilter } from './domain-exception.filter';

function respond(exception: unknown): { status: number; body: ErrorBody } {
  const captured: { status: number; body: ErrorBody } = {
    status: 0,
    body: { error: { code: '', message: '' } },
  };
  const response = {
    headersSent: false,
    status(code: number) {
      captured.status = code;
      return this;
    },
    json(body: ErrorBody) {
      captured.body = body;
      return this;
    },
  };
  const host = {
    switchToHttp: () => ({
      getResponse: () => response,
      getRequest: () => ({ id: 'req-1', method: 'GET', url: '/x' }),
    }),
  } as unknown as ArgumentsHost;
  new DomainExceptionFilter().catch(exception, host);
  return captured;
}

describe('DomainExceptionFilter', () => {
  it('maps domain errors to their status with the stable code and field messages', () => {
    expect(respond(new NotFoundError('ORGANISATION_NOT_FOUND', 'Organisation not found'))).toEqual({
      status: 404,
      body: {
        error: {
          code: 'ORGANISATION_NOT_FOUND',
          message: 'Organisation not found',
          requestId: 'req-1',
        },
      },
    });
    expect(respond(new ConflictError('EMAIL_TAKEN', 'taken')).status).toBe(409);
    const validation = respond(ValidationFailedError.field('email', 'is wrong'));
    expect(validation.status).toBe(400);
    expect(validation.body.error.fields).toEqual([{ field: 'email', messages: ['is wrong'] }]);
  });

  it('answers an unexpected error with a 500 carrying an error id and no internals', () => {
    const error = new Error('connection to 10.0.0.5 refused; password=hunter2');
    const { status, body } = respond(error);
    expect(status).toBe(500);
    expect(body.error.code).toBe('INTERNAL_ERROR');
    expect(body.error.errorId).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(body)).not.toContain('hunter2');
    expect(JSON.stringify(body)).not.toContain('10.0.0.5');
  });

  it('keeps framework HTTP errors in the same shape', () => {
    const { status, body } = respond(new BadRequestException('nope'));
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'BAD_REQUEST', requestId: 'req-1' });
  });

  it('maps body-parser size errors to 413', () => {
    const tooLarge = Object.assign(new Error('request entity too large'), {
      type: 'entity.too.large',
      status: 413,
    });
    expect(respond(tooLarge)).toMatchObject({
      status: 413,
      body: { error: { code: 'PAYLOAD_TOO_LARGE' } },
    });
  });
});
