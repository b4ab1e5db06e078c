import { SkipThrottle } from '@nestjs/throttler';
import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Readiness, ReadinessService } from '@rongtong/health';
import { Public } from '../auth/auth.decorators';

@ApiTags('health')
@Public()
// Probes and orchestrators poll these; a limit would only make a healthy replica look down.
@SkipThrottle()
@Controller('health')
export class HealthController {
  constructor(private readonly readiness: ReadinessService) {}

  /** Liveness: the process answers. */
  @Get()
  @ApiOperation({ summary: 'Liveness: the process answers' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: PostgreSQL, Redis and Meilisearch each reported; 503 unless all are up. */
  @Get('ready')
  @ApiResponse({ status: 200, description: 'All three services are up' })
  @ApiResponse({ status: 503, description: 'At least one service is down (the body says which)' })
  @ApiOperation({
    summary: 'Readiness: PostgreSQL, Redis and Meilisearch each reported (503 unless all are up)',
  })
  async ready(@Res({ passthrough: true }) response: Response): Promise<Readiness> {
    const readiness = await this.readiness.check();
    response.status(readiness.status === 'ready' ? 200 : 503);
    return readiness;
  }
}
