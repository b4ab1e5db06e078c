import type { ListingKind } from '@rongtong/common';
import type { NotificationType } from '../entities/notification-types';

/** A listing as notifications name it: enough to render a line and link to it. */
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

export interface ReasonLine {
  zh: string;
  en: string;
}

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
  'listing.reviewed': {
    listing: ListingRef;
    outcome: 'approved' | 'rejected';
    reason: string | null;
  };
  'listing.expiring': { listing: ListingRef; validUntil: string; daysLeft: number };
  'saved_search.alert': { savedSearchId: string; savedSearchName: string; listing: ListingRef };
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
