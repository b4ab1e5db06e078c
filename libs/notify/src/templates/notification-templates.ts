import type { Locale } from '@rongtong/identity';
import type { NotificationType } from '../entities/notification-types';
import type { NotificationParamsByType, ReasonLine } from '../intents/notification-intent';
import { KIND_LABELS, quoted } from './labels';
import { renderTrustDecision } from './trust-decision-template';

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
  // The subject is fixed text about the recipient's own listing: the sender's organisation name
  // is free text anyone can choose, so it appears only in the body, never first in a subject.
  'match.interest': {
    'zh-CN': (p) => ({
      title: `有机构对您的${kindZh(p.listing.kind)}表示关注：${zh(p.listing.title)}`,
      lines: present([
        `关注方：${p.counterpart.organisationName ?? '（双方达成意向前不公开名称）'}`,
        p.counterpart.kind !== 'organisation' &&
          `对方${kindZh(p.counterpart.kind)}：${zh(p.counterpart.title)}`,
        '如您也有意向，请在匹配页面回应；双方都同意后，将互相公开联系方式。',
      ]),
    }),
    en: (p) => ({
      title: `An organisation is interested in your ${kindEn(p.listing.kind)} ${en(p.listing.title)}`,
      lines: present([
        `Interested: ${p.counterpart.organisationName ?? '(name shown once both sides agree)'}`,
        p.counterpart.kind !== 'organisation' &&
          `Their ${kindEn(p.counterpart.kind)}: ${en(p.counterpart.title)}`,
        'If you are interested too, respond on the match page: contact details are shared once both sides agree.',
      ]),
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
  'challenge.application': {
    'zh-CN': (p) => ({
      title: `揭榜申请${p.stageLabel.zh}：${zh(p.challenge.title)}`,
      lines: present([
        `${p.organisationName}对榜单${zh(p.challenge.title)}的揭榜申请状态更新为：${p.stageLabel.zh}。`,
        p.awardWan !== null && `揭榜金额：${p.awardWan} 万元。`,
        p.reasonLabel && `未入选原因：${p.reasonLabel.zh}`,
        p.note && `评审意见：${p.note}`,
      ]),
    }),
    en: (p) => ({
      title: `Application ${p.stageLabel.en.toLowerCase()}: ${en(p.challenge.title)}`,
      lines: present([
        `The application of ${p.organisationName} to the challenge ${en(p.challenge.title)} is now: ${p.stageLabel.en}.`,
        p.awardWan !== null && `Award: ${p.awardWan} × 10,000 CNY.`,
        p.reasonLabel && `Reason: ${p.reasonLabel.en}`,
        p.note && `Reviewers' note: ${p.note}`,
      ]),
    }),
  },
  'challenge.invited': {
    'zh-CN': (p) => ({
      title: `揭榜邀请：${zh(p.challenge.title)}`,
      lines: [
        `${p.ownerName}认为贵单位适合承接榜单${zh(p.challenge.title)}，邀请您提交揭榜申请。`,
        `申请截止时间：${p.deadline}。`,
      ],
    }),
    en: (p) => ({
      title: `Invitation to apply: ${en(p.challenge.title)}`,
      lines: [
        `${p.ownerName} invites your organisation to apply to the challenge ${en(p.challenge.title)}.`,
        `Applications close at ${p.deadline}.`,
      ],
    }),
  },
  'challenge.deadline_extended': {
    'zh-CN': (p) => ({
      title: `揭榜截止时间延长：${zh(p.challenge.title)}`,
      lines: [
        `榜单${zh(p.challenge.title)}的申请截止时间由 ${p.previousDeadline} 延长至 ${p.deadline}。`,
        '您的申请仍为草稿，请在截止前提交。',
      ],
    }),
    en: (p) => ({
      title: `Deadline extended: ${en(p.challenge.title)}`,
      lines: [
        `Applications to ${en(p.challenge.title)} now close at ${p.deadline} (was ${p.previousDeadline}).`,
        'Your application is still a draft: submit it before the deadline.',
      ],
    }),
  },
  'challenge.evaluator': {
    'zh-CN': (p) => ({
      title: `评审邀请：${zh(p.challenge.title)}`,
      lines: [`${p.ownerName}邀请您担任榜单${zh(p.challenge.title)}的评审专家。`],
    }),
    en: (p) => ({
      title: `You are an evaluator: ${en(p.challenge.title)}`,
      lines: [`${p.ownerName} made you an evaluator of the challenge ${en(p.challenge.title)}.`],
    }),
  },
  'listing.reviewed': {
    'zh-CN': (p) => {
      const listing = `您的${kindZh(p.listing.kind)}${zh(p.listing.title)}`;
      switch (p.outcome) {
        case 'approved':
          return {
            title: `审核通过：${zh(p.listing.title)}`,
            lines: [`${listing}已通过审核并发布。`],
          };
        case 'revision_approved':
          return {
            title: `修改已通过审核：${zh(p.listing.title)}`,
            lines: [`${listing}的修改已通过审核，新内容已对外发布。`],
          };
        case 'revision_rejected':
          return {
            title: `修改未通过审核：${zh(p.listing.title)}`,
            lines: present([
              `${listing}的修改未通过审核，对外仍展示原已发布的内容。`,
              p.reason && `原因：${p.reason}`,
              '可按意见调整后再次提交修改。',
            ]),
          };
        default:
          return {
            title: `未通过审核：${zh(p.listing.title)}`,
            lines: present([
              `${listing}未通过审核。`,
              p.reason && `原因：${p.reason}`,
              '修改后可重新提交审核。',
            ]),
          };
      }
    },
    en: (p) => {
      const listing = `Your ${kindEn(p.listing.kind)} ${en(p.listing.title)}`;
      switch (p.outcome) {
        case 'approved':
          return {
            title: `Approved: ${en(p.listing.title)}`,
            lines: [`${listing} was approved and is now published.`],
          };
        case 'revision_approved':
          return {
            title: `Edit approved: ${en(p.listing.title)}`,
            lines: [
              `The edit of ${listing.charAt(0).toLowerCase()}${listing.slice(1)} was approved and is now public.`,
            ],
          };
        case 'revision_rejected':
          return {
            title: `Edit not approved: ${en(p.listing.title)}`,
            lines: present([
              `The edit of ${listing.charAt(0).toLowerCase()}${listing.slice(1)} was not approved; the published version stays public.`,
              p.reason && `Reason: ${p.reason}`,
              'You can adjust it and submit the edit again.',
            ]),
          };
        default:
          return {
            title: `Not approved: ${en(p.listing.title)}`,
            lines: present([
              `${listing} was not approved.`,
              p.reason && `Reason: ${p.reason}`,
              'You can edit it and submit it for review again.',
            ]),
          };
      }
    },
  },
  'trust.decided': {
    'zh-CN': (p) => renderTrustDecision(p, 'zh-CN'),
    en: (p) => renderTrustDecision(p, 'en'),
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
  'event.registration': {
    'zh-CN': (p) => ({
      title: p.approved ? `报名已通过：${zh(p.event.title)}` : `报名未通过：${zh(p.event.title)}`,
      lines: present([
        p.approved
          ? `${p.organisationName}报名参加${zh(p.event.title)}已通过审核。现在可以浏览参会单位并发起洽谈邀约。`
          : `很遗憾，${p.organisationName}报名参加${zh(p.event.title)}未通过审核。`,
        p.note && `主办方说明：${p.note}`,
      ]),
    }),
    en: (p) => ({
      title: p.approved
        ? `Registration approved: ${en(p.event.title)}`
        : `Registration declined: ${en(p.event.title)}`,
      lines: present([
        p.approved
          ? `The registration of ${p.organisationName} for ${en(p.event.title)} was approved. You can now browse the participants and request meetings.`
          : `The registration of ${p.organisationName} for ${en(p.event.title)} was declined.`,
        p.note && `Organiser's note: ${p.note}`,
      ]),
    }),
  },
  'event.invited': {
    'zh-CN': (p) => ({
      title: `${p.organiserName}邀请您参加${zh(p.event.title)}`,
      lines: present([
        `${p.organiserName}诚邀贵单位参加${zh(p.event.title)}（${p.firstDay} 开始），与相关供需方一对一洽谈。`,
        reasonsZh(p.reasons),
        `报名截止：${p.registrationClosesAt}。请点击链接查看活动并报名。`,
      ]),
    }),
    en: (p) => ({
      title: `${p.organiserName} invites you to ${en(p.event.title)}`,
      lines: present([
        `${p.organiserName} invites your organisation to ${en(p.event.title)} (from ${p.firstDay}) for one-to-one meetings.`,
        reasonsEn(p.reasons),
        `Registration closes ${p.registrationClosesAt}. Follow the link to see the event and register.`,
      ]),
    }),
  },
  'event.meeting_reminder': {
    'zh-CN': (p) => ({
      title: `洽谈提醒：${p.startsAt} 与${p.counterpartName}`,
      lines: present([
        `您在${zh(p.event.title)}与${p.counterpartName}的一对一洽谈将于 ${p.startsAt} 开始。`,
        p.table && `地点：${p.table} 号桌。`,
        p.videoLink && `视频链接：${p.videoLink}`,
      ]),
    }),
    en: (p) => ({
      title: `Meeting at ${p.startsAt} with ${p.counterpartName}`,
      lines: present([
        `Your one-to-one meeting with ${p.counterpartName} at ${en(p.event.title)} starts at ${p.startsAt} (China time).`,
        p.table && `Table ${p.table}.`,
        p.videoLink && `Video link: ${p.videoLink}`,
      ]),
    }),
  },
  'event.meeting_no_show': {
    'zh-CN': (p) => ({
      title: `对方未按时签到：${p.startsAt} 与${p.counterpartName}的洽谈`,
      lines: present([
        `您在${zh(p.event.title)}原定 ${p.startsAt}${p.table ? `（${p.table} 号桌）` : ''}与${p.counterpartName}的一对一洽谈，对方在开始后 ${p.graceMinutes} 分钟内未签到，本场洽谈按未到场处理。`,
        '您可以：到签到台请会务人员为您现场安排其他洽谈；留意会务人员推荐的现场洽谈；或在个人日程中查看其余安排和空闲时段。',
        '如对方稍后到场，请与会务人员联系。',
      ]),
    }),
    en: (p) => ({
      title: `No-show: your ${p.startsAt} meeting with ${p.counterpartName}`,
      lines: present([
        `${p.counterpartName} did not check in within ${p.graceMinutes} minutes of your one-to-one meeting at ${en(p.event.title)} (${p.startsAt} China time${p.table ? `, table ${p.table}` : ''}), so the meeting counts as a no-show.`,
        'You can ask the organisers at the check-in desk to arrange another meeting on the spot, watch for their walk-in proposals, or see your other meetings and free slots in your agenda.',
        'If the other side turns up later, please talk to the organisers.',
      ]),
    }),
  },
  'event.meeting_cancelled': {
    'zh-CN': (p) => ({
      title: `洽谈已取消：${p.startsAt} 与${p.counterpartName}`,
      lines: present([
        `您在${zh(p.event.title)}原定 ${p.startsAt}${p.table ? `（${p.table} 号桌）` : ''}与${p.counterpartName}的一对一洽谈已取消：${p.cause === 'withdrawn' ? '对方已撤回报名' : '对方的报名未通过主办方审核'}。`,
        '该时段已空出。请在个人日程中查看其余安排，日历中的这场洽谈也会随之取消；您可以向其他参会单位发起洽谈邀约。',
      ]),
    }),
    en: (p) => ({
      title: `Meeting cancelled: ${p.startsAt} with ${p.counterpartName}`,
      lines: present([
        `Your one-to-one meeting with ${p.counterpartName} at ${en(p.event.title)} (${p.startsAt} China time${p.table ? `, table ${p.table}` : ''}) is cancelled: ${p.cause === 'withdrawn' ? 'they withdrew their registration' : 'the organiser declined their registration'}.`,
        'The slot is free again. See your other meetings in your agenda (your calendar drops this one when it refreshes); you can request meetings with other participants.',
      ]),
    }),
  },
  'event.meeting_requested': {
    'zh-CN': (p) => ({
      title: `${p.fromName}邀请您洽谈：${zh(p.event.title)}`,
      lines: present([
        p.accepted
          ? `${p.fromName}在${zh(p.event.title)}向贵单位发起一对一洽谈邀约，已自动接受，将排入洽谈日程。`
          : `${p.fromName}在${zh(p.event.title)}向贵单位发起一对一洽谈邀约，请及时接受或婉拒。`,
        p.note && `对方留言：${p.note}`,
      ]),
    }),
    en: (p) => ({
      title: `${p.fromName} requests a meeting: ${en(p.event.title)}`,
      lines: present([
        p.accepted
          ? `${p.fromName} requested a one-to-one meeting with your organisation at ${en(p.event.title)}; it was accepted automatically and goes into the schedule.`
          : `${p.fromName} requested a one-to-one meeting with your organisation at ${en(p.event.title)}. Please accept or decline it.`,
        p.note && `Their note: ${p.note}`,
      ]),
    }),
  },
  'event.meeting_request_answered': {
    'zh-CN': (p) => ({
      title: `${p.counterpartName}${p.accepted ? '接受了' : '婉拒了'}您的洽谈邀约：${zh(p.event.title)}`,
      lines: present([
        p.accepted
          ? `${p.counterpartName}接受了您在${zh(p.event.title)}的一对一洽谈邀约，主办方排程后将在个人日程中显示时间和桌号。`
          : `${p.counterpartName}婉拒了您在${zh(p.event.title)}的一对一洽谈邀约。`,
        p.reason && `原因：${p.reason.zh}`,
        p.note && `对方说明：${p.note}`,
      ]),
    }),
    en: (p) => ({
      title: `${p.counterpartName} ${p.accepted ? 'accepted' : 'declined'} your meeting request: ${en(p.event.title)}`,
      lines: present([
        p.accepted
          ? `${p.counterpartName} accepted your one-to-one meeting request at ${en(p.event.title)}. Once the organiser schedules it, the time and table appear in your agenda.`
          : `${p.counterpartName} declined your one-to-one meeting request at ${en(p.event.title)}.`,
        p.reason && `Reason: ${p.reason.en}`,
        p.note && `Their note: ${p.note}`,
      ]),
    }),
  },
  'event.schedule_published': {
    'zh-CN': (p) => ({
      title: `${p.updated ? '洽谈日程已更新' : '洽谈日程已发布'}：${zh(p.event.title)}`,
      lines: [
        `${zh(p.event.title)}（${p.firstDay} 开始）${p.updated ? '更新了' : '发布了'}洽谈日程，${p.organisationName}共有 ${p.meetings} 场一对一洽谈。`,
        '请在个人日程中查看时间和桌号，并导入日历。',
      ],
    }),
    en: (p) => ({
      title: `${p.updated ? 'Schedule updated' : 'Schedule published'}: ${en(p.event.title)}`,
      lines: [
        `${en(p.event.title)} (from ${p.firstDay}) ${p.updated ? 'updated' : 'published'} its schedule: ${p.organisationName} has ${p.meetings} one-to-one meetings.`,
        'See the times and tables in your agenda, and add it to your calendar.',
      ],
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
