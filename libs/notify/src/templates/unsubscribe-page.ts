import type { NotificationType } from '../entities/notification-types';
import { NOTIFICATION_TYPE_LABELS } from './labels';
import { escapeHtml } from './mail-layout';

/** The recipient's language is unknown to a link opened anywhere, so the page speaks both. */
function page(body: string): string {
  return [
    '<!doctype html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    '<title>退订邮件 · Unsubscribe</title>',
    '<style>body{font-family:-apple-system,"PingFang SC","Microsoft YaHei",Arial,sans-serif;' +
      'color:#1f2328;max-width:560px;margin:48px auto;padding:0 16px;line-height:1.6}' +
      'h1{font-size:20px}button{font-size:16px;padding:8px 20px;cursor:pointer}' +
      '.en{color:#444}</style>',
    `</head><body><main>${body}</main></body></html>`,
  ].join('\n');
}

const typeList = (types: NotificationType[], lang: 'zh-CN' | 'en') =>
  escapeHtml(
    types.map((type) => NOTIFICATION_TYPE_LABELS[type][lang]).join(lang === 'en' ? ', ' : '、'),
  );

/**
 * GET shows this and changes nothing: mail scanners open links, and only a person (or a mail
 * client's RFC 8058 one-click POST) should unsubscribe.
 */
export function unsubscribeConfirmationPage(types: NotificationType[]): string {
  return page(
    [
      '<h1>退订邮件通知</h1>',
      `<p>确认后，您将不再收到以下类型的邮件：${typeList(types, 'zh-CN')}。站内通知不受影响，可随时在通知设置中重新开启。</p>`,
      '<h1 class="en" lang="en">Unsubscribe from emails</h1>',
      `<p class="en" lang="en">After you confirm, you will no longer receive emails about: ${typeList(types, 'en')}. ` +
        'Your inbox is not affected, and you can turn emails back on in your notification settings.</p>',
      // No action attribute: the form posts to this same URL.
      '<form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click">' +
        '<button type="submit">确认退订 · Unsubscribe</button></form>',
    ].join('\n'),
  );
}

export function unsubscribedPage(types: NotificationType[]): string {
  return page(
    [
      '<h1>已退订</h1>',
      `<p>您将不再收到以下类型的邮件：${typeList(types, 'zh-CN')}。如需恢复，请在通知设置中重新开启。</p>`,
      '<h1 class="en" lang="en">Unsubscribed</h1>',
      `<p class="en" lang="en">You will no longer receive emails about: ${typeList(types, 'en')}. ` +
        'To receive them again, turn them back on in your notification settings.</p>',
    ].join('\n'),
  );
}
