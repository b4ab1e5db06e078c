import express, { NextFunction, Request, RequestHandler, Response } from 'express';
import { ValidationFailedError } from '@rongtong/common';

/** express.json, with unparseable bodies turned into a field-level MALFORMED_JSON error. */
export function jsonBodyParser(limit: string): RequestHandler {
  const parse = express.json({ limit });
  return (request: Request, response: Response, next: NextFunction) => {
    parse(request, response, (error?: unknown) => {
      const type = (error as { type?: unknown } | undefined)?.type;
      if (type === 'entity.parse.failed') {
        const detail = error instanceof Error ? error.message : 'unparseable';
        next(
          new ValidationFailedError(
            [{ field: 'body', messages: [`is not valid JSON (${detail})`] }],
            'MALFORMED_JSON',
            'The request body is not valid JSON',
          ),
        );
        return;
      }
      next(error);
    });
  };
}
