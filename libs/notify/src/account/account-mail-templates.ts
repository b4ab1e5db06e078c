import type { AccountMailPurpose } from '@rongtong/jobs';
import type { Locale } from '@rongtong/identity';
import { escapeHtml, MailContent } from '../templates/mail-layout';

interface AccountMailInput {
  purpose: AccountMailPurpose;
  locale: Locale;
  displayName: string;
  /** The signed link (verification, reset); the sign-in or reset page otherwise. */
  url: string;
  /** Minutes or hours the link stays valid, as words. */
  validFor?: string;
}

interface Copy {
  subject: string;
  lines: string[];
  action: string;
}

function copy(input: AccountMailInput): Copy {
  const validFor = input.validFor ?? '';
  if (input.locale === 'en') {
    switch (input.purpose) {
      case 'verify-email':
        return {
          subject: 'Rongtong: verify your email address',
          lines: [
            'Please confirm that this address belongs to you. Until it is verified you cannot publish listings or show interest.',
            `The link is valid for ${validFor}. If you did not sign up, ignore this mail.`,
          ],
          action: 'Verify my address',
        };
      case 'reset-password':
        return {
          subject: 'Rongtong: reset your password',
          lines: [
            'Someone (hopefully you) asked to reset the password of your account.',
            `The link works once and for ${validFor}. If it was not you, ignore this mail: your password stays as it is.`,
          ],
          action: 'Set a new password',
        };
      case 'registration-attempt':
        return {
          subject: 'Rongtong: someone tried to sign up with your address',
          lines: [
            'Someone tried to create a new account with this email address, which already has an account.',
            'If it was you, sign in instead, or reset your password if you forgot it. Otherwise you can ignore this mail.',
          ],
          action: 'Reset my password',
        };
      case 'password-changed':
        return {
          subject: 'Rongtong: your password was changed',
          lines: [
            'The password of your account was just changed and every other session was signed out.',
            'If this was not you, reset your password at once.',
          ],
          action: 'Reset my password',
        };
    }
  }
  switch (input.purpose) {
    case 'verify-email':
      return {
        subject: '融通平台：请验证您的邮箱',
        lines: [
          '请确认此邮箱属于您本人。验证前，您暂时不能发布需求、成果或表达合作意向。',
          `链接 ${validFor}内有效。如果您没有注册融通平台，请忽略本邮件。`,
        ],
        action: '验证邮箱',
      };
    case 'reset-password':
      return {
        subject: '融通平台：重置密码',
        lines: [
          '我们收到了重置您账号密码的申请。',
          `链接仅可使用一次，${validFor}内有效。如非本人操作，请忽略本邮件，您的密码不会改变。`,
        ],
        action: '设置新密码',
      };
    case 'registration-attempt':
      return {
        subject: '融通平台：有人尝试用您的邮箱注册',
        lines: [
          '有人尝试使用此邮箱注册新账号，但该邮箱已有账号。',
          '如果是您本人，请直接登录；忘记密码可以重置。如非本人操作，可忽略本邮件。',
        ],
        action: '重置密码',
      };
    case 'password-changed':
      return {
        subject: '融通平台：您的密码已修改',
        lines: [
          '您账号的密码刚刚被修改，其他设备上的登录已全部退出。',
          '如非本人操作，请立即重置密码。',
        ],
        action: '重置密码',
      };
  }
}

/** A mail about the user's own account: fixed wording, the one link, no user-supplied text. */
export function renderAccountMail(input: AccountMailInput): MailContent {
  const { subject, lines, action } = copy(input);
  const greeting =
    input.locale === 'en' ? `Hello ${input.displayName},` : `${input.displayName}，您好：`;
  const footer =
    input.locale === 'en'
      ? 'This mail was sent by Rongtong automatically; please do not reply.'
      : '此邮件由融通平台自动发送，请勿直接回复。';
  const text = [greeting, '', ...lines, '', `${action}: ${input.url}`, '', footer].join('\n');
  const html = [
    `<p>${escapeHtml(greeting)}</p>`,
    ...lines.map((line) => `<p>${escapeHtml(line)}</p>`),
    `<p><a href="${escapeHtml(input.url)}">${escapeHtml(action)}</a></p>`,
    `<p style="color:#888">${escapeHtml(footer)}</p>`,
  ].join('\n');
  return { subject, text, html };
}
