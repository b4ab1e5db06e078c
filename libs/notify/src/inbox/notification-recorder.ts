import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EmailRouter, RecordedNotification } from '../email/email-router';
import { NotificationIntent } from '../intents/notification-intent';
import { WebhookDeliveries } from '../webhooks/webhook-deliveries';

/**
 * Turns intents into inbox rows (always) and channel deliveries per preference, inside the
 * caller's PostgreSQL transaction; deliveries leave through the outbox.
 */
@Injectable()
export class NotificationRecorder {
  constructor(
    private readonly emails: EmailRouter,
    private readonly webhooks: WebhookDeliveries,
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
    const rows: { id: string; user_id: string }[] = await manager.query(
      `INSERT INTO notification
              (user_id, organisation_id, type, dedup_key, params, subject_kind, subject_id)
       SELECT recipient, $2, $3, $4, $5::jsonb, $6, $7 FROM unnest($1::uuid[]) AS recipient
       ON CONFLICT (user_id, dedup_key) DO NOTHING
       RETURNING id, user_id`,
      [
        recipients,
        intent.organisationId ?? intent.recipients.organisationId ?? null,
        intent.type,
        intent.dedupKey,
        JSON.stringify(intent.params),
        intent.subject?.kind ?? null,
        intent.subject?.id ?? null,
      ],
    );
    return rows.map((row) => ({ id: row.id, userId: row.user_id, type: intent.type }));
  }

  /** Explicit users plus every member of the organisation, each once, in a stable order. */
  private async recipientsOf(
    manager: EntityManager,
    recipients: NotificationIntent['recipients'],
  ): Promise<string[]> {
    const userIds = new Set(recipients.userIds ?? []);
    if (recipients.organisationId) {
      const members: { user_id: string }[] = await manager.query(
        'SELECT user_id FROM membership WHERE organisation_id = $1',
        [recipients.organisationId],
      );
      for (const member of members) userIds.add(member.user_id);
    }
    return [...userIds].sort();
  }
}
