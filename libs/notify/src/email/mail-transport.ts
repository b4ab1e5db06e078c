import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '@rongtong/common';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Becomes the Message-ID; a resent mail carries the same one. */
  deliveryId: string;
  /** Absent for mails about the user's own account (they cannot be unsubscribed from). */
  unsubscribeUrl?: string;
}

/**
 * SMTP through nodemailer: one pooled transport per process, created on first use and closed
 * at shutdown. Knows headers, not notifications.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private transporter?: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get configured(): boolean {
    return this.config.notify.smtpUrl !== undefined;
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transport().sendMail({
      from: this.config.notify.mailFrom,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: `<${mail.deliveryId}@rongtong>`,
      headers: {
        'X-Rongtong-Delivery-Id': mail.deliveryId,
        // RFC 8058: mail clients may POST "List-Unsubscribe=One-Click" to the URL.
        ...(mail.unsubscribeUrl ? { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {}),
      },
      ...(mail.unsubscribeUrl ? { list: { unsubscribe: mail.unsubscribeUrl } } : {}),
    });
  }

  onApplicationShutdown(): void {
    this.transporter?.close();
    this.transporter = undefined;
  }

  private transport(): Transporter {
    const url = this.config.notify.smtpUrl;
    if (!url) throw new Error('SMTP_URL is not configured');
    this.transporter ??= createTransport({
      url,
      pool: true,
      maxConnections: 5,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    return this.transporter;
  }
}
