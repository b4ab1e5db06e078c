import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@rongtong/common';
import { AccountService, Users } from '@rongtong/identity';
import { JobHandler, JobPayload, JobResult } from '@rongtong/jobs';
import { MailTransport } from '../email/mail-transport';
import { renderAccountMail } from './account-mail-templates';

function validFor(expiresInMs: number, locale: 'zh-CN' | 'en'): string {
  const minutes = Math.round(expiresInMs / 60_000);
  if (minutes < 120) return locale === 'en' ? `${minutes} minutes` : `${minutes} 分钟`;
  const hours = Math.round(minutes / 60);
  return locale === 'en' ? `${hours} hours` : `${hours} 小时`;
}

/**
 * The `notify.account-mail` job. The link is signed now, at sending, so a mail retried after an
 * outage still carries a fresh one; a verification already done sends nothing.
 */
@Injectable()
export class AccountMailer {
  constructor(
    private readonly transport: MailTransport,
    private readonly accounts: AccountService,
    private readonly users: Users,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @JobHandler('notify.account-mail')
  async send(payload: JobPayload<'notify.account-mail'>): Promise<JobResult> {
    if (!this.transport.configured) return { status: 'skipped', reason: 'SMTP_URL is not set' };
    const recipient = await this.users.mailIdentity(payload.userId);
    if (!recipient) return { status: 'skipped', reason: 'the user no longer exists' };
    let url = `${this.config.publicUrl}/forgot-password`;
    let expiresInMs: number | undefined;
    if (payload.purpose === 'verify-email' || payload.purpose === 'reset-password') {
      const link = await this.accounts.link(payload.userId, payload.purpose);
      if (!link) return { status: 'skipped', reason: `${payload.purpose}: nothing to do` };
      url = link.url;
      expiresInMs = link.expiresAt.getTime() - Date.now();
    }
    const mail = renderAccountMail({
      purpose: payload.purpose,
      locale: recipient.locale,
      displayName: recipient.displayName,
      url,
      validFor: expiresInMs === undefined ? undefined : validFor(expiresInMs, recipient.locale),
    });
    await this.transport.send({
      ...mail,
      to: recipient.email,
      deliveryId: `account-${payload.requestId}`,
    });
    return { status: 'done', detail: `${payload.purpose} mail sent to ${payload.userId}` };
  }
}
