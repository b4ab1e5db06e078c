import request from 'supertest';
import { CertificationService } from '@rongtong/identity';
import { SearchClient } from '@rongtong/search';
import { certificationBody, challengeBody, daysFromNow } from '../support/factories';
import { eventually } from '../support/isolated-environment';
import { MatchingFixtures, Party } from '../support/matching-fixtures';
import { startProduct } from '../support/running-product';
import { logIn } from '../support/sessions';

jest.setTimeout(180_000);

const PROFILE = '专注风电齿轮箱轴承国产化，长寿命轴承设计与台架试验验证。';

interface CandidateItem {
  counterpart: { kind: string; id: string };
  reasons: { kind: string; zh: string }[];
}

/**
 * 梯度培育 tiers count only when verified (issue 12, item 1): the attack from the issue, owner-only
 * submission, verification, expiry and revocation, each seen through every consumer: challenge
 * eligibility, the match score's tier reason, search's `minTier` filter and the public profile.
 */
describe('verified tiers (real api + worker)', () => {
  let fx: MatchingFixtures;
  let enterprise: Party;
  let reviewer: Party;
  let attacker: Party;
  let honest: Party;

  const post = (path: string, party: Party, body: object = {}) =>
    request(fx.http).post(`/api/v1/${path}`).set(party.auth).send(body);

  async function sme(): Promise<Party> {
    const party = await fx.signUp({ type: 'sme', regionCode: '210211', industryCode: '3451' });
    await request(fx.http)
      .patch(`/api/v1/organisations/${party.organisationId}`)
      .set(party.auth)
      .send({ profile: PROFILE })
      .expect(200);
    return party;
  }

  /** Organisation ids that `GET /search?type=organisation&minTier=…` returns. */
  async function withTierAtLeast(minTier: string): Promise<string[]> {
    const response = await request(fx.http)
      .get('/api/v1/search')
      .query({ type: 'organisation', minTier, limit: 50 })
      .expect(200);
    return (response.body.hits as { id: string }[]).map((hit) => hit.id);
  }

  /** The candidates of a fresh challenge (re-matched now), by organisation id. */
  async function candidates(minTier: string | null): Promise<Map<string, CandidateItem>> {
    const challengeId = await fx.publish(
      'challenges',
      enterprise,
      challengeBody(enterprise.organisationId, {
        minTier,
        eligibleOrganisationTypes: ['sme'],
        eligibleRegionCodes: ['210000'],
        validUntil: daysFromNow(90),
      }),
    );
    await fx.indexed('challenges', challengeId);
    await post(`challenges/${challengeId}/rematch`, enterprise).expect(200);
    const page = await request(fx.http)
      .get(`/api/v1/challenges/${challengeId}/candidates?pageSize=50`)
      .set(enterprise.auth)
      .expect(200);
    const items = page.body.items as CandidateItem[];
    return new Map(items.map((item) => [item.counterpart.id, item]));
  }

  async function profile(party: Party) {
    const response = await request(fx.http)
      .get(`/api/v1/organisations/${party.organisationId}`)
      .expect(200);
    return response.body as {
      currentTier: string | null;
      declaredTier: string | null;
      certifications: { id: string; status: string; counts: boolean }[];
    };
  }

  /** The organisations index holds the organisation's document at `version` or later. */
  async function reindexed(party: Party, tier: string | null): Promise<void> {
    const search = fx.product.worker.get(SearchClient);
    await eventually(async () => {
      const document = await search.client
        .index(search.indexName('organisations'))
        .getDocument(party.organisationId);
      expect(document.currentTier).toBe(tier);
    }, 30_000);
  }

  beforeAll(async () => {
    fx = new MatchingFixtures(await startProduct({ LISTING_REVIEW_REQUIRED: 'false' }));
    reviewer = await fx.reviewer();
    enterprise = await fx.signUp({
      type: 'large_enterprise',
      industryCode: '3451',
      regionCode: '310115',
    });
    attacker = await sme();
    honest = await sme();
    for (const party of [attacker, honest]) await fx.profileIndexed(party.organisationId);
  });

  afterAll(async () => {
    await fx?.product.stop();
  });

  it("the issue's attack: a self-declared single champion is pending and counts nowhere", async () => {
    const claim = await post(`organisations/${attacker.organisationId}/certifications`, attacker, {
      tier: 'single_champion',
      level: 'national',
      issuedOn: '2020-01-01',
      validUntil: '2099-12-31',
      certificateNumber: '自称001',
      issuingAuthority: '自己',
    }).expect(201);
    expect(claim.body).toMatchObject({ status: 'pending', source: 'submitted', counts: false });

    // Public profile: shown apart as declared, never as the tier.
    const shown = await profile(attacker);
    expect(shown.currentTier).toBeNull();
    expect(shown.declaredTier).toBe('single_champion');
    expect(shown.certifications).toEqual([
      expect.objectContaining({ id: claim.body.id, status: 'pending', counts: false }),
    ]);
    // Search: the document carries no tier, so no minTier filter finds it.
    await reindexed(attacker, null);
    expect(await withTierAtLeast('innovative')).not.toContain(attacker.organisationId);
    // Eligibility: not a candidate of a challenge that needs any tier.
    const gated = await candidates('innovative');
    expect(gated.has(attacker.organisationId)).toBe(false);
    // Ranking: a candidate of an open challenge, without a tier reason.
    const open = await candidates(null);
    const item = open.get(attacker.organisationId);
    expect(item).toBeDefined();
    expect(item!.reasons.map((r) => r.kind)).not.toContain('tier');
  });

  it('only owners submit: a member gets 403, an outsider 404, an anonymous caller 401', async () => {
    const colleagueEmail = `member.${attacker.userId.slice(0, 8)}@example.cn`;
    const invitation = await post(
      `organisations/${attacker.organisationId}/invitations`,
      attacker,
      {
        email: colleagueEmail,
      },
    ).expect(201);
    await request(fx.http)
      .post('/api/v1/auth/register')
      .send({
        email: colleagueEmail,
        password: 'Another-Good-Pass-77',
        displayName: '普通成员',
        invitationToken: invitation.body.token,
      })
      .expect(202);
    const member = await logIn(fx.http, {
      email: colleagueEmail,
      password: 'Another-Good-Pass-77',
    });
    const path = `/api/v1/organisations/${attacker.organisationId}/certifications`;

    const byMember = await request(fx.http).post(path).set(member.auth).send(certificationBody());
    expect(byMember.status).toBe(403);
    expect(byMember.body.error.code).toBe('OWNER_ONLY');
    await request(fx.http).post(path).set(honest.auth).send(certificationBody()).expect(404);
    await request(fx.http).post(path).send(certificationBody()).expect(401);
    // Members read the list with its history; owners and members alike cannot verify.
    const list = await request(fx.http).get(path).set(member.auth).expect(200);
    expect(list.body[0].history[0]).toMatchObject({ action: 'submitted', toStatus: 'pending' });
    const selfVerify = await post(`certifications/${list.body[0].id}/verify`, attacker);
    expect(selfVerify.status).toBe(403);
    expect(selfVerify.body.error.code).toBe('REVIEWER_ONLY');
  });

  it('verified → counts everywhere; revoked → stops counting and re-indexes', async () => {
    const submitted = await post(
      `organisations/${honest.organisationId}/certifications`,
      honest,
      certificationBody({ tier: 'little_giant', level: 'national' }),
    ).expect(201);
    const queue = await request(fx.http)
      .get('/api/v1/review-queue/certifications')
      .set(reviewer.auth)
      .expect(200);
    expect(queue.body.items.map((i: { id: string }) => i.id)).toContain(submitted.body.id);
    await request(fx.http).get('/api/v1/review-queue/certifications').set(honest.auth).expect(403);

    const verified = await post(`certifications/${submitted.body.id}/verify`, reviewer).expect(200);
    expect(verified.body).toMatchObject({ status: 'verified', counts: true });
    expect((await profile(honest)).currentTier).toBe('little_giant');
    await reindexed(honest, 'little_giant');
    expect(await withTierAtLeast('little_giant')).toContain(honest.organisationId);
    const eligible = await candidates('specialised');
    expect(eligible.has(honest.organisationId)).toBe(true);
    expect(eligible.get(honest.organisationId)!.reasons.map((r) => r.kind)).toContain('tier');
    // Verifying twice is a conflict; revoking needs a reason.
    const again = await post(`certifications/${submitted.body.id}/verify`, reviewer);
    expect(again.status).toBe(409);
    const noReason = await post(`certifications/${submitted.body.id}/revoke`, reviewer, {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields[0].field).toBe('reason');

    await post(`certifications/${submitted.body.id}/revoke`, reviewer, {
      reason: '2025年复核未通过，工信部公告撤销',
    }).expect(200);
    const after = await profile(honest);
    expect(after.currentTier).toBeNull();
    await reindexed(honest, null);
    expect(await withTierAtLeast('innovative')).not.toContain(honest.organisationId);
    expect((await candidates('specialised')).has(honest.organisationId)).toBe(false);
    const history = await request(fx.http)
      .get(`/api/v1/organisations/${honest.organisationId}/certifications`)
      .set(honest.auth)
      .expect(200);
    const entry = history.body.find((c: { id: string }) => c.id === submitted.body.id);
    expect(entry.history.map((h: { action: string }) => h.action)).toEqual([
      'submitted',
      'verified',
      'revoked',
    ]);
    expect(entry.history[2]).toMatchObject({
      reason: '2025年复核未通过，工信部公告撤销',
      actorName: expect.any(String),
    });
    // A revoked certificate is no longer shown on the public profile.
    expect(after.certifications.map((c) => c.id)).not.toContain(submitted.body.id);
  });

  it('an expired verified certificate does not count; the daily job records the lapse and re-indexes', async () => {
    const party = await sme();
    const expired = await post(
      `organisations/${party.organisationId}/certifications`,
      party,
      certificationBody({
        tier: 'specialised',
        issuedOn: daysFromNow(-1100),
        validUntil: daysFromNow(-1),
      }),
    ).expect(201);
    const verified = await post(`certifications/${expired.body.id}/verify`, reviewer).expect(200);
    expect(verified.body).toMatchObject({ status: 'verified', counts: false });
    expect((await profile(party)).currentTier).toBeNull();
    expect((await candidates('innovative')).has(party.organisationId)).toBe(false);

    const lapsed = await fx.product.worker.get(CertificationService).recordLapses(100);
    expect(lapsed).toBeGreaterThanOrEqual(1);
    expect(await fx.product.worker.get(CertificationService).recordLapses(100)).toBe(0);
    const list = await request(fx.http)
      .get(`/api/v1/organisations/${party.organisationId}/certifications`)
      .set(party.auth)
      .expect(200);
    expect(list.body[0].history.map((h: { action: string }) => h.action)).toEqual([
      'submitted',
      'verified',
      'lapsed',
    ]);
    await reindexed(party, null);
  });
});
