import type { Locale } from '@rongtong/identity';
import type { NotificationType } from '../entities/notification-types';
import type { CounterpartRef, ListingRef } from '../intents/notification-intent';

export type Localised = Record<Locale, string>;

/** Listings and organisations as sentences name them. */
export const KIND_LABELS: Record<ListingRef['kind'] | CounterpartRef['kind'], Localised> = {
  need: { 'zh-CN': '技术需求', en: 'technology need' },
  achievement: { 'zh-CN': '科技成果', en: 'research achievement' },
  challenge: { 'zh-CN': '榜单', en: 'challenge' },
  organisation: { 'zh-CN': '机构', en: 'organisation' },
};

/** How a notification type is named on the preferences and unsubscribe pages. */
export const NOTIFICATION_TYPE_LABELS: Record<NotificationType, Localised> = {
  'match.found': { 'zh-CN': '新匹配', en: 'New matches' },
  'match.interest': { 'zh-CN': '对方意向', en: 'Interest received' },
  'match.mutual': { 'zh-CN': '双方意向', en: 'Mutual matches' },
  'challenge.candidate': { 'zh-CN': '揭榜候选', en: 'Challenge candidates' },
  'listing.reviewed': { 'zh-CN': '审核结果', en: 'Review results' },
  'listing.expiring': { 'zh-CN': '到期提醒', en: 'Expiry reminders' },
  'saved_search.alert': { 'zh-CN': '保存的搜索', en: 'Saved-search alerts' },
  'webhook.disabled': { 'zh-CN': 'Webhook 停用', en: 'Webhook disabled' },
};

/** 「title」 in Chinese, “title” in English. */
export function quoted(title: string, locale: Locale): string {
  return locale === 'zh-CN' ? `「${title}」` : `“${title}”`;
}
