import {
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Inject,
  Param,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import {
  FailedJobPageSchema,
  FailedJobSchema,
  QueueDashboardSessionSchema,
} from './admin.responses';
import { ApiErrors } from '../openapi/api-errors';
import { IsIn } from 'class-validator';
import type { Response } from 'express';
import { APP_CONFIG, AppConfig, NotFoundError, Page, PageQuery } from '@rongtong/common';
import { AuthenticatedUser } from '@rongtong/identity';
import { JobQueue, QUEUE_NAMES, QueueName } from '@rongtong/jobs';
import { CurrentUser } from '../auth/auth.decorators';
import { failedJobs, FailedJobView, retryFailedJob } from './queue-dashboard-jobs';
import {
  assertAdmin,
  bearerToken,
  dashboardCookie,
  QUEUE_DASHBOARD_PATH,
} from './queue-dashboard.auth';

export class FailedJobsQuery extends PageQuery {
  @ApiProperty({ enum: QUEUE_NAMES })
  @IsIn(QUEUE_NAMES)
  queue!: QueueName;
}

/** Admin access to the job queues: the Bull Board session and failed jobs over the API. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin')
export class QueueDashboardController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueue,
  ) {}

  /** Sets an HttpOnly, SameSite=Strict cookie carrying the token, so a browser can open the page. */
  @Post('queue-dashboard/session')
  @HttpCode(200)
  @ApiOperation({ summary: `Open ${QUEUE_DASHBOARD_PATH} in this browser (admins)` })
  @ApiErrors(403)
  @ApiOkResponse({ type: QueueDashboardSessionSchema })
  openSession(
    @CurrentUser() user: AuthenticatedUser,
    @Headers('authorization') authorization: string,
    @Res({ passthrough: true }) response: Response,
  ): { path: string; expiresInSeconds: number } {
    assertAdmin(user);
    const token = bearerToken(authorization) ?? '';
    const ttl = this.config.auth.accessTtlSeconds;
    response.setHeader('Set-Cookie', dashboardCookie(token, ttl, this.secureCookie()));
    return { path: QUEUE_DASHBOARD_PATH, expiresInSeconds: ttl };
  }

  @Delete('queue-dashboard/session')
  @HttpCode(204)
  @ApiOperation({ summary: 'Close the queue dashboard session in this browser' })
  closeSession(@Res({ passthrough: true }) response: Response): void {
    response.setHeader('Set-Cookie', dashboardCookie('', 0, this.secureCookie()));
  }

  @Get('jobs/failed')
  @ApiOperation({ summary: 'Failed jobs of one queue, newest first (admins)' })
  @ApiErrors(403)
  @ApiOkResponse({ type: FailedJobPageSchema })
  failed(
    @Query() query: FailedJobsQuery,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Page<FailedJobView>> {
    assertAdmin(user);
    return failedJobs(this.jobs.queue(query.queue), query);
  }

  @Post('jobs/:queue/:jobId/retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Run a failed job again (admins)' })
  @ApiErrors(403, 404)
  @ApiOkResponse({ type: FailedJobSchema })
  retry(
    @Param('queue') queue: string,
    @Param('jobId') jobId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<FailedJobView> {
    assertAdmin(user);
    if (!(QUEUE_NAMES as readonly string[]).includes(queue)) {
      throw new NotFoundError('QUEUE_NOT_FOUND', `No queue ${queue}`);
    }
    return retryFailedJob(this.jobs.queue(queue as QueueName), jobId);
  }

  private secureCookie(): boolean {
    return this.config.publicUrl.startsWith('https:');
  }
}
