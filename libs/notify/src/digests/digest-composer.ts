import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '@rongtong/common';
import { OutboxWriter, TransactionRunner } from '@rongtong/database';
import { JobHandler, JobPayload, JobResult } from '@rongtong/jobs';
import { EmailDeliveryStore } from '../email/email-deliveries.store';
import { requestEmailDelivery } from '../email/email-requests';
import { EffectivePreference } from '../preferences/preference-defaults';
import { PreferenceStore } from '../preferences/preference-store';

type Frequency = JobPayload<'notify.send-digests'>['frequency'];

/**
 * Which digest a waiting notification belongs to: its type's frequency, and the daily one for
 * immediate types (match mails past the daily cap). Email turned off since: none.
 */
export function digestFor(preference: EffectivePreference): Frequency | null {
  if (!preference.email) return null;
  return preference.digest === 'weekly' ? 'weekly' : 'daily';
}

/**
 * The `notify.send-digests` job: per user, gathers the notifications waiting in state 'digest'
 * for this frequency into one email_delivery, marks them queued and appends the outbox event,
 * in one transaction per user. The delivery's dedup key names the user, frequency and China
 * day, so a second run the same day adds nothing (later arrivals wait for the next digest).
 */
@Injectable()
export class DigestComposer {
  private readonly logger = new Logger(DigestComposer.name);

  constructor(
    private readonly deliveries: EmailDeliveryStore,
    private readonly transactions: TransactionRunner,
    private readonly preferences: PreferenceStore,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  @JobHandler('notify.send-digests')
  async sendDigests(payload: JobPayload<'notify.send-digests'>): Promise<JobResult> {
    const users = await this.deliveries.usersWithDigestsWaiting();
    const day = this.clock.today();
    let queued = 0;
    for (const userId of users) {
      const created = await this.transactions.run((manager) =>
        this.gather(manager, userId, payload.frequency, day),
      );
      if (created) queued += 1;
    }
    if (queued > 0) this.logger.log(`Queued ${queued} ${payload.frequency} digests for ${day}`);
    return { status: 'done', detail: `${queued} ${payload.frequency} digests` };
  }

  /** True when a digest delivery was created for the user. */
  private async gather(
    manager: EntityManager,
    userId: string,
    frequency: Frequency,
    day: string,
  ): Promise<boolean> {
    const waiting = await this.deliveries.digestWaiting(manager, userId);
    const preferences = await this.preferences.forUser(manager, userId);
    const dropped = waiting.filter((row) => digestFor(preferences.of(row.type)) === null);
    const included = waiting.filter((row) => digestFor(preferences.of(row.type)) === frequency);
    await this.deliveries.setEmailState(
      manager,
      dropped.map((row) => row.id),
      'none',
    );
    if (included.length === 0) return false;
    const ids = included.map((row) => row.id);
    const deliveryId = await this.deliveries.insertDigest(
      manager,
      userId,
      `digest:${userId}:${frequency}:${day}`,
      ids,
    );
    if (!deliveryId) return false;
    await this.deliveries.setEmailState(manager, ids, 'queued');
    await requestEmailDelivery(this.outbox, manager, deliveryId);
    return true;
  }
}
