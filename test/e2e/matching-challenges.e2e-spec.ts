import request from 'supertest';
import { certificationBody, challengeBody, daysFromNow } from '../support/factories';
import { MatchingFixtures, Party } from '../support/matching-fixtures';
import { startProduct } from '../support/running-product';
import { verifiedCertification } from '../support/sessions';

jest.setTimeout(120_000);

const PROFILE = '专注风电齿轮箱轴承国产化，长寿命轴承设计与台架试验验证。';

interface CandidateItem {
  counterpart: { kind: string; id: string };
  reasons: { kind: string; zh: string }[];
  contact?: unknown;
}

/**
 * 榜单 candidates: organisations that meet the challenge's eligibility (type, region below the
 * allowed codes, a tier valid on the deadline), each with reasons; nobody else.
 */
describe('challenge candidates over HTTP respect eligibility', () => {
  let fx: MatchingFixtures;
  let enterprise: Party;
  let reviewer: Party;
  const orgs: Record<string, Party> = {};

  const post = (path: string, party: Party, body: object = {}) =>
    request(fx.http).post(`/api/v1/${path}`).set(party.auth).send(body);

  async function capable(
    name: string,
    options: { type?: string; regionCode?: string; tier?: { tier: string; validUntil: string } },
  ): Promise<Party> {
    const party = await fx.signUp({
      type: options.type ?? 'sme',
      regionCode: options.regionCode ?? '210211',
      industryCode: '3451',
    });
    await request(fx.http)
      .patch(`/api/v1/organisations/${party.organisationId}`)
      .set(party.auth)
      .send({ profile: PROFILE })
      .expect(200);
    if (options.tier) {
      await verifiedCertification(
        fx.http,
        party,
        reviewer.auth,
        certificationBody({ tier: options.tier.tier, validUntil: options.tier.validUntil }),
      );
    }
    orgs[name] = party;
    return party;
  }

  beforeAll(async () => {
    fx = new MatchingFixtures(await startProduct({ LISTING_REVIEW_REQUIRED: 'false' }));
    reviewer = await fx.reviewer();
    enterprise = await fx.signUp({
      type: 'large_enterprise',
      industryCode: '3451',
      regionCode: '310115',
    });
    await capable('eligible', { tier: { tier: 'little_giant', validUntil: daysFromNow(700) } });
    // Valid today, lapsed by the challenge's deadline (90 days away).
    await capable('lapsesBeforeDeadline', {
      tier: { tier: 'little_giant', validUntil: daysFromNow(30) },
    });
    await capable('tierTooLow', { tier: { tier: 'innovative', validUntil: daysFromNow(700) } });
    await capable('otherProvince', {
      regionCode: '320506',
      tier: { tier: 'specialised', validUntil: daysFromNow(700) },
    });
    await capable('notAnSme', { type: 'university', regionCode: '210102' });
    await capable('uncertified', {});
    for (const party of Object.values(orgs)) await fx.profileIndexed(party.organisationId);
  });

  afterAll(async () => {
    await fx?.product.stop();
  });

  it('lists only the organisation that meets type, region and the tier on the deadline', async () => {
    const challengeId = await fx.publish(
      'challenges',
      enterprise,
      challengeBody(enterprise.organisationId, {
        minTier: 'specialised',
        eligibleOrganisationTypes: ['sme'],
        eligibleRegionCodes: ['210000'],
        validUntil: daysFromNow(90),
      }),
    );
    await fx.indexed('challenges', challengeId);
    const rematch = await post(`challenges/${challengeId}/rematch`, enterprise).expect(200);
    expect(rematch.body.outcome).toBe('matched');

    const page = await request(fx.http)
      .get(`/api/v1/challenges/${challengeId}/candidates?pageSize=50`)
      .set(enterprise.auth)
      .expect(200);
    const items = page.body.items as CandidateItem[];
    const found = new Set(items.map((i) => i.counterpart.id));
    expect(found.has(orgs.eligible.organisationId)).toBe(true);
    for (const name of [
      'lapsesBeforeDeadline',
      'tierTooLow',
      'otherProvince',
      'notAnSme',
      'uncertified',
    ]) {
      expect({ name, listed: found.has(orgs[name].organisationId) }).toEqual({
        name,
        listed: false,
      });
    }
    const eligible = items.find((i) => i.counterpart.id === orgs.eligible.organisationId)!;
    expect(eligible.counterpart.kind).toBe('organisation');
    const reasons = Object.fromEntries(eligible.reasons.map((r) => [r.kind, r.zh]));
    expect(reasons.eligibility).toBe('符合揭榜条件：类型 中小企业，地区 辽宁省');
    expect(reasons.tier).toContain('专精特新“小巨人” ≥ 专精特新中小企业');
    expect(reasons.tier).toContain(daysFromNow(90));
    expect(eligible).not.toHaveProperty('contact');

    // Others do not see a challenge's candidates.
    await request(fx.http)
      .get(`/api/v1/challenges/${challengeId}/candidates`)
      .set(orgs.eligible.auth)
      .expect(404);
  });

  it('a challenge without restrictions admits every organisation type and region', async () => {
    const challengeId = await fx.publish(
      'challenges',
      enterprise,
      challengeBody(enterprise.organisationId, {
        minTier: null,
        eligibleOrganisationTypes: [],
        eligibleRegionCodes: [],
      }),
    );
    await fx.indexed('challenges', challengeId);
    await post(`challenges/${challengeId}/rematch`, enterprise).expect(200);
    const page = await request(fx.http)
      .get(`/api/v1/challenges/${challengeId}/candidates?pageSize=50`)
      .set(enterprise.auth)
      .expect(200);
    const found = new Set((page.body.items as CandidateItem[]).map((i) => i.counterpart.id));
    expect(found.has(orgs.notAnSme.organisationId)).toBe(true);
    expect(found.has(orgs.otherProvince.organisationId)).toBe(true);
    expect(found.has(enterprise.organisationId)).toBe(false);
  });
});
