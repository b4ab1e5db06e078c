import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@rongtong/common';
import type { Locale } from '@rongtong/identity';
import type { EmailDeliveryKind } from '../entities/email-delivery.entity';
import type { NotificationType } from '../entities/notification-types';
import { MailContent, renderDigestMail, renderSingleMail } from '../templates/mail-layout';
import { renderNotification } from '../templates/notification-templates';
import { subjectPath } from '../templates/subject-links';
import { UnsubscribeTokens } from './unsubscribe-token';

export interface MailRecipient {
  id: string;
  email: string;
  displayName: string;
  locale: Locale;
}

export interface MailNotification {
  type: NotificationType;
  params: Record<string, unknown>;
  subjectKind: string | null;
  subjectId: string | null;
}

/** A digest lists this many notifications; the rest are counted and wait in the inbox. */
export const DIGEST_LIST_LIMIT = 50;

/**
 * Builds the mail for a delivery: the recipient's language, links under the public URL, and an
 * unsubscribe link for the notification types the mail carries (a digest's link covers every
 * type in it, so one click stops exactly the mails of that kind).
 */
@Injectable()
export class MailComposer {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: UnsubscribeTokens,
  ) {}

  compose(
    kind: EmailDeliveryKind,
    frequency: 'daily' | 'weekly',
    recipient: MailRecipient,
    notifications: MailNotification[],
  ): MailContent & { unsubscribeUrl: string } {
    const unsubscribeUrl = this.unsubscribeUrl(
      recipient.id,
      notifications.map((n) => n.type),
    );
    const items = notifications.map((n) => ({
      notification: renderNotification(n.type, n.params, recipient.locale),
      link: `${this.config.publicUrl}${subjectPath(n.subjectKind, n.subjectId)}`,
    }));
    const content =
      kind === 'single'
        ? renderSingleMail({
            locale: recipient.locale,
            displayName: recipient.displayName,
            notification: items[0].notification,
            link: items[0].link,
            unsubscribeUrl,
          })
        : renderDigestMail({
            locale: recipient.locale,
            displayName: recipient.displayName,
            frequency,
            items: items.slice(0, DIGEST_LIST_LIMIT),
            total: items.length,
            inboxUrl: `${this.config.publicUrl}/notifications`,
            unsubscribeUrl,
          });
    return { ...content, unsubscribeUrl };
  }

  unsubscribeUrl(userId: string, types: NotificationType[]): string {
    const token = this.tokens.sign({ userId, types });
    return `${this.config.publicUrl}/api/v1/unsubscribe/${token}`;
  }
}
