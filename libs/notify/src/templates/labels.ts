import type { Locale, SmeTier } from '@rongtong/identity';
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

/** 梯度培育 tiers as a certificate names them. */
export const TIER_LABELS: Record<SmeTier, Localised> = {
  innovative: { 'zh-CN': '创新型中小企业', en: 'innovative SME' },
  specialised: { 'zh-CN': '专精特新中小企业', en: 'specialised and innovative SME' },
  little_giant: { 'zh-CN': '专精特新“小巨人”企业', en: '“little giant” enterprise' },
  single_champion: { 'zh-CN': '制造业单项冠军企业', en: 'manufacturing single champion' },
};

/** How a notification type is named on the preferences and unsubscribe pages. */
export const NOTIFICATION_TYPE_LABELS: Record<NotificationType, Localised> = {
  'match.found': { 'zh-CN': '新匹配', en: 'New matches' },
  'match.interest': { 'zh-CN': '对方意向', en: 'Interest received' },
  'match.mutual': { 'zh-CN': '双方意向', en: 'Mutual matches' },
  'challenge.candidate': { 'zh-CN': '揭榜候选', en: 'Challenge candidates' },
  'challenge.application': { 'zh-CN': '揭榜申请进展', en: 'Challenge application updates' },
  'challenge.invited': { 'zh-CN': '揭榜邀请', en: 'Invitations to apply' },
  'challenge.deadline_extended': { 'zh-CN': '揭榜截止延期', en: 'Deadline extensions' },
  'challenge.evaluator': { 'zh-CN': '评审专家邀请', en: 'Evaluator assignments' },
  'listing.reviewed': { 'zh-CN': '审核结果', en: 'Review results' },
  'trust.decided': { 'zh-CN': '资质与认证审核结果', en: 'Verification results' },
  'listing.expiring': { 'zh-CN': '到期提醒', en: 'Expiry reminders' },
  'saved_search.alert': { 'zh-CN': '保存的搜索', en: 'Saved-search alerts' },
  'webhook.disabled': { 'zh-CN': 'Webhook 停用', en: 'Webhook disabled' },
  'event.registration': { 'zh-CN': '对接会报名审核', en: 'Event registrations' },
  'event.schedule_published': { 'zh-CN': '对接会日程', en: 'Event schedules' },
  'event.invited': { 'zh-CN': '对接会邀请', en: 'Event invitations' },
  'event.meeting_reminder': { 'zh-CN': '洽谈提醒', en: 'Meeting reminders' },
  'event.meeting_no_show': { 'zh-CN': '洽谈对方未到场', en: 'Meeting no-shows' },
  'event.meeting_cancelled': { 'zh-CN': '洽谈取消', en: 'Cancelled meetings' },
  'event.meeting_requested': { 'zh-CN': '收到洽谈邀约', en: 'Meeting requests' },
  'event.meeting_request_answered': { 'zh-CN': '洽谈邀约答复', en: 'Answers to meeting requests' },
};

/** 「title」 in Chinese, “title” in English. */
export function quoted(title: string, locale: Locale): string {
  return locale === 'zh-CN' ? `「${title}」` : `“${title}”`;
}
