import { Injectable } from '@nestjs/common';
import { ListingRecords } from '@rongtong/catalog';
import { ValidationFailedError } from '@rongtong/common';
import { TransactionRunner } from '@rongtong/database';
import {
  AuthenticatedUser,
  IndustryCatalog,
  Organisations,
  OrganisationType,
  RegionCatalog,
} from '@rongtong/identity';
import { OrganisationMatches } from '@rongtong/matching';
import { NotificationIntent, NotificationRecorder } from '@rongtong/notify';
import { RequestReason } from '../entities/meeting-request.entity';
import { MatchmakingEvent } from '../entities/matchmaking-event.entity';
import { themeFit } from '../rules/theme-fit';
import { RegistrationStatus } from '../rules/vocabulary';
import { InvitationsStore } from '../stores/invitations.store';
import { RegistrationsStore } from '../stores/registrations.store';
import { EventAccess } from './event-access';
import { wrongEventState } from './event-errors';

/** Needs scanned per batch, and how many fitting needs feed the supply side. */
const SCAN_BATCH = 2_000;
const DEMAND_NEEDS = 300;
const SUPPLY_MIN_SCORE = 40;

export interface SuggestedInvitee {
  organisationId: string;
  organisationName: string;
  organisationType: OrganisationType;
  /** demand: an SME whose needs fit the theme; supply: answers those needs (matching). */
  role: 'demand' | 'supply';
  score: number;
  reasons: RequestReason[];
  listings: { kind: 'need' | 'achievement' | 'challenge'; id: string; title: string }[];
  invitedAt: string | null;
  /** Already registered (any status but withdrawn): shown as such, not invited again. */
  registrationStatus: RegistrationStatus | null;
}

interface Candidate {
  organisationId: string;
  role: 'demand' | 'supply';
  score: number;
  reasons: RequestReason[];
  listings: SuggestedInvitee['listings'];
}

const codes = {
  industryWithin: (code: string, ancestor: string) =>
    IndustryCatalog.shared().isWithin(code, ancestor),
  regionWithin: (code: string, ancestor: string) => RegionCatalog.shared().isWithin(code, ancestor),
};

