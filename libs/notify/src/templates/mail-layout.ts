import type { Locale } from '@rongtong/identity';
import type { RenderedNotification } from './notification-templates';

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

/** Everything user-supplied passes through here before it reaches HTML. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A subject is one line: user text with line breaks must not start new headers or wrap oddly. */
function subjectLine(value: string): string {
  const line = value.replace(/\s+/g, ' ').trim();
  return line.length > 150 ? `${line.slice(0, 149)}…` : line;
}

const COPY = {
  'zh-CN': {
    greeting: (name: string) => `${name}，您好：`,
    open: '查看详情',
    openInbox: '打开收件箱',
    unsubscribe: '不想再收到此类邮件？一键退订',
    footer: '此邮件由融通平台自动发送，请勿直接回复。',
    digestSubject: { daily: '融通每日摘要', weekly: '融通每周摘要' },
    digestIntro: (n: number) => `您有 ${n} 条新通知：`,
    more: (n: number) => `另有 ${n} 条通知，请在收件箱查看。`,
  },
  en: {
    greeting: (name: string) => `Hello ${name},`,
    open: 'Open',
    openInbox: 'Open your inbox',
    unsubscribe: "Don't want these emails? Unsubscribe in one click",
    footer: 'This email was sent automatically by Rongtong; please do not reply to it.',
    digestSubject: { daily: 'Rongtong daily digest', weekly: 'Rongtong weekly digest' },
    digestIntro: (n: number) => `You have ${n} new ${n === 1 ? 'notification' : 'notifications'}:`,
    more: (n: number) => `${n} more in your inbox.`,
  },
} satisfies Record<Locale, unknown>;

function htmlDocument(locale: Locale, subject: string, body: string): string {
  return [
    '<!doctype html>',
    `<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    "<body style=\"font-family:-apple-system,'PingFang SC','Microsoft YaHei',Arial,sans-serif;" +
      'color:#1f2328;max-width:640px;margin:0 auto;padding:16px;line-height:1.6">',
    body,
    '</body></html>',
  ].join('\n');
}

function htmlFooter(locale: Locale, unsubscribeUrl: string): string {
  const copy = COPY[locale];
  return (
    '<hr style="border:none;border-top:1px solid #d0d7de;margin:24px 0 8px">' +
    `<p style="font-size:12px;color:#656d76">${escapeHtml(copy.footer)}<br>` +
    `<a href="${escapeHtml(unsubscribeUrl)}">${escapeHtml(copy.unsubscribe)}</a></p>`
  );
}

/** One notification as a mail: the title is the subject, the lines the body. */
export function renderSingleMail(input: {
  locale: Locale;
  displayName: string;
  notification: RenderedNotification;
  link: string;
  unsubscribeUrl: string;
}): MailContent {
  const copy = COPY[input.locale];
  const subject = subjectLine(input.notification.title);
  const text = [
    copy.greeting(input.displayName),
    '',
    ...input.notification.lines,
    '',
    `${copy.open}: ${input.link}`,
    '',
    '--',
    copy.footer,
    `${copy.unsubscribe}: ${input.unsubscribeUrl}`,
  ].join('\n');
  const html = htmlDocument(
    input.locale,
    subject,
    [
      `<p>${escapeHtml(copy.greeting(input.displayName))}</p>`,
      `<h2 style="font-size:18px">${escapeHtml(input.notification.title)}</h2>`,
      ...input.notification.lines.map((line) => `<p>${escapeHtml(line)}</p>`),
      `<p><a href="${escapeHtml(input.link)}">${escapeHtml(copy.open)}</a></p>`,
      htmlFooter(input.locale, input.unsubscribeUrl),
    ].join('\n'),
  );
  return { subject, text, html };
}

export interface DigestItem {
  notification: RenderedNotification;
  link: string;
}

/** Many notifications in one mail: each title with its first line and a link. */
export function renderDigestMail(input: {
  locale: Locale;
  displayName: string;
  frequency: 'daily' | 'weekly';
  items: DigestItem[];
  /** All notifications the digest carries; items may list only the first of them. */
  total: number;
  inboxUrl: string;
  unsubscribeUrl: string;
}): MailContent {
  const copy = COPY[input.locale];
  const subject = subjectLine(
    `${copy.digestSubject[input.frequency]}${input.locale === 'zh-CN' ? '：' : ': '}${copy.digestIntro(input.total).replace(/[:：]$/, '')}`,
  );
  const rest = input.total - input.items.length;
  const text = [
    copy.greeting(input.displayName),
    '',
    copy.digestIntro(input.total),
    '',
    ...input.items.flatMap(({ notification, link }) => [
      `• ${notification.title}`,
      ...notification.lines.slice(0, 1).map((line) => `  ${line}`),
      `  ${link}`,
    ]),
    ...(rest > 0 ? ['', copy.more(rest)] : []),
    '',
    `${copy.openInbox}: ${input.inboxUrl}`,
    '',
    '--',
    copy.footer,
    `${copy.unsubscribe}: ${input.unsubscribeUrl}`,
  ].join('\n');
  const items = input.items.map(
    ({ notification, link }) =>
      `<li style="margin-bottom:12px"><a href="${escapeHtml(link)}">${escapeHtml(notification.title)}</a>` +
      notification.lines
        .slice(0, 1)
        .map((line) => `<br><span style="color:#656d76">${escapeHtml(line)}</span>`)
        .join('') +
      '</li>',
  );
  const html = htmlDocument(
    input.locale,
    subject,
    [
      `<p>${escapeHtml(copy.greeting(input.displayName))}</p>`,
      `<p>${escapeHtml(copy.digestIntro(input.total))}</p>`,
      `<ul style="padding-left:20px">${items.join('\n')}</ul>`,
      ...(rest > 0 ? [`<p>${escapeHtml(copy.more(rest))}</p>`] : []),
      `<p><a href="${escapeHtml(input.inboxUrl)}">${escapeHtml(copy.openInbox)}</a></p>`,
      htmlFooter(input.locale, input.unsubscribeUrl),
    ].join('\n'),
  );
  return { subject, text, html };
}
