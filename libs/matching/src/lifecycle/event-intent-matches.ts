import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { ListingKind } from '@rongtong/common';
import { Clock } from '@rongtong/common';
import { MatchStore } from '../persistence/match-store';

/** An 意向签约 (or follow-up) recorded after a 对接会 meeting. */
export interface EventIntent {
  eventTitle: string;
  organisationId: string;
  counterpartOrganisationId: string;
  /** A listing one side brought to the event, used when no match exists between them yet. */
  subjectListing: { kind: ListingKind; id: string; organisationId: string } | null;
  actorUserId: string;
  amountWan: number | null;
}

/**
 * An intent from an event meeting moves the organisations' match to `negotiating`, creating it
 * (subject: a listing one side brought, counterpart: the other organisation) when matching never
 * proposed it, so the match funnel counts what events produce. Null when neither side brought a
 * listing and no match exists.
 */
@Injectable()
export class EventIntentMatches {
  constructor(
    private readonly store: MatchStore,
    private readonly clock: Clock,
  ) {}

  /** Inside the caller's transaction; returns the match id. */
  async recordIntent(manager: EntityManager, intent: EventIntent): Promise<string | null> {
    const now = this.clock.now();
    const amount = intent.amountWan !== null ? `，${intent.amountWan} 万元` : '';
    let matchId =
      (
        await this.store.bestBetweenOrganisations(
          manager,
          intent.organisationId,
          intent.counterpartOrganisationId,
        )
      )?.id ?? null;
    if (!matchId && intent.subjectListing) {
      const listing = intent.subjectListing;
      const counterpart =
        listing.organisationId === intent.organisationId
          ? intent.counterpartOrganisationId
          : intent.organisationId;
      matchId = await this.store.insertIfMissing(
        manager,
        {
          subjectKind: listing.kind,
          subjectId: listing.id,
          subjectOrganisationId: listing.organisationId,
          counterpartKind: 'organisation',
          counterpartId: counterpart,
          counterpartOrganisationId: counterpart,
          score: 0,
          reasons: [
            {
              kind: 'eligibility',
              contribution: 0,
              zh: `对接会洽谈达成意向：${intent.eventTitle}${amount}`,
              en: `Intent agreed at the event ${intent.eventTitle}`,
            },
          ],
        },
        now,
      );
    }
    if (!matchId) return null;
    await this.store.negotiateByEvent(
      manager,
      matchId,
      { userId: intent.actorUserId, organisationId: intent.organisationId },
      `event intent: ${intent.eventTitle}${amount}`,
      now,
    );
    return matchId;
  }
}
