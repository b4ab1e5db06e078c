import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Memberships } from '@rongtong/identity';
import { EmailRouter, RecordedNotification } from '../email/email-router';
import { NotificationIntent } from '../intents/notification-intent';
import { WebhookDeliveries } from '../webhooks/webhook-deliveries';
import { InboxStore } from './inbox.store';

/**
 * Turns intents into inbox rows (always) and channel deliveries per preference, inside the
 * caller's PostgreSQL transaction; deliveries leave through the outbox.
 */
@Injectable()
export class NotificationRecorder {
  constructor(
    private readonly emails: EmailRouter,
    private readonly webhooks: WebhookDeliveries,
    private readonly inbox: InboxStore,
    private readonly memberships: Memberships,
  ) {}

  /** Returns the ids of the inbox rows actually inserted (rows whose dedup key was taken are not). */
  async record(manager: EntityManager, intents: NotificationIntent[]): Promise<string[]> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('Notifications must be recorded inside the caller’s transaction');
    }
    const recorded: RecordedNotification[] = [];
    for (const intent of intents) {
      recorded.push(...(await this.insertInboxRows(manager, intent)));
    }
    // Only rows inserted now get a channel: a job that runs again finds its keys taken and
    // queues no second mail.
    await this.emails.route(manager, recorded);
    for (const intent of intents) {
      if (!intent.organisationId) continue;
      // Idempotent per endpoint through the same dedup key, so a re-run records nothing new.
      await this.webhooks.recordForEvent(manager, {
        organisationId: intent.organisationId,
        eventType: intent.type,
        dedupKey: intent.dedupKey,
        data: { ...intent.params, type: intent.type, subject: intent.subject ?? null },
      });
    }
    return recorded.map((row) => row.id);
  }

  /** One row per recipient; the unique (user_id, dedup_key) makes a repeat insert nothing. */
  private async insertInboxRows(
    manager: EntityManager,
    intent: NotificationIntent,
  ): Promise<RecordedNotification[]> {
    const recipients = await this.recipientsOf(manager, intent.recipients);
    if (recipients.length === 0) return [];
    const rows = await this.inbox.insert(manager, {
      recipients,
      organisationId: intent.organisationId ?? intent.recipients.organisationId ?? null,
      type: intent.type,
      dedupKey: intent.dedupKey,
      params: intent.params,
      subjectKind: intent.subject?.kind ?? null,
      subjectId: intent.subject?.id ?? null,
    });
    return rows.map((row) => ({ id: row.id, userId: row.user_id, type: intent.type }));
  }

  /** Explicit users plus every member of the organisation, each once, in a stable order. */
  private async recipientsOf(
    manager: EntityManager,
    recipients: NotificationIntent['recipients'],
  ): Promise<string[]> {
    const userIds = new Set(recipients.userIds ?? []);
    if (recipients.organisationId) {
      for (const userId of await this.memberships.userIdsOf(recipients.organisationId, manager))
        userIds.add(userId);
    }
    return [...userIds].sort();
  }
}
