import type { Locale } from '@rongtong/identity';
import type { NotificationType } from '../entities/notification-types';
import type { NotificationParamsByType, ReasonLine } from '../intents/notification-intent';
import { KIND_LABELS, quoted } from './labels';

/**
 * A notification in words: the title (inbox title and mail subject) and plain-text lines.
 * Lines carry user text unescaped; the mail layout escapes them for HTML.
 */
export interface RenderedNotification {
  title: string;
  lines: string[];
}

type Template<T extends NotificationType> = Record<
  Locale,
  (params: NotificationParamsByType[T]) => RenderedNotification
>;

const zh = (title: string) => quoted(title, 'zh-CN');
const en = (title: string) => quoted(title, 'en');
const kindZh = (kind: keyof typeof KIND_LABELS) => KIND_LABELS[kind]['zh-CN'];
const kindEn = (kind: keyof typeof KIND_LABELS) => KIND_LABELS[kind].en;
const present = (lines: (string | null | false)[]): string[] =>
  lines.filter((line): line is string => typeof line === 'string' && line.length > 0);
const reasonsZh = (reasons: ReasonLine[]) =>
  reasons.length > 0 && `推荐理由：${reasons.map((r) => r.zh).join('；')}`;
const reasonsEn = (reasons: ReasonLine[]) =>
  reasons.length > 0 && `Why: ${reasons.map((r) => r.en).join('; ')}`;

