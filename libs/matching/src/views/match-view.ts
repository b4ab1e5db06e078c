import { IndustryCatalog, RegionCatalog } from '@rongtong/identity';
import type { PartyContact } from '@rongtong/notify';
import type { DeclineReason, Match, MatchReason, MatchState } from '../entities/match.entity';
import {
  allowedMatchActions,
  CONTACT_STATES,
  MatchAction,
  MatchSideName,
} from '../lifecycle/match-state-machine';
import { matchStrength, MatchStrength } from '../scoring/pair-qualification';
import { PartyIndex, partyKey, PartySummary } from './party-loader';

/** One side of a match as a response shows it: public fields only. */
export interface PartyView {
  kind: PartySummary['kind'];
  id: string;
  title: string;
  status: string | null;
  /** Null while the side is an anonymous need and the match is not mutual. */
  organisationId: string | null;
  organisationName: string | null;
  organisationType: string;
  industryCode: string;
  industryName: string;
  regionCode: string;
  regionName: string;
}

export interface MatchView {
  id: string;
  /** 匹配度 0–100 */
  score: number;
  /** How the score reads against the calibrated thresholds (高度匹配 / 可以参考 / 匹配较弱). */
  strength: MatchStrength;
  /** 推荐理由 */
  reasons: MatchReason[];
  state: MatchState;
  /** False once the pair stopped qualifying (a side unpublished, or the score fell). */
  active: boolean;
  computedAt: string;
  updatedAt: string;
  /** Which stored side `listing` is: the viewer's own side (or the listing being viewed). */
  perspective: MatchSideName;
  listing: PartyView;
  counterpart: PartyView;
  interest: { own: boolean; other: boolean };
  /** What the viewer may do now; empty for viewers who are not a party. */
  allowedActions: MatchAction[];
  mutualAt: string | null;
  /** Who declined is told as a side, not an organisation id (an anonymous need stays so). */
  decline: { reason: DeclineReason; note: string | null; by: 'own' | 'other' } | null;
  /** The other side's contact: only for a party, only once mutual (and while not declined). */
  contact?: PartyContact;
}

/** A side whose listing or organisation no longer exists (its history still shows). */
function goneSummary(kind: PartySummary['kind'], id: string): PartySummary {
  return {
    kind,
    id,
    title: '',
    status: 'deleted',
    organisationId: '',
    organisationName: '',
    organisationType: '',
    industryCode: '',
    regionCode: '',
    anonymous: true,
  };
}

function partyView(summary: PartySummary, hideOwner: boolean): PartyView {
  const hidden = hideOwner && summary.anonymous;
  return {
    kind: summary.kind,
    id: summary.id,
    title: summary.title,
    status: summary.status,
    organisationId: hidden ? null : summary.organisationId,
    organisationName: hidden ? null : summary.organisationName,
    organisationType: summary.organisationType,
    industryCode: summary.industryCode,
    industryName: IndustryCatalog.shared().find(summary.industryCode)?.name ?? '',
    regionCode: summary.regionCode,
    regionName: RegionCatalog.shared().find(summary.regionCode)?.fullName ?? '',
  };
}

export interface ViewContext {
  perspective: MatchSideName;
  /** The viewer is a member of the perspective side (not only a reviewer). */
  party: boolean;
  /** The other side's contact, loaded only when the state allows it. */
  contact?: PartyContact;
}

export function snapshotOf(match: Match) {
  return {
    state: match.state,
    subjectInterested: match.subjectInterestedAt !== null,
    counterpartInterested: match.counterpartInterestedAt !== null,
  };
}

/** True when the parties see each other's contacts. */
export function contactsVisible(match: Pick<Match, 'state'>): boolean {
  return CONTACT_STATES.includes(match.state);
}

function declinedBy(match: Match, perspective: MatchSideName): 'own' | 'other' {
  const own =
    perspective === 'subject' ? match.subjectOrganisationId : match.counterpartOrganisationId;
  return match.declinedByOrganisationId === own ? 'own' : 'other';
}

export function toMatchView(match: Match, parties: PartyIndex, context: ViewContext): MatchView {
  const subject =
    parties.get(partyKey(match.subjectKind, match.subjectId)) ??
    goneSummary(match.subjectKind, match.subjectId);
  const counterpart =
    parties.get(partyKey(match.counterpartKind, match.counterpartId)) ??
    goneSummary(match.counterpartKind, match.counterpartId);
  const own = context.perspective === 'subject' ? subject : counterpart;
  const other = context.perspective === 'subject' ? counterpart : subject;
  const revealed = match.mutualAt !== null;
  const snapshot = snapshotOf(match);
  const ownInterested =
    context.perspective === 'subject' ? snapshot.subjectInterested : snapshot.counterpartInterested;
  const otherInterested =
    context.perspective === 'subject' ? snapshot.counterpartInterested : snapshot.subjectInterested;
  const view: MatchView = {
    id: match.id,
    score: match.score,
    strength: matchStrength(match.score),
    reasons: match.reasons,
    state: match.state,
    active: match.active,
    computedAt: match.computedAt.toISOString(),
    updatedAt: match.updatedAt.toISOString(),
    perspective: context.perspective,
    listing: partyView(own, false),
    counterpart: partyView(other, !revealed),
    interest: { own: ownInterested, other: otherInterested },
    allowedActions: context.party ? allowedMatchActions(snapshot, context.perspective) : [],
    mutualAt: match.mutualAt?.toISOString() ?? null,
    decline: match.declineReason
      ? {
          reason: match.declineReason,
          note: match.declineNote,
          by: declinedBy(match, context.perspective),
        }
      : null,
  };
  if (context.party && context.contact && contactsVisible(match)) view.contact = context.contact;
  return view;
}
