import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig, Clock } from '@rongtong/common';
import { NotificationRecorder } from '../inbox/notification-recorder';

/**
 * Counts deliveries in a row that exhausted their retries, per endpoint. When the count reaches
 * the configured limit the endpoint is disabled and the organisation's owners are told, in the
 * same transaction; a successful delivery resets the count.
 */
@Injectable()
export class WebhookEndpointHealth {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly recorder: NotificationRecorder,
  ) {}

  async recordSuccess(manager: EntityManager, endpointId: string): Promise<void> {
    await manager.query(
      `UPDATE webhook_endpoint SET consecutive_failures = 0
        WHERE id = $1 AND consecutive_failures <> 0`,
      [endpointId],
    );
  }

  /** Returns true when this failure disabled the endpoint. */
  async recordExhausted(
    manager: EntityManager,
    endpointId: string,
    lastError: string | null,
  ): Promise<boolean> {
    // An UPDATE through TypeORM answers [rows, affected count].
    const [[updated]] = await manager.query<
      [
        ({ failures: number; enabled: boolean; organisationId: string; url: string } | undefined)[],
        number,
      ]
    >(
      `UPDATE webhook_endpoint SET consecutive_failures = consecutive_failures + 1
        WHERE id = $1
        RETURNING consecutive_failures AS failures, enabled, organisation_id AS "organisationId", url`,
      [endpointId],
    );
    const limit = this.config.notify.webhookDisableAfterFailures;
    if (!updated || !updated.enabled || updated.failures < limit) return false;

    const disabledAt = this.clock.now();
    await manager.query(
      `UPDATE webhook_endpoint
          SET enabled = false, disabled_at = $2, disabled_reason = $3, updated_at = now()
        WHERE id = $1`,
      [endpointId, disabledAt, `${updated.failures} deliveries in a row failed`],
    );
    const owners = await manager.query<{ userId: string }[]>(
      `SELECT user_id AS "userId" FROM membership WHERE organisation_id = $1 AND role = 'owner'`,
      [updated.organisationId],
    );
    if (owners.length === 0) return true;
    await this.recorder.record(manager, [
      {
        type: 'webhook.disabled',
        recipients: { userIds: owners.map((owner) => owner.userId) },
        dedupKey: `webhook-disabled:${endpointId}:${disabledAt.getTime()}`,
        params: { endpointId, url: updated.url, failures: updated.failures, lastError },
        subject: { kind: 'webhook_endpoint', id: endpointId },
        // The organisation's other endpoints hear about it too (this one is disabled by now).
        organisationId: updated.organisationId,
      },
    ]);
    return true;
  }
}
