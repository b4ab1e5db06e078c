import type { OrganisationContact } from '@rongtong/identity';
import type {
  CounterpartRef,
  ListingRef,
  NotificationIntent,
  PartyContact,
} from '@rongtong/notify';
import type { MatchReason } from '../entities/match.entity';
import { ListingProfile, OrganisationProfile } from '../scoring/match-profiles';

/** One party of a match as notifications name it. */
export interface MatchSide {
  organisationId: string;
  organisationName: string;
  /** The listing this side brings; an organisation counterpart brings none. */
  listing: ListingRef | null;
  /** The owner of an anonymous need: its name stays hidden until mutual. */
  anonymous: boolean;
}

export interface MatchParties {
  matchId: string;
  subject: MatchSide;
  counterpart: MatchSide;
}

export function listingSide(listing: ListingProfile): MatchSide {
  return {
    organisationId: listing.organisationId,
    organisationName: listing.organisationName,
    listing: { kind: listing.kind, id: listing.id, title: listing.title },
    anonymous: listing.anonymous,
  };
}

export function organisationSide(
  organisation: Pick<OrganisationProfile, 'id' | 'name'>,
): MatchSide {
  return {
    organisationId: organisation.id,
    organisationName: organisation.name,
    listing: null,
    anonymous: false,
  };
}

/** The other side as `recipient` may see it: no owner name of an anonymous need before mutual. */
export function counterpartRefFor(other: MatchSide, mutual: boolean): CounterpartRef {
  const name = other.anonymous && !mutual ? null : other.organisationName;
  if (other.listing && other.listing.kind !== 'challenge') {
    return {
      kind: other.listing.kind,
      id: other.listing.id,
      title: other.listing.title,
      organisationName: name,
    };
  }
  return {
    kind: 'organisation',
    id: other.organisationId,
    title: name ?? other.listing?.title ?? '',
    organisationName: name,
  };
}

/** The listing a side's notification is about: its own, or the one it was matched to. */
function listingFor(side: MatchSide, other: MatchSide): ListingRef {
  const listing = side.listing ?? other.listing;
  if (!listing) throw new Error('A match always has at least one listing');
  return listing;
}

const reasonLines = (reasons: MatchReason[]) => reasons.map(({ zh, en }) => ({ zh, en }));

/**
 * 发现新匹配 / 匹配度明显提升: the parties who asked for matches hear about it. A need and an
 * achievement tell both owners; a need's capable organisation and an achievement's SME tell the
 * listing's owner; a challenge's candidate tells the challenge owner (challenge.candidate).
 */
export function matchFoundIntents(
  parties: MatchParties,
  score: number,
  previousScore: number | null,
  reasons: MatchReason[],
): NotificationIntent[] {
  const { matchId, subject, counterpart } = parties;
  const about = { kind: 'match', id: matchId };
  const dedupKey = `match.found:${matchId}:${score}`;
  if (subject.listing?.kind === 'challenge') {
    return [
      {
        type: 'challenge.candidate',
        recipients: { organisationId: subject.organisationId },
        organisationId: subject.organisationId,
        dedupKey: `challenge.candidate:${matchId}:${score}`,
        subject: about,
        params: {
          matchId,
          challenge: subject.listing,
          organisation: { id: counterpart.organisationId, name: counterpart.organisationName },
          score,
          reasons: reasonLines(reasons),
        },
      },
    ];
  }
  const recipients = counterpart.listing ? [subject, counterpart] : [subject];
  return recipients.map((side) => {
    const other = side === subject ? counterpart : subject;
    return {
      type: 'match.found',
      recipients: { organisationId: side.organisationId },
      organisationId: side.organisationId,
      dedupKey,
      subject: about,
      params: {
        matchId,
        listing: listingFor(side, other),
        counterpart: counterpartRefFor(other, false),
        score,
        previousScore,
        reasons: reasonLines(reasons),
      },
    };
  });
}

/** 对方表达了意向: the side that did not act hears that the other side is interested. */
export function interestIntent(
  parties: MatchParties,
  actor: 'subject' | 'counterpart',
): NotificationIntent {
  const from = parties[actor];
  const to = actor === 'subject' ? parties.counterpart : parties.subject;
  return {
    type: 'match.interest',
    recipients: { organisationId: to.organisationId },
    organisationId: to.organisationId,
    dedupKey: `match.interest:${parties.matchId}:${actor}`,
    subject: { kind: 'match', id: parties.matchId },
    params: {
      matchId: parties.matchId,
      listing: listingFor(to, from),
      counterpart: counterpartRefFor(from, false),
    },
  };
}

export function partyContact(name: string, contact: OrganisationContact): PartyContact {
  return {
    organisationName: name,
    contactName: contact.name ?? null,
    phone: contact.phone ?? null,
    email: contact.email ?? null,
  };
}

/** 双方意向: each side receives the other side's contact, now that both consented. */
export function mutualIntents(
  parties: MatchParties,
  contacts: { subject: PartyContact; counterpart: PartyContact },
): NotificationIntent[] {
  return (['subject', 'counterpart'] as const).map((sideName) => {
    const side = parties[sideName];
    const otherName = sideName === 'subject' ? 'counterpart' : 'subject';
    const other = parties[otherName];
    return {
      type: 'match.mutual',
      recipients: { organisationId: side.organisationId },
      organisationId: side.organisationId,
      dedupKey: `match.mutual:${parties.matchId}`,
      subject: { kind: 'match', id: parties.matchId },
      params: {
        matchId: parties.matchId,
        listing: listingFor(side, other),
        counterpart: counterpartRefFor(other, true),
        contact: contacts[otherName],
      },
    };
  });
}