/** Every notification type in both languages; a new type fails to compile without one. */
const TEMPLATES: { [T in NotificationType]: Template<T> } = {
  'match.found': {
    'zh-CN': (p) => ({
      title:
        p.previousScore === null
          ? `新匹配：${zh(p.counterpart.title)}（匹配度 ${p.score}）`
          : `匹配度提升：${zh(p.counterpart.title)}（${p.previousScore} → ${p.score}）`,
      lines: present([
        `您的${kindZh(p.listing.kind)}${zh(p.listing.title)}匹配到${kindZh(p.counterpart.kind)}` +
          `${zh(p.counterpart.title)}${p.counterpart.organisationName ? `（${p.counterpart.organisationName}）` : ''}，匹配度 ${p.score}。`,
        reasonsZh(p.reasons),
      ]),
    }),
    en: (p) => ({
      title:
        p.previousScore === null
          ? `New match: ${en(p.counterpart.title)} (score ${p.score})`
          : `Better match: ${en(p.counterpart.title)} (${p.previousScore} → ${p.score})`,
      lines: present([
        `Your ${kindEn(p.listing.kind)} ${en(p.listing.title)} matches the ${kindEn(p.counterpart.kind)} ` +
          `${en(p.counterpart.title)}${p.counterpart.organisationName ? ` (${p.counterpart.organisationName})` : ''} with a score of ${p.score}.`,
        reasonsEn(p.reasons),
      ]),
    }),
  },
  'match.interest': {
    'zh-CN': (p) => ({
      title: `${p.counterpart.organisationName ?? '对方'}对您的${kindZh(p.listing.kind)}${zh(p.listing.title)}有意向`,
      lines: [
        `对方：${kindZh(p.counterpart.kind)}${zh(p.counterpart.title)}${p.counterpart.organisationName ? `（${p.counterpart.organisationName}）` : ''}。`,
        '如您也有意向，请在匹配页面回应；双方都同意后，将互相公开联系方式。',
      ],
    }),
    en: (p) => ({
      title: `${p.counterpart.organisationName ?? 'Someone'} is interested in your ${kindEn(p.listing.kind)} ${en(p.listing.title)}`,
      lines: [
        `They come with the ${kindEn(p.counterpart.kind)} ${en(p.counterpart.title)}${p.counterpart.organisationName ? ` (${p.counterpart.organisationName})` : ''}.`,
        'If you are interested too, respond on the match page: contact details are shared once both sides agree.',
      ],
    }),
  },
  'match.mutual': {
    'zh-CN': (p) => ({
      title: `双方意向达成：${zh(p.listing.title)}`,
      lines: [
        `您与${p.contact.organisationName}就${kindZh(p.counterpart.kind)}${zh(p.counterpart.title)}达成双方意向，现在可以直接联系：`,
        `联系人：${p.contact.contactName ?? '—'}`,
        `电话：${p.contact.phone ?? '—'}`,
        `邮箱：${p.contact.email ?? '—'}`,
      ],
    }),
    en: (p) => ({
      title: `Mutual interest: ${en(p.listing.title)}`,
      lines: [
        `You and ${p.contact.organisationName} are both interested (${kindEn(p.counterpart.kind)} ${en(p.counterpart.title)}). You can now contact them directly:`,
        `Contact: ${p.contact.contactName ?? '—'}`,
        `Phone: ${p.contact.phone ?? '—'}`,
        `Email: ${p.contact.email ?? '—'}`,
      ],
    }),
  },
  'challenge.candidate': {
    'zh-CN': (p) => ({
      title: `榜单${zh(p.challenge.title)}的候选：${p.organisation.name}（匹配度 ${p.score}）`,
      lines: present([
        `${p.organisation.name}符合您发布的榜单${zh(p.challenge.title)}的条件，匹配度 ${p.score}。`,
        reasonsZh(p.reasons),
      ]),
    }),
    en: (p) => ({
      title: `Candidate for your challenge ${en(p.challenge.title)}: ${p.organisation.name} (score ${p.score})`,
      lines: present([
        `${p.organisation.name} is eligible for your challenge ${en(p.challenge.title)}, with a score of ${p.score}.`,
        reasonsEn(p.reasons),
      ]),
    }),
  },
  'listing.reviewed': {
    'zh-CN': (p) =>
      p.outcome === 'approved'
        ? {
            title: `审核通过：${zh(p.listing.title)}`,
            lines: [`您的${kindZh(p.listing.kind)}${zh(p.listing.title)}已通过审核并发布。`],
          }
        : {
            title: `未通过审核：${zh(p.listing.title)}`,
            lines: present([
              `您的${kindZh(p.listing.kind)}${zh(p.listing.title)}未通过审核。`,
              p.reason && `原因：${p.reason}`,
              '修改后可重新提交审核。',
            ]),
          },
    en: (p) =>
      p.outcome === 'approved'
        ? {
            title: `Approved: ${en(p.listing.title)}`,
            lines: [
              `Your ${kindEn(p.listing.kind)} ${en(p.listing.title)} was approved and is now published.`,
            ],
          }
        : {
            title: `Not approved: ${en(p.listing.title)}`,
            lines: present([
              `Your ${kindEn(p.listing.kind)} ${en(p.listing.title)} was not approved.`,
              p.reason && `Reason: ${p.reason}`,
              'You can edit it and submit it for review again.',
            ]),
          },
  },
  'listing.expiring': {
    'zh-CN': (p) => ({
      title: `即将到期：${zh(p.listing.title)}（${p.validUntil}）`,
      lines: [
        `您的${kindZh(p.listing.kind)}${zh(p.listing.title)}将于 ${p.validUntil} 到期` +
          (p.daysLeft > 0 ? `（还剩 ${p.daysLeft} 天）。` : '（今天是最后一天）。'),
        '到期后将不再公开展示；之后可续期重新发布。',
      ],
    }),
    en: (p) => ({
      title: `Expires on ${p.validUntil}: ${en(p.listing.title)}`,
      lines: [
        `Your ${kindEn(p.listing.kind)} ${en(p.listing.title)} expires on ${p.validUntil}` +
          (p.daysLeft > 0
            ? ` (${p.daysLeft} ${p.daysLeft === 1 ? 'day' : 'days'} left).`
            : ' (today is its last day).'),
        'After that it is no longer public; you can renew it to publish it again.',
      ],
    }),
  },
  'saved_search.alert': {
    'zh-CN': (p) => ({
      title: `保存的搜索${zh(p.savedSearchName)}有新结果：${zh(p.listing.title)}`,
      lines: [
        `新发布的${kindZh(p.listing.kind)}${zh(p.listing.title)}符合您保存的搜索${zh(p.savedSearchName)}。`,
      ],
    }),
    en: (p) => ({
      title: `New result for your saved search ${en(p.savedSearchName)}: ${en(p.listing.title)}`,
      lines: [
        `The newly published ${kindEn(p.listing.kind)} ${en(p.listing.title)} matches your saved search ${en(p.savedSearchName)}.`,
      ],
    }),
  },
  'webhook.disabled': {
    'zh-CN': (p) => ({
      title: `Webhook 已停用：${p.url}`,
      lines: present([
        `贵机构的 Webhook 端点 ${p.url} 连续 ${p.failures} 次投递失败，已被停用。`,
        p.lastError && `最后一次错误：${p.lastError}`,
        '排除故障后，请在 Webhook 设置中重新启用。',
      ]),
    }),
    en: (p) => ({
      title: `Webhook disabled: ${p.url}`,
      lines: present([
        `Your organisation's webhook endpoint ${p.url} failed ${p.failures} deliveries in a row and was disabled.`,
        p.lastError && `Last error: ${p.lastError}`,
        'Re-enable it in the webhook settings once it is fixed.',
      ]),
    }),
  },
};

/**
 * Renders stored params. Rows written by an older version may lack a field; such a row still
 * shows in the inbox, with its type as the title, instead of failing the whole page.
 */
export function renderNotification(
  type: NotificationType,
  params: unknown,
  locale: Locale,
): RenderedNotification {
  const template = TEMPLATES[type] as Template<NotificationType> | undefined;
  const render = template?.[locale] ?? template?.['zh-CN'];
  try {
    if (render) return render(params as never);
  } catch {
    // fall through to the bare rendering below
  }
  return { title: type, lines: [] };
}
