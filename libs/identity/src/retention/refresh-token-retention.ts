import { Injectable } from '@nestjs/common';
import { JobHandler, JobPayload, JobResult } from '@rongtong/jobs';
import { RefreshTokenRetentionStore } from './refresh-token-retention.store';

const FAMILIES_PER_ROUND = 1_000;

/** Retention of refresh tokens (RETENTION_REFRESH_TOKEN_DAYS after a family's last use). */
@Injectable()
export class RefreshTokenRetention {
  constructor(private readonly store: RefreshTokenRetentionStore) {}

  @JobHandler('identity.prune-refresh-tokens')
  async prune(payload: JobPayload<'identity.prune-refresh-tokens'>): Promise<JobResult> {
    let deleted = 0;
    for (;;) {
      const round = await this.store.pruneDeadFamilies(payload.olderThanDays, FAMILIES_PER_ROUND);
      deleted += round;
      if (round === 0) break;
    }
    return { status: 'done', detail: `${deleted} refresh tokens deleted` };
  }
}
