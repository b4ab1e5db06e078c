import { Injectable } from '@nestjs/common';
import {
  AuthenticatedUser,
  IndustryCatalog,
  Organisations,
  OrganisationType,
} from '@rongtong/identity';
import { OrganisationMatches } from '@rongtong/matching';
import { DirectoryQuery } from '../dto/directory.dto';
import { BroughtListing } from '../entities/event-registration.entity';
import { RequestReason } from '../entities/meeting-request.entity';
import { AttendanceMode, MeetingPreference, RequestStatus } from '../rules/vocabulary';
import { MeetingRequestsStore } from '../stores/meeting-requests.store';
import { RegistrationsStore } from '../stores/registrations.store';
import { EventAccess } from './event-access';
import { notParticipant } from './event-errors';

/** Reasons shown per participant (the strongest first). */
const REASONS_SHOWN = 3;

/** Another approved participant as one participant sees it: who, what they bring, how well they fit. */
export interface DirectoryEntry {
  registrationId: string;
  organisationId: string;
  organisationName: string;
  organisationType: OrganisationType;
  /** The organisation's industry (GB/T 4754) and its section (门类), for filtering. */
  industryCode: string;
  industryName: string;
  industrySection: string;
  industrySectionName: string;
  listings: BroughtListing[];
  attendeeCount: number;
  attendance: AttendanceMode;
  /** 匹配度 (0–100) of the best match between the two organisations' listings; null: none. */
  matchScore: number | null;
  /** 推荐理由 of that match. */
  reasons: RequestReason[];
  /** The request between the two, sent or received, unless cancelled. */
  request: { id: string; status: RequestStatus; direction: 'sent' | 'received' } | null;
  preference: MeetingPreference | 'none';
}

/**
 * The participant directory: every other approved participant with the 匹配度 and reasons of the
 * best match between the two organisations (read through matching's OrganisationMatches, never
 * its tables), the request between them and the caller's preference; best fit first, filtered
 * by organisation type and industry.
 */
@Injectable()
export class ParticipantDirectoryService {
  constructor(
    private readonly registrations: RegistrationsStore,
    private readonly requests: MeetingRequestsStore,
    private readonly eventAccess: EventAccess,
    private readonly organisations: Organisations,
    private readonly matches: OrganisationMatches,
  ) {}

  async directory(
    caller: AuthenticatedUser,
    registrationId: string,
    filter: DirectoryQuery,
  ): Promise<DirectoryEntry[]> {
    const { registration: me, event } = await this.eventAccess.ownRegistration(
      caller,
      registrationId,
    );
    if (me.status !== 'approved') throw notParticipant();
    const others = (await this.registrations.ofEvent(event.id, ['approved'])).filter(
      (r) => r.id !== me.id && r.organisationId !== me.organisationId,
    );
    const capabilities = new Map(
      (await this.organisations.capabilities(others.map((r) => r.organisationId))).map((c) => [
        c.id,
        c,
      ]),
    );
    const best = new Map<string, { score: number; reasons: RequestReason[] }>();
    for (const match of await this.matches.among(
      [me.organisationId, ...others.map((r) => r.organisationId)],
      0,
    )) {
      const other =
        match.subjectOrganisationId === me.organisationId
          ? match.counterpartOrganisationId
          : match.counterpartOrganisationId === me.organisationId
            ? match.subjectOrganisationId
            : null;
      // Best first: the first match of a pair is its best.
      if (other === null || best.has(other)) continue;
      best.set(other, {
        score: match.score,
        reasons: [...match.reasons]
          .sort((x, y) => y.contribution - x.contribution)
          .slice(0, REASONS_SHOWN)
          .map((r) => ({ zh: r.zh, en: r.en })),
      });
    }
    const requestWith = new Map<string, DirectoryEntry['request']>();
    for (const r of await this.requests.involving(event.id, me.id)) {
      if (r.status === 'cancelled') continue;
      const sent = r.fromRegistrationId === me.id;
      requestWith.set(sent ? r.toRegistrationId : r.fromRegistrationId, {
        id: r.id,
        status: r.status,
        direction: sent ? 'sent' : 'received',
      });
    }
    const preferences = new Map(
      (await this.requests.preferencesOf(me.id)).map((p) => [p.targetRegistrationId, p.preference]),
    );
    const industries = IndustryCatalog.shared();
    const entries: DirectoryEntry[] = others.flatMap((r) => {
      const organisation = capabilities.get(r.organisationId);
      if (!organisation) return [];
      if (filter.type && organisation.type !== filter.type) return [];
      if (filter.industry && !industries.isWithin(organisation.industryCode, filter.industry))
        return [];
      const industry = industries.find(organisation.industryCode);
      const section = industries.sectionOf(organisation.industryCode);
      const fit = best.get(r.organisationId);
      return [
        {
          registrationId: r.id,
          organisationId: r.organisationId,
          organisationName: organisation.name,
          organisationType: organisation.type,
          industryCode: industry?.code ?? organisation.industryCode,
          industryName: industry?.name ?? '',
          industrySection: section?.code ?? '',
          industrySectionName: section?.name ?? '',
          listings: r.listings,
          attendeeCount: r.attendees.length,
          attendance: r.attendance,
          matchScore: fit?.score ?? null,
          reasons: fit?.reasons ?? [],
          request: requestWith.get(r.id) ?? null,
          preference: preferences.get(r.id) ?? 'none',
        },
      ];
    });
    return entries.sort(
      (x, y) =>
        (y.matchScore ?? -1) - (x.matchScore ?? -1) ||
        x.organisationName.localeCompare(y.organisationName, 'zh-CN'),
    );
  }
}
