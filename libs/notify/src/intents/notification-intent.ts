import type { ListingKind } from '@rongtong/common';
import type { TrustDecision } from '@rongtong/identity';
import type { NotificationType } from '../entities/notification-types';

/** A listing as notifications name it: enough to render a line and link to it. */
/** A listing's review, or the review of an edit of a published listing. */
export type ReviewOutcome = 'approved' | 'rejected' | 'revision_approved' | 'revision_rejected';

export interface ListingRef {
  kind: ListingKind;
  id: string;
  title: string;
}

/** The other side of a match as the recipient may see it (no name while anonymous). */
export interface CounterpartRef {
  kind: 'need' | 'achievement' | 'organisation';
  id: string;
  title: string;
  /** Null while the owner is anonymous and the match is not mutual. */
  organisationName: string | null;
}

/** Contact details of the other side; only ever present in `match.mutual`. */
export interface PartyContact {
  organisationName: string;
  contactName: string | null;
  phone: string | null;
  email: string | null;
}

/** A 对接会 as notifications name it. */
export interface EventRef {
  id: string;
  title: string;
}

export interface ReasonLine {
  zh: string;
  en: string;
}

/** A review decision as the notification keeps it: who was told is the inbox row itself. */
export type TrustDecisionParams = TrustDecision extends infer D
  ? D extends TrustDecision
    ? Omit<D, 'recipientUserIds'>
    : never
  : never;

/** What each notification type carries; templates (zh-CN, en) render exactly these fields. */
export interface NotificationParamsByType {
  'match.found': {
    matchId: string;
    listing: ListingRef;
    counterpart: CounterpartRef;
    score: number;
    /** The score last notified, when this is a "clearly better" update. */
    previousScore: number | null;
    reasons: ReasonLine[];
  };
  'match.interest': { matchId: string; listing: ListingRef; counterpart: CounterpartRef };
  'match.mutual': {
    matchId: string;
    listing: ListingRef;
    counterpart: CounterpartRef;
    contact: PartyContact;
  };
  'challenge.candidate': {
    matchId: string;
    challenge: ListingRef;
    organisation: { id: string; name: string };
    score: number;
    reasons: ReasonLine[];
  };
  'challenge.application': {
    applicationId: string;
    challenge: ListingRef;
    organisationName: string;
    stage: string;
    stageLabel: ReasonLine;
    previousStage: string | null;
    /** A not_selected decision's reason (code from the fixed list, its label) and the owner's note. */
    reason: string | null;
    reasonLabel: ReasonLine | null;
    note: string | null;
    /** 万元, when awarded. */
    awardWan: number | null;
  };
  'challenge.invited': { challenge: ListingRef; ownerName: string; deadline: string };
  'challenge.deadline_extended': {
    challenge: ListingRef;
    applicationId: string;
    previousDeadline: string;
    deadline: string;
  };
  'challenge.evaluator': { challenge: ListingRef; ownerName: string };
  'listing.reviewed': {
    listing: ListingRef;
    outcome: ReviewOutcome;
    reason: string | null;
  };
  'trust.decided': TrustDecisionParams;
  'listing.expiring': { listing: ListingRef; validUntil: string; daysLeft: number };
  'saved_search.alert': { savedSearchId: string; savedSearchName: string; listing: ListingRef };
  'event.registration': {
    event: EventRef;
    organisationName: string;
    approved: boolean;
    note: string | null;
  };
  'event.schedule_published': {
    event: EventRef;
    organisationName: string;
    meetings: number;
    /** The first day of the event, YYYY-MM-DD. */
    firstDay: string;
    /** A re-published schedule (after changes). */
    updated: boolean;
  };
  'event.invited': {
    event: EventRef;
    organiserName: string;
    firstDay: string;
    /** When registration closes, China time, YYYY-MM-DD HH:mm. */
    registrationClosesAt: string;
    /** Why this organisation was invited (matching's reasons). */
    reasons: ReasonLine[];
  };
  'event.meeting_reminder': {
    event: EventRef;
    counterpartName: string;
    /** China time, YYYY-MM-DD HH:mm. */
    startsAt: string;
    /** A table name, or null online. */
    table: string | null;
    videoLink: string | null;
  };
  'event.meeting_no_show': {
    event: EventRef;
    /** The organisation that did not check in. */
    counterpartName: string;
    /** China time, YYYY-MM-DD HH:mm: when the meeting was to start. */
    startsAt: string;
    /** The freed table's name, or null online. */
    table: string | null;
    /** Minutes after the start the organiser waits before counting a side absent. */
    graceMinutes: number;
  };
  'event.meeting_cancelled': {
    event: EventRef;
    /** The organisation that dropped out. */
    counterpartName: string;
    /** China time, YYYY-MM-DD HH:mm: when the meeting was to start. */
    startsAt: string;
    /** The table it was at, or null online. */
    table: string | null;
    /** Why: the other side withdrew, or the organiser declined its registration. */
    cause: 'withdrawn' | 'declined';
  };
  'event.meeting_requested': {
    event: EventRef;
    /** The requesting organisation. */
    fromName: string;
    note: string;
    /** Accepted at once (a request both ways, or the event accepts requests automatically). */
    accepted: boolean;
  };
  'event.meeting_request_answered': {
    event: EventRef;
    /** The organisation that answered. */
    counterpartName: string;
    accepted: boolean;
    /** A decline's reason, both languages, and the note. */
    reason: ReasonLine | null;
    note: string | null;
  };
  'webhook.disabled': {
    endpointId: string;
    url: string;
    failures: number;
    lastError: string | null;
  };
}

/**
 * Who should hear what and why. Recipients are explicit users or every member of an
 * organisation; the dedup key is unique per recipient, so recording the same intent twice
 * (a job that runs again) writes nothing new.
 */
export type NotificationIntent = {
  [T in NotificationType]: {
    type: T;
    recipients: { userIds?: string[]; organisationId?: string };
    dedupKey: string;
    params: NotificationParamsByType[T];
    /** What the notification links to, e.g. { kind: 'match', id }. */
    subject?: { kind: string; id: string };
    /** The organisation the recipients act for; its webhooks receive the event too. */
    organisationId?: string | null;
  };
}[NotificationType];
