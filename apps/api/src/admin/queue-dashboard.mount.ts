import { INestApplication } from '@nestjs/common';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { DomainError, UnauthenticatedError } from '@rongtong/common';
import { AccessTokenService } from '@rongtong/identity';
import { JobQueue, QUEUE_NAMES } from '@rongtong/jobs';
import { assertAdmin, dashboardToken, QUEUE_DASHBOARD_PATH } from './queue-dashboard.auth';

/**
 * Serves Bull Board at /admin/queues for admins: every catalogued queue, failed jobs included
 * (the catalogue keeps them), with retry. Plain Express, so the admin check is done here with
 * the same access tokens the API's guard verifies.
 */
export function mountQueueDashboard(app: INestApplication): void {
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  const jobs = app.get(JobQueue);
  createBullBoard({
    queues: QUEUE_NAMES.map((name) => new BullMQAdapter(jobs.queue(name))),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Rongtong queues' } },
  });
  app.use(
    QUEUE_DASHBOARD_PATH,
    adminsOnly(app.get(AccessTokenService)),
    serverAdapter.getRouter() as RequestHandler,
  );
}

function adminsOnly(tokens: AccessTokenService): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    const token = dashboardToken(request);
    const check = async () => {
      if (!token) {
        throw new UnauthenticatedError(
          'UNAUTHENTICATED',
          'Send an admin access token (Authorization: Bearer …) or open a dashboard session: POST /api/v1/admin/queue-dashboard/session',
        );
      }
      assertAdmin(await tokens.verify(token));
    };
    check().then(
      () => next(),
      (error: unknown) => {
        if (!(error instanceof DomainError)) return next(error);
        response
          .status(error.kind === 'forbidden' ? 403 : 401)
          .json({ error: { code: error.code, message: error.message } });
      },
    );
  };
}
