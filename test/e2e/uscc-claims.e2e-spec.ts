import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { makeValidUscc } from '@rongtong/identity';
import { achievementBody, registrationBody } from '../support/factories';
import { RunningProduct, startProduct } from '../support/running-product';
import { logIn, Session, signUp, signUpWithRole, verificationToken } from '../support/sessions';

jest.setTimeout(120_000);

interface Claim {
  id: string;
  uscc: string;
  kind: 'registration' | 'dispute';
  status: 'pending' | 'verified' | 'rejected';
  organisationId: string;
  claimedName: string;
  decisionReason: string | null;
  claimant: { userId: string; email: string; emailVerified: boolean };
  history: {
    action: string;
    fromStatus: string | null;
    toStatus: string | null;
    reason: string | null;
  }[];
}

/**
 * A USCC typed at sign-up is self-declared: it counts as the organisation's identity only once a
 * reviewer verifies a claim. The company a squatter registered first claims its code through an
 * admin review instead of a dead end.
 */
describe('USCC claims: verified, not self-declared; disputes through an admin', () => {
  let product: RunningProduct;
  let http: App;
  let organiser: Session;
  let admin: Session;
  const db = () => product.api.get(DataSource);

  const post = (path: string, session: Session, body: object = {}) =>
    request(http).post(`/api/v1/${path}`).set(session.auth).send(body);
  const get = (path: string, session: Session) =>
    request(http).get(`/api/v1/${path}`).set(session.auth);
  const claimsOf = async (session: Session) =>
    (await get('me/uscc-claims', session).expect(200)).body as Claim[];
  const usccStatus = async (session: Session, organisationId = session.organisationId) =>
    (await get(`organisations/${organisationId}`, session).expect(200)).body.usccStatus as string;

  beforeAll(async () => {
    product = await startProduct({
      LISTING_REVIEW_REQUIRED: 'false',
      INTEREST_DAILY_CAP: '5',
      INTEREST_DAILY_CAP_NEW_ORGANISATION: '1',
      INTEREST_NEW_ORGANISATION_DAYS: '30',
    });
    http = product.api.getHttpServer() as App;
    organiser = await signUpWithRole(http, db(), 'organiser');
    admin = await signUpWithRole(http, db(), 'admin');
  });

  afterAll(async () => {
    await product?.stop();
  });

  it('sign-up files a pending claim; an organiser verifies it, never their own; the trail is kept', async () => {
    const sme = await signUp(http);
    expect(await usccStatus(sme)).toBe('pending');
    const [claim] = await claimsOf(sme);
    expect(claim).toMatchObject({
      kind: 'registration',
      status: 'pending',
      uscc: sme.body.organisation.uscc,
      organisationId: sme.organisationId,
    });
    // Anyone may read the public profile: the code is not verified yet.
    const anonymous = await request(http).get(`/api/v1/organisations/${sme.organisationId}`);
    expect(anonymous.body.usccStatus).toBe('pending');

    expect((await get('review-queue/uscc-claims', sme).expect(403)).body.error.code).toBe(
      'REVIEWER_ONLY',
    );
    expect((await post(`uscc-claims/${claim.id}/approve`, sme).expect(403)).body.error.code).toBe(
      'REVIEWER_ONLY',
    );
    const queue = await get('review-queue/uscc-claims?limit=100', organiser).expect(200);
    expect((queue.body.items as Claim[]).map((c) => c.id)).toContain(claim.id);

    // The organiser's own organisation's claim is someone else's to decide.
    const [own] = await claimsOf(organiser);
    expect(
      (await post(`uscc-claims/${own.id}/approve`, organiser).expect(403)).body.error.code,
    ).toBe('OWN_ORGANISATION');

    const approved = await post(`uscc-claims/${claim.id}/approve`, organiser).expect(200);
    expect(approved.body.status).toBe('verified');
    expect(await usccStatus(sme)).toBe('verified');
    expect(
      (await post(`uscc-claims/${claim.id}/approve`, organiser).expect(409)).body.error.code,
    ).toBe('USCC_CLAIM_STATE');
    const seen = (await get(`uscc-claims/${claim.id}`, sme).expect(200)).body as Claim;
    expect(seen.history.map((h) => [h.action, h.toStatus])).toEqual([
      ['submitted', 'pending'],
      ['verified', 'verified'],
    ]);
    // Nobody else reads it.
    const stranger = await signUp(http);
    await get(`uscc-claims/${claim.id}`, stranger).expect(404);
    await get('uscc-claims/not-a-uuid', stranger).expect(404);
  });

  it('a rejection needs a reason; the owner claims again with evidence (members may not)', async () => {
    const sme = await signUp(http);
    const [claim] = await claimsOf(sme);
    const noReason = await post(`uscc-claims/${claim.id}/reject`, organiser).expect(400);
    expect(noReason.body.error.fields[0].field).toBe('reason');
    const rejected = await post(`uscc-claims/${claim.id}/reject`, organiser, {
      reason: '营业执照名称与注册名称不一致',
    }).expect(200);
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      decisionReason: '营业执照名称与注册名称不一致',
    });
    expect(await usccStatus(sme)).toBe('unverified');

    const evidence = {
      uscc: sme.body.organisation.uscc,
      evidence: '营业执照副本编号 2102110001，法定代表人李明',
    };
    const again = await post('uscc-claims', sme, evidence).expect(201);
    expect(again.body).toMatchObject({ kind: 'registration', status: 'pending' });
    expect((await post('uscc-claims', sme, evidence).expect(409)).body.error.code).toBe(
      'USCC_CLAIM_PENDING',
    );

    // A plain member of the organisation cannot claim its code.
    const member = await signUp(http);
    await db().query(
      `INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, 'member')`,
      [member.userId, sme.organisationId],
    );
    expect((await post('uscc-claims', member, evidence).expect(403)).body.error.code).toBe(
      'OWNER_ONLY',
    );
    // A code nobody registered is registered, not claimed; a bad code is a 400 on the field.
    const unregistered = await post('uscc-claims', sme, {
      ...evidence,
      uscc: makeValidUscc('110101', 99_000_123),
    }).expect(409);
    expect(unregistered.body.error.code).toBe('USCC_NOT_REGISTERED');
    const bad = await post('uscc-claims', sme, { ...evidence, uscc: '123' }).expect(400);
    expect(bad.body.error.fields[0].field).toBe('uscc');
  });

  it('the real company disputes a squatted code at sign-up; only an admin hands the organisation over', async () => {
    const squatter = await signUp(http, registrationBody({ name: '大连精工数控机床有限公司' }));
    const uscc = squatter.body.organisation.uscc;
    const real = registrationBody({ name: '大连精工数控机床有限公司' });
    real.organisation.uscc = uscc;

    const taken = await request(http).post('/api/v1/auth/register').send(real).expect(409);
    expect(taken.body.error.code).toBe('USCC_TAKEN');
    const disputed = await request(http)
      .post('/api/v1/auth/register')
      .send({
        ...real,
        organisation: {
          ...real.organisation,
          usccClaimEvidence: '本公司营业执照及法定代表人授权书，联系电话 0411-88886666',
        },
      })
      .expect(202);
    expect(disputed.body.status).toBe('uscc-claim-submitted');

    const login = await logIn(http, real);
    const me = await request(http).get('/api/v1/me').set(login.auth).expect(200);
    expect(me.body.memberships).toEqual([]);
    const claimant: Session = {
      ...login,
      userId: me.body.id,
      organisationId: '',
      email: real.email,
      body: real,
    };
    const [dispute] = await claimsOf(claimant);
    expect(dispute).toMatchObject({
      kind: 'dispute',
      status: 'pending',
      uscc,
      organisationId: squatter.organisationId,
      claimant: { emailVerified: false },
    });
    // A pending dispute does not show on the profile.
    expect(await usccStatus(squatter)).toBe('pending');

    // The proof goes through the storage port: the claimant uploads, the admin reads it; the
    // squatter, who holds the organisation meanwhile, sees nothing of it.
    const licence = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(20_000)]);
    const uploadEvidence = (session: Session, body: Buffer) =>
      request(http)
        .post(`/api/v1/uscc-claims/${dispute.id}/evidence`)
        .query({ filename: '营业执照副本.pdf' })
        .set(session.auth)
        .set('content-type', 'application/octet-stream')
        .send(body);
    const uploaded = await uploadEvidence(claimant, licence).expect(201);
    expect(uploaded.body).toMatchObject({ kind: 'pdf', sizeBytes: licence.length });
    await uploadEvidence(squatter, licence).expect(404);
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00', 'latin1'), randomBytes(4096)]);
    expect((await uploadEvidence(claimant, exe).expect(415)).body.error.code).toBe(
      'UNSUPPORTED_FILE_TYPE',
    );
    await get(`uscc-claims/${dispute.id}/evidence`, squatter).expect(404);
    await post(`uscc-claims/${dispute.id}/evidence/${uploaded.body.id}/link`, squatter).expect(404);
    const files = (await get(`uscc-claims/${dispute.id}/evidence`, admin).expect(200)).body;
    expect(files).toEqual([expect.objectContaining({ id: uploaded.body.id })]);
    const link = await post(
      `uscc-claims/${dispute.id}/evidence/${uploaded.body.id}/link`,
      admin,
    ).expect(200);
    const file = await request(http).get(link.body.url).buffer(true).expect(200);
    expect((file.body as Buffer).equals(licence)).toBe(true);

    expect(
      (await post(`uscc-claims/${dispute.id}/approve`, organiser).expect(403)).body.error.code,
    ).toBe('ADMIN_ONLY');
    expect(
      (await post(`uscc-claims/${dispute.id}/approve`, admin).expect(409)).body.error.code,
    ).toBe('USCC_CLAIMANT_UNVERIFIED');
    await request(http)
      .post('/api/v1/auth/verify-email')
      .send({ token: verificationToken({ id: claimant.userId, email: real.email }) })
      .expect(200);
    const approved = await post(`uscc-claims/${dispute.id}/approve`, admin, {
      reason: '已核对营业执照原件',
    }).expect(200);
    expect(approved.body.status).toBe('verified');
    expect(approved.body.history.map((h: { action: string }) => h.action)).toEqual([
      'submitted',
      'evidence_added',
      'verified',
      'ownership_transferred',
    ]);
    // Decided: no more evidence.
    expect((await uploadEvidence(claimant, licence).expect(409)).body.error.code).toBe(
      'USCC_CLAIM_STATE',
    );

    // The claimant owns the organisation now; the squatter is out, their claim superseded.
    const after = await request(http).get('/api/v1/me').set(login.auth).expect(200);
    expect(after.body.memberships).toEqual([
      expect.objectContaining({ organisationId: squatter.organisationId, role: 'owner' }),
    ]);
    await get(`organisations/${squatter.organisationId}/members`, squatter).expect(404);
    const [squatterClaim] = await claimsOf(squatter);
    expect(squatterClaim).toMatchObject({ status: 'rejected' });
    expect(squatterClaim.history.at(-1)?.action).toBe('superseded');
    expect(await usccStatus(claimant, squatter.organisationId)).toBe('verified');

    // Verified: a further dispute is a clear 409, at sign-up and through the API.
    const third = registrationBody();
    third.organisation.uscc = uscc;
    const late = await request(http)
      .post('/api/v1/auth/register')
      .send({
        ...third,
        organisation: { ...third.organisation, usccClaimEvidence: '我们才是这家公司' },
      })
      .expect(409);
    expect(late.body.error.code).toBe('USCC_ALREADY_VERIFIED');
    const other = await signUp(http);
    expect(
      (await post('uscc-claims', other, { uscc, evidence: '我们才是这家公司' }).expect(409)).body
        .error.code,
    ).toBe('USCC_ALREADY_VERIFIED');
  });

  it('trust reads verified claims only: an established organisation with a self-declared code keeps the small interest cap', async () => {
    const university = await signUp(
      http,
      registrationBody({ type: 'university', industryCode: '7520', regionCode: '210102' }),
    );
    const achievements: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      const created = await post(
        'achievements',
        university,
        achievementBody(university.organisationId),
      ).expect(201);
      await post(`achievements/${created.body.id}/transitions`, university, {
        action: 'submit',
      }).expect(200);
      achievements.push(created.body.id);
    }
    const selfDeclared = await signUp(http);
    const verified = await signUp(http);
    const [claim] = await claimsOf(verified);
    await post(`uscc-claims/${claim.id}/approve`, organiser).expect(200);
    // Both registered long ago: only the verified claim sets them apart.
    await db().query(
      `UPDATE organisation SET created_at = now() - interval '400 days' WHERE id = ANY($1::uuid[])`,
      [[selfDeclared.organisationId, verified.organisationId]],
    );
    const interest = (session: Session, achievementId: string) =>
      post(`achievements/${achievementId}/interest`, session, {
        organisationId: session.organisationId,
      });
    await interest(selfDeclared, achievements[0]).expect(200);
    const capped = await interest(selfDeclared, achievements[1]).expect(429);
    expect(capped.body.error.code).toBe('INTEREST_DAILY_CAP');
    await interest(verified, achievements[0]).expect(200);
    await interest(verified, achievements[1]).expect(200);
  });
});