/**
 * Who should come, from the standing listings: SMEs whose published needs fit the theme
 * (industry, keywords, region), and the organisations whose achievements match those needs
 * (matching's scores and reasons), ranked; the organiser invites them in bulk (a notice with the
 * link to register). The organiser's own organisation is left out; registered ones are shown
 * with their registration's status and never invited.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly listings: ListingRecords,
    private readonly matches: OrganisationMatches,
    private readonly invitations: InvitationsStore,
    private readonly registrations: RegistrationsStore,
    private readonly eventAccess: EventAccess,
    private readonly organisations: Organisations,
    private readonly recorder: NotificationRecorder,
    private readonly transactions: TransactionRunner,
  ) {}

  async suggestions(
    caller: AuthenticatedUser,
    eventId: string,
    limit: number,
  ): Promise<SuggestedInvitee[]> {
    const event = await this.eventAccess.managed(caller, eventId);
    const candidates = await this.candidates(event);
    const ranked = [...candidates.values()]
      .sort((x, y) => y.score - x.score || x.organisationId.localeCompare(y.organisationId))
      .slice(0, limit);
    const summaries = await this.organisations.summaries(ranked.map((c) => c.organisationId));
    const untitled = ranked.flatMap((c) => c.listings.filter((l) => !l.title));
    for (const kind of ['achievement', 'challenge', 'need'] as const) {
      const ids = untitled.filter((l) => l.kind === kind).map((l) => l.id);
      const heads = new Map((await this.listings.heads(kind, ids)).map((h) => [h.id, h.title]));
      for (const listing of untitled)
        if (listing.kind === kind) listing.title = heads.get(listing.id) ?? '';
    }
    const invited = new Map(
      (await this.invitations.ofEvent(eventId)).map((i) => [i.organisationId, i.invitedAt]),
    );
    const registered = await this.registeredOrganisations(eventId);
    return ranked.flatMap((c) => {
      const summary = summaries.get(c.organisationId);
      if (!summary) return [];
      return [
        {
          organisationId: c.organisationId,
          organisationName: summary.name,
          organisationType: summary.type,
          role: c.role,
          score: c.score,
          reasons: c.reasons.slice(0, 4),
          listings: c.listings.slice(0, 5),
          invitedAt: invited.get(c.organisationId)?.toISOString() ?? null,
          registrationStatus: registered.get(c.organisationId) ?? null,
        },
      ];
    });
  }

  /** Invites these organisations (each once); returns how many were newly invited. */
  async invite(
    caller: AuthenticatedUser,
    eventId: string,
    organisationIds: readonly string[],
  ): Promise<{ invited: number; alreadyInvited: number; alreadyRegistered: number }> {
    const event = await this.eventAccess.managed(caller, eventId);
    if (event.status !== 'open' && event.status !== 'draft')
      throw wrongEventState(event.status, '发出邀请');
    if (event.status === 'draft') throw wrongEventState(event.status, '发出邀请（请先开放报名）');
    const unique = [...new Set(organisationIds)];
    const summaries = await this.organisations.summaries(unique);
    const unknown = unique.filter((id) => !summaries.has(id));
    if (unknown.length > 0) {
      throw ValidationFailedError.field('organisationIds', `机构不存在：${unknown.join('、')}`);
    }
    const registered = await this.registeredOrganisations(eventId);
    const toInvite = unique.filter((id) => !registered.has(id));
    const candidates = await this.candidates(event);
    const organiser = (await this.organisations.summaries([event.organisationId])).get(
      event.organisationId,
    );
    const closes = new Date(event.registrationClosesAt.getTime() + 8 * 3_600_000)
      .toISOString()
      .slice(0, 16)
      .replace('T', ' ');
    const fresh = await this.transactions.run(async (manager) => {
      const inserted = await this.invitations.insertNew(
        manager,
        toInvite.map((organisationId) => ({
          eventId,
          organisationId,
          invitedByUserId: caller.id,
          score: candidates.get(organisationId)?.score ?? null,
          reasons: candidates.get(organisationId)?.reasons.slice(0, 4) ?? [],
        })),
      );
      const intents: NotificationIntent[] = inserted.map((organisationId) => ({
        type: 'event.invited',
        recipients: { organisationId },
        organisationId,
        dedupKey: `event.invited:${eventId}:${organisationId}`,
        params: {
          event: { id: event.id, title: event.title },
          organiserName: organiser?.name ?? '',
          firstDay: event.days[0]?.date ?? '',
          registrationClosesAt: closes,
          reasons: candidates.get(organisationId)?.reasons.slice(0, 3) ?? [],
        },
        subject: { kind: 'event', id: event.id },
      }));
      await this.recorder.record(manager, intents);
      return inserted.length;
    });
    return {
      invited: fresh,
      alreadyInvited: toInvite.length - fresh,
      alreadyRegistered: unique.length - toInvite.length,
    };
  }

  /** Organisations registered for the event (withdrawn ones may be invited again). */
  private async registeredOrganisations(eventId: string): Promise<Map<string, RegistrationStatus>> {
    return new Map(
      (await this.registrations.ofEvent(eventId))
        .filter((r) => r.status !== 'withdrawn')
        .map((r) => [r.organisationId, r.status]),
    );
  }

  private async candidates(event: MatchmakingEvent): Promise<Map<string, Candidate>> {
    const excluded = new Set([event.organisationId]);
    const fitting: {
      id: string;
      title: string;
      organisationId: string;
      ownerName: string;
      score: number;
      reasons: RequestReason[];
    }[] = [];
    for await (const batch of this.listings.published('need', SCAN_BATCH)) {
      for (const need of batch) {
        if (need.owner?.type !== 'sme') continue;
        const fit = themeFit(event.theme, need, codes);
        if (fit)
          fitting.push({
            id: need.id,
            title: need.title,
            organisationId: need.organisationId,
            ownerName: need.owner.name,
            ...fit,
          });
      }
    }
    fitting.sort((x, y) => y.score - x.score);
    const demand = fitting.slice(0, DEMAND_NEEDS);
    const candidates = new Map<string, Candidate>();
    for (const need of demand) {
      if (excluded.has(need.organisationId)) continue;
      const existing = candidates.get(need.organisationId);
      if (existing) {
        existing.listings.push({ kind: 'need', id: need.id, title: need.title });
        continue;
      }
      candidates.set(need.organisationId, {
        organisationId: need.organisationId,
        role: 'demand',
        score: need.score,
        reasons: [
          { zh: `需求「${need.title}」契合本场主题`, en: `Need “${need.title}” fits the theme` },
          ...need.reasons,
        ],
        listings: [{ kind: 'need', id: need.id, title: need.title }],
      });
    }
    const needById = new Map(demand.map((n) => [n.id, n]));
    for (const match of await this.matches.ofListings(
      demand.map((n) => n.id),
      SUPPLY_MIN_SCORE,
    )) {
      if (excluded.has(match.counterpartOrganisationId)) continue;
      const need = needById.get(match.subjectId);
      if (!need) continue;
      const reason: RequestReason = {
        zh: `与${need.ownerName}的需求「${need.title}」匹配度 ${match.score}`,
        en: `Matches the need “${need.title}” of ${need.ownerName} (score ${match.score})`,
      };
      const existing = candidates.get(match.counterpartOrganisationId);
      if (existing) {
        if (existing.reasons.length < 6) existing.reasons.push(reason);
        existing.score = Math.max(existing.score, match.score);
        continue;
      }
      candidates.set(match.counterpartOrganisationId, {
        organisationId: match.counterpartOrganisationId,
        role: 'supply',
        score: match.score,
        reasons: [reason, ...match.reasons.slice(0, 2).map((r) => ({ zh: r.zh, en: r.en }))],
        listings:
          match.counterpartKind === 'organisation'
            ? []
            : [{ kind: match.counterpartKind, id: match.counterpartId, title: '' }],
      });
    }
    return candidates;
  }
}
