import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig, Clock } from '@rongtong/common';
import { Memberships } from '@rongtong/identity';
import { NotificationRecorder } from '../inbox/notification-recorder';
import { WebhookStore } from './webhooks.store';

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
    private readonly store: WebhookStore,
    private readonly memberships: Memberships,
  ) {}

  async recordSuccess(manager: EntityManager, endpointId: string): Promise<void> {
    await this.store.resetFailures(manager, endpointId);
  }

  /** Returns true when this failure disabled the endpoint. */
  async recordExhausted(
    manager: EntityManager,
    endpointId: string,
    lastError: string | null,
  ): Promise<boolean> {
    const updated = await this.store.countExhausted(manager, endpointId);
    const limit = this.config.notify.webhookDisableAfterFailures;
    if (!updated || !updated.enabled || updated.failures < limit) return false;

    const disabledAt = this.clock.now();
    await this.store.disable(
      manager,
      endpointId,
      disabledAt,
      `${updated.failures} deliveries in a row failed`,
    );
    const owners = await this.memberships.ownerIdsOf(updated.organisationId, manager);
    if (owners.length === 0) return true;
    await this.recorder.record(manager, [
      {
        type: 'webhook.disabled',
        recipients: { userIds: owners },
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
