import { Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { Users } from '@rongtong/identity';
import { JobHandler, JobPayload, JobResult } from '@rongtong/jobs';
import type { DeliveryStatus, EmailDelivery } from '../entities/email-delivery.entity';
import type { EmailState } from '../entities/notification.entity';
import { PreferenceStore } from '../preferences/preference-store';
import { EmailDeliveryStore } from './email-deliveries.store';
import { MailComposer, MailNotification } from './mail-composer';
import { MailTransport } from './mail-transport';

/** `digest:<user>:<frequency>:<date>`: the frequency a digest was gathered for. */
function digestFrequency(dedupKey: string): 'daily' | 'weekly' {
  return dedupKey.split(':')[2] === 'weekly' ? 'weekly' : 'daily';
}

/**
 * The `notify.deliver-email` job: sends one recorded delivery. At least once: a crash between
 * the SMTP hand-over and marking it sent sends it again, with the same Message-ID
 * (`<delivery-id@rongtong>`) so the copy is recognisable. A sent delivery is never sent again.
 */
@Injectable()
export class EmailSender {
  private readonly logger = new Logger(EmailSender.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    private readonly composer: MailComposer,
    private readonly preferences: PreferenceStore,
    private readonly deliveries: EmailDeliveryStore,
    private readonly users: Users,
  ) {}

  @JobHandler('notify.deliver-email')
  async deliver(payload: JobPayload<'notify.deliver-email'>, job?: Job): Promise<JobResult> {
    const delivery = await this.deliveries.find(payload.deliveryId);
    if (!delivery) return { status: 'skipped', reason: 'delivery not found' };
    if (delivery.status === 'sent' || delivery.status === 'skipped') {
      return { status: 'skipped', reason: `already ${delivery.status}` };
    }
    if (!this.transport.configured) {
      return this.skip(delivery, 'SMTP_URL is not configured');
    }
    const recipient = await this.users.mailIdentity(delivery.userId);
    if (!recipient) return this.skip(delivery, 'the recipient no longer exists');
    const notifications = await this.stillWanted(delivery);
    if (notifications.length === 0) {
      return this.skip(delivery, 'the recipient turned these emails off');
    }
    const mail = this.composer.compose(
      delivery.kind,
      digestFrequency(delivery.dedupKey),
      {
        id: delivery.userId,
        email: recipient.email,
        displayName: recipient.displayName,
        locale: recipient.locale,
      },
      notifications,
    );
    try {
      await this.transport.send({ ...mail, to: recipient.email, deliveryId: delivery.id });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const lastAttempt = job !== undefined && job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      await this.record(delivery, lastAttempt ? 'failed' : 'pending', message);
      throw error; // BullMQ retries with backoff
    }
    await this.record(delivery, 'sent', null, 'sent');
    return { status: 'done', detail: `${delivery.kind} mail sent to ${delivery.userId}` };
  }

  /**
   * The delivery's notifications whose type the recipient still wants by email: an
   * unsubscribe between recording and sending is honoured.
   */
  private async stillWanted(delivery: EmailDelivery): Promise<MailNotification[]> {
    const rows = await this.deliveries.notificationsOf(delivery.notificationIds, delivery.userId);
    const preferences = await this.preferences.forUser(this.dataSource.manager, delivery.userId);
    return rows.filter((row) => preferences.of(row.type).email);
  }

  private async skip(delivery: EmailDelivery, reason: string): Promise<JobResult> {
    await this.record(delivery, 'skipped', reason, 'skipped');
    this.logger.log(`Email delivery ${delivery.id} skipped: ${reason}`);
    return { status: 'skipped', reason };
  }

  /** Counts the attempt and, once settled, moves the notifications' email state along. */
  private async record(
    delivery: EmailDelivery,
    status: DeliveryStatus,
    error: string | null,
    notificationState?: EmailState,
  ): Promise<void> {
    await this.deliveries.recordAttempt(delivery, status, error, notificationState);
  }
}
