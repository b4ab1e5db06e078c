import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@rongtong/database';
import { AuthenticatedUser } from '@rongtong/identity';
import { OrganisationMatches } from '@rongtong/matching';
import { MeetingRequest } from '../entities/meeting-request.entity';
import { MeetingRequestsStore } from '../stores/meeting-requests.store';
import { RegistrationsStore } from '../stores/registrations.store';
import { EventAccess } from './event-access';
import { wrongEventState } from './event-errors';

const pairKey = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);

/**
 * The system proposes meetings from matching for pairs of approved participants nobody
 * requested (and nobody vetoed): a pending request with the match's score and reasons, which
 * either side may decline. The scheduler weighs them below any participant's request.
 */
@Injectable()
export class ProposalsService {
  constructor(
    private readonly matches: OrganisationMatches,
    private readonly requests: MeetingRequestsStore,
    private readonly registrations: RegistrationsStore,
    private readonly eventAccess: EventAccess,
    private readonly transactions: TransactionRunner,
  ) {}

  async propose(
    caller: AuthenticatedUser,
    eventId: string,
    minScore: number,
  ): Promise<{ proposed: number }> {
    const event = await this.eventAccess.managed(caller, eventId);
    if (event.status !== 'open' && event.status !== 'scheduling') {
      throw wrongEventState(event.status, '推荐洽谈');
    }
    const approved = await this.registrations.ofEvent(eventId, ['approved']);
    const byOrganisation = new Map(approved.map((r) => [r.organisationId, r]));
    const taken = new Set(
      (await this.requests.ofEvent(eventId)).map((q) =>
        pairKey(q.fromRegistrationId, q.toRegistrationId),
      ),
    );
    for (const p of await this.requests.preferencesOfEvent(eventId)) {
      if (p.preference === 'no_thanks')
        taken.add(pairKey(p.registrationId, p.targetRegistrationId));
    }
    const proposals: Partial<MeetingRequest>[] = [];
    for (const match of await this.matches.among([...byOrganisation.keys()], minScore)) {
      const from = byOrganisation.get(match.subjectOrganisationId);
      const to = byOrganisation.get(match.counterpartOrganisationId);
      if (!from || !to) continue;
      const key = pairKey(from.id, to.id);
      if (taken.has(key)) continue;
      taken.add(key);
      proposals.push({
        eventId,
        fromRegistrationId: from.id,
        toRegistrationId: to.id,
        createdByUserId: null,
        source: 'system',
        note: '',
        status: 'pending',
        matchScore: match.score,
        reasons: match.reasons.slice(0, 4).map((r) => ({ zh: r.zh, en: r.en })),
      });
    }
    await this.transactions.run(async (manager) => {
      for (const proposal of proposals) await this.requests.insert(manager, proposal);
    });
    return { proposed: proposals.length };
  }
}
