import request from 'supertest';
import { achievementBody, needBody } from '../support/factories';
import { eventually } from '../support/isolated-environment';
import { MatchingFixtures, Party } from '../support/matching-fixtures';
import { startProduct } from '../support/running-product';

jest.setTimeout(120_000);

interface MatchItem {
  id: string;
  score: number;
  state: string;
  reasons: { kind: string; zh: string; en: string; contribution: number }[];
  counterpart: { kind: string; id: string; organisationName: string | null };
  interest: { own: boolean; other: boolean };
  allowedActions: string[];
  contact?: { phone: string | null; email: string | null; organisationName: string };
}

describe('matching over HTTP: explained matches, consent, contacts only once mutual', () => {
  let fx: MatchingFixtures;
  let sme: Party;
  let university: Party;
  let outsider: Party;
  let reviewer: Party;
  let needId: string;
  let achievementId: string;
  let matchId: string;

  const get = (path: string, party: Party) =>
    request(fx.http).get(`/api/v1/${path}`).set(party.auth);
  const post = (path: string, party: Party, body: object = {}) =>
    request(fx.http).post(`/api/v1/${path}`).set(party.auth).send(body);
  const noContacts = (body: unknown, ...parties: Party[]) => {
    const text = JSON.stringify(body);
    for (const party of parties) {
      expect(text).not.toContain(party.contact.phone);
      expect(text).not.toContain(party.contact.email);
    }
  };

  beforeAll(async () => {
    fx = new MatchingFixtures(await startProduct({ LISTING_REVIEW_REQUIRED: 'false' }));
    sme = await fx.signUp();
    university = await fx.signUp({
      type: 'university',
      industryCode: '8341',
      regionCode: '210102',
    });
    outsider = await fx.signUp({ regionCode: '320506' });
    reviewer = await fx.reviewer();
    // Distinct contacts, so a leak of either side's is visible in any response.
    await fx
      .db()
      .query(`UPDATE organisation SET contact = $2 WHERE id = $1`, [
        university.organisationId,
        JSON.stringify({ name: '王老师', phone: '+8613811112222', email: 'ttc@univ.example.cn' }),
      ]);
    university.contact = { name: '王老师', phone: '+8613811112222', email: 'ttc@univ.example.cn' };
    needId = await fx.publish('needs', sme, needBody(sme.organisationId));
    achievementId = await fx.publish(
      'achievements',
      university,
      achievementBody(university.organisationId),
    );
  });

  afterAll(async () => {
    await fx?.product.stop();
  });

  it('the match appears for both owners with reasons, and both are notified', async () => {
    const fromNeed = await eventually(async () => {
      const page = await get(`needs/${needId}/matches?counterpartKind=achievement`, sme).expect(
        200,
      );
      const item = (page.body.items as MatchItem[]).find((i) => i.counterpart.id === achievementId);
      expect(item).toBeDefined();
      return item!;
    }, 30_000);
    matchId = fromNeed.id;
    expect(fromNeed.score).toBeGreaterThanOrEqual(60);
    expect(fromNeed).toMatchObject({ state: 'suggested', interest: { own: false, other: false } });
    expect(fromNeed.allowedActions).toEqual(['interest', 'decline']);
    expect(fromNeed.reasons.map((r) => r.kind)).toEqual(
      expect.arrayContaining(['text', 'industry', 'modes', 'maturity', 'price']),
    );
    expect(fromNeed.reasons.find((r) => r.kind === 'price')?.zh).toBe(
      '价格在预算内：80 万元 ≤ 120 万元',
    );
    expect(fromNeed).not.toHaveProperty('contact');

    const fromAchievement = await get(`achievements/${achievementId}/matches`, university).expect(
      200,
    );
    const same = (fromAchievement.body.items as MatchItem[]).find((i) => i.id === matchId);
    expect(same).toMatchObject({
      score: fromNeed.score,
      counterpart: { kind: 'need', id: needId },
    });
    noContacts(fromAchievement.body, sme, university);

    // Inbox rows for both sides, through the notifications API.
    for (const party of [sme, university]) {
      await eventually(async () => {
        const inbox = await get('notifications', party).expect(200);
        const types = (inbox.body.items as { type: string; subject: { id: string } | null }[])
          .filter((n) => n.subject?.id === matchId)
          .map((n) => n.type);
        expect(types).toContain('match.found');
        noContacts(inbox.body, sme, university);
      });
    }
  });

  it('only owners and reviewers see a listing’s matches; only parties see a match', async () => {
    expect((await get(`needs/${needId}/matches`, outsider).expect(404)).body.error.code).toBe(
      'NEED_NOT_FOUND',
    );
    expect((await get(`matches/${matchId}`, outsider).expect(404)).body.error.code).toBe(
      'MATCH_NOT_FOUND',
    );
    await get('matches/not-a-uuid', sme).expect(404);
    // Reviewers read a listing's matches, but are no party: no actions, and never contacts.
    const reviewed = await get(`needs/${needId}/matches`, reviewer).expect(200);
    const item = (reviewed.body.items as MatchItem[]).find((i) => i.id === matchId);
    expect(item?.allowedActions).toEqual([]);
    await get(`matches/${matchId}`, reviewer).expect(404);
    expect((await post(`matches/${matchId}/interest`, outsider).expect(404)).body.error.code).toBe(
      'MATCH_NOT_FOUND',
    );
    await post(`needs/${needId}/rematch`, university).expect(404);
  });

  it('interest → mutual: contacts only then, each side the other’s', async () => {
    const interested = await post(`matches/${matchId}/interest`, sme).expect(200);
    expect(interested.body).toMatchObject({
      state: 'interest',
      interest: { own: true, other: false },
    });
    noContacts(interested.body, sme, university);
    const again = await post(`matches/${matchId}/interest`, sme).expect(409);
    expect(again.body.error).toMatchObject({ code: 'INVALID_MATCH_TRANSITION' });
    expect(again.body.error.message).toContain('allowed: decline');

    const seenByUniversity = await get(`matches/${matchId}`, university).expect(200);
    expect(seenByUniversity.body).toMatchObject({
      state: 'interest',
      interest: { own: false, other: true },
    });
    noContacts(seenByUniversity.body, sme, university);
    noContacts((await get('matches', sme).expect(200)).body, sme, university);
    await post(`matches/${matchId}/negotiate`, sme).expect(409);

    const mutual = await post(`matches/${matchId}/interest`, university).expect(200);
    expect(mutual.body.state).toBe('mutual');
    expect(mutual.body.contact).toMatchObject({
      organisationName: sme.name,
      phone: sme.contact.phone,
    });
    noContacts((await get(`needs/${needId}/matches`, reviewer).expect(200)).body, sme, university);
    const seenBySme = await get(`matches/${matchId}`, sme).expect(200);
    expect(seenBySme.body.contact).toMatchObject({ phone: university.contact.phone });
    const list = await get('matches?state=mutual', sme).expect(200);
    expect((list.body.items as MatchItem[]).find((i) => i.id === matchId)?.contact?.email).toBe(
      university.contact.email,
    );
    // Each side was told, with the other side's contact.
    await eventually(async () => {
      const inbox = await get('notifications', sme).expect(200);
      const notice = (
        inbox.body.items as { type: string; params: { contact?: { phone: string } } }[]
      ).find((n) => n.type === 'match.mutual');
      expect(notice?.params.contact?.phone).toBe(university.contact.phone);
    });

    await post(`matches/${matchId}/negotiate`, university).expect(200);
    const agreed = await post(`matches/${matchId}/agree`, sme).expect(200);
    expect(agreed.body).toMatchObject({ state: 'agreed', allowedActions: [] });
    await post(`matches/${matchId}/decline`, sme, { reason: 'price' }).expect(409);
    const history = await fx.db().query(
      `SELECT action, from_state, to_state, actor_organisation_id FROM match_transition
          WHERE match_id = $1 ORDER BY id`,
      [matchId],
    );
    expect(history).toEqual([
      {
        action: 'interest',
        from_state: 'suggested',
        to_state: 'interest',
        actor_organisation_id: sme.organisationId,
      },
      {
        action: 'interest',
        from_state: 'interest',
        to_state: 'mutual',
        actor_organisation_id: university.organisationId,
      },
      {
        action: 'negotiate',
        from_state: 'mutual',
        to_state: 'negotiating',
        actor_organisation_id: university.organisationId,
      },
      {
        action: 'agree',
        from_state: 'negotiating',
        to_state: 'agreed',
        actor_organisation_id: sme.organisationId,
      },
    ]);
  });

  it('interest while browsing creates the pair; own listings and bad declines are refused', async () => {
    expect((await post(`needs/${needId}/interest`, sme, {}).expect(409)).body.error.code).toBe(
      'SELF_INTEREST',
    );
    // The outsider SME brings its own need to the university's achievement.
    const outsiderNeed = await fx.publish(
      'needs',
      outsider,
      needBody(outsider.organisationId, { title: '机床热误差补偿改造需求', anonymous: true }),
    );
    const created = await post(`achievements/${achievementId}/interest`, outsider, {
      fromListingId: outsiderNeed,
    }).expect(200);
    expect(created.body).toMatchObject({
      state: 'interest',
      listing: { kind: 'need', id: outsiderNeed },
      counterpart: { kind: 'achievement', id: achievementId },
    });
    expect(created.body.score).toBeGreaterThan(0);
    // The university is told, without the anonymous need's owner.
    const heard = await eventually(async () => {
      const inbox = await get('notifications', university).expect(200);
      const notice = (
        inbox.body.items as {
          type: string;
          subject: { id: string } | null;
          params: { counterpart: { organisationName: string | null } };
        }[]
      ).find((n) => n.type === 'match.interest' && n.subject?.id === created.body.id);
      expect(notice).toBeDefined();
      return notice!;
    });
    expect(heard.params.counterpart.organisationName).toBeNull();
    const seen = await get(`matches/${created.body.id}`, university).expect(200);
    expect(seen.body.counterpart).toMatchObject({
      kind: 'need',
      organisationName: null,
      organisationId: null,
    });

    const missingReason = await post(`matches/${created.body.id}/decline`, university, {}).expect(
      400,
    );
    expect(missingReason.body.error.fields[0].field).toBe('reason');
    await post(`matches/${created.body.id}/decline`, university, { reason: 'maybe' }).expect(400);
    const [{ state }] = await fx
      .db()
      .query('SELECT state FROM match WHERE id = $1', [created.body.id]);
    expect(state).toBe('interest');
    const declined = await post(`matches/${created.body.id}/decline`, university, {
      reason: 'too_early_stage',
      note: '需求尚处于早期',
    }).expect(200);
    expect(declined.body).toMatchObject({
      state: 'declined',
      decline: { reason: 'too_early_stage', note: '需求尚处于早期', by: 'own' },
    });

    const toOwner = await get(`matches/${created.body.id}`, outsider).expect(200);
    expect(toOwner.body.decline).toMatchObject({ reason: 'too_early_stage', by: 'other' });

    // A university shows interest in a need as itself: a need → organisation pair.
    const asOrganisation = await post(`needs/${needId}/interest`, university, {
      organisationId: university.organisationId,
    }).expect(200);
    expect(asOrganisation.body.listing).toMatchObject({
      kind: 'organisation',
      id: university.organisationId,
    });
  });

  it('rematch: owners of published listings only', async () => {
    const result = await post(`needs/${needId}/rematch`, sme).expect(200);
    expect(result.body.outcome).toBe('matched');
    expect(result.body.total).toBeGreaterThanOrEqual(1);
    await post(`needs/${needId}/transitions`, sme, { action: 'close' }).expect(200);
    expect((await post(`needs/${needId}/rematch`, sme).expect(409)).body.error.code).toBe(
      'LISTING_NOT_PUBLISHED',
    );
    // Closing retired the pair's suggestion, but the agreed match stays visible to its parties.
    const page = await get(`needs/${needId}/matches`, sme).expect(200);
    expect((page.body.items as MatchItem[]).map((i) => i.id)).toContain(matchId);
  });
});
