/** The words of 对接会: states, modes, registration and request statuses, preferences. */

export interface Bilingual {
  zh: string;
  en: string;
}

export const EVENT_STATES = [
  'draft',
  'open',
  'scheduling',
  'published',
  'running',
  'finished',
] as const;
export type EventState = (typeof EVENT_STATES)[number];

export const EVENT_STATE_LABELS: Record<EventState, Bilingual> = {
  draft: { zh: '草稿', en: 'Draft' },
  open: { zh: '报名中', en: 'Registration open' },
  scheduling: { zh: '排期中', en: 'Scheduling' },
  published: { zh: '日程已发布', en: 'Schedule published' },
  running: { zh: '进行中', en: 'Running' },
  finished: { zh: '已结束', en: 'Finished' },
};

export const EVENT_MODES = ['offline', 'online', 'hybrid'] as const;
export type EventMode = (typeof EVENT_MODES)[number];

export const EVENT_MODE_LABELS: Record<EventMode, Bilingual> = {
  offline: { zh: '线下', en: 'On site' },
  online: { zh: '线上', en: 'Online' },
  hybrid: { zh: '线上线下结合', en: 'Hybrid' },
};

export const REGISTRATION_STATUSES = ['pending', 'approved', 'declined', 'withdrawn'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, Bilingual> = {
  pending: { zh: '待审核', en: 'Pending' },
  approved: { zh: '已通过', en: 'Approved' },
  declined: { zh: '未通过', en: 'Declined' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};

/** How an attendee takes part in a hybrid event. */
export const ATTENDANCE_MODES = ['onsite', 'online'] as const;
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];

/** Listing kinds a participant can bring to an event. */
export const BROUGHT_LISTING_KINDS = ['need', 'achievement', 'challenge'] as const;
export type BroughtListingKind = (typeof BROUGHT_LISTING_KINDS)[number];

export const REQUEST_STATUSES = ['pending', 'accepted', 'declined', 'cancelled'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Who proposed a meeting: a participant, or the system from matching. */
export const REQUEST_SOURCES = ['participant', 'system'] as const;
export type RequestSource = (typeof REQUEST_SOURCES)[number];

export const DECLINE_REASONS = [
  'not_relevant',
  'no_capacity',
  'already_in_contact',
  'timing',
  'other',
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

export const DECLINE_REASON_LABELS: Record<DeclineReason, Bilingual> = {
  not_relevant: { zh: '方向不匹配', en: 'Not relevant' },
  no_capacity: { zh: '洽谈名额已满', en: 'No meeting capacity left' },
  already_in_contact: { zh: '已有联系渠道', en: 'Already in contact' },
  timing: { zh: '时间不合适', en: 'Timing' },
  other: { zh: '其他', en: 'Other' },
};

/** Grip-style preferences: must-meet and meet raise a pair's weight; no-thanks is a veto. */
export const MEETING_PREFERENCES = ['must_meet', 'meet', 'no_thanks'] as const;
export type MeetingPreference = (typeof MEETING_PREFERENCES)[number];

export const MEETING_STATUSES = ['scheduled', 'cancelled', 'held', 'no_show'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const MEETING_STATUS_LABELS: Record<MeetingStatus, Bilingual> = {
  scheduled: { zh: '已安排', en: 'Scheduled' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
  held: { zh: '已洽谈', en: 'Held' },
  no_show: { zh: '未到场', en: 'No-show' },
};

export const sqlList = (values: readonly string[]): string =>
  values.map((v) => `'${v}'`).join(', ');

/** What a side records after a meeting: no fit, a follow-up, or 意向签约 (with an amount). */
export const MEETING_OUTCOMES = ['no_fit', 'follow_up', 'intent'] as const;
export type MeetingOutcomeKind = (typeof MEETING_OUTCOMES)[number];

export const MEETING_OUTCOME_LABELS: Record<MeetingOutcomeKind, Bilingual> = {
  no_fit: { zh: '暂不合适', en: 'No fit' },
  follow_up: { zh: '后续跟进', en: 'Follow-up' },
  intent: { zh: '意向签约', en: 'Intent to sign' },
};

/** A scheduler run: queued (its job waits), running (progress moves), done or failed. */
export const SCHEDULE_RUN_STATES = ['queued', 'running', 'done', 'failed'] as const;
export type ScheduleRunState = (typeof SCHEDULE_RUN_STATES)[number];

export const SCHEDULE_RUN_STATE_LABELS: Record<ScheduleRunState, Bilingual> = {
  queued: { zh: '排队中', en: 'Queued' },
  running: { zh: '计算中', en: 'Running' },
  done: { zh: '已完成', en: 'Done' },
  failed: { zh: '失败', en: 'Failed' },
};
