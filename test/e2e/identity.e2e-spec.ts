import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { SearchClient } from '@rongtong/search';
import { registrationBody } from '../support/factories';
import { eventually } from '../support/isolated-environment';
import { RunningProduct, startProduct } from '../support/running-product';
import { logIn, signUp, signUpWithRole } from '../support/sessions';
import { untilIdle } from '../support/until-idle';

jest.setTimeout(60_000);

describe('identity over HTTP (real api + worker)', () => {
  let product: RunningProduct;
  let http: App;

  beforeAll(async () => {
    product = await startProduct();
    http = product.api.getHttpServer() as App;
  });

  afterAll(async () => {
    await product?.stop();
  });

  const count = async (table: string) => {
    const [row] = await product.api
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM ${table}`);
    return (row as { n: number }).n;
  };

  it('register → login → me → invite and accept → outsider refused', async () => {
    const owner = await signUp(http);
    const me = await request(http).get('/api/v1/me').set(owner.auth).expect(200);
    expect(me.body.email).toBe(owner.body.email);
    expect(me.body.memberships).toEqual([
      expect.objectContaining({
        organisationId: owner.organisationId,
        role: 'owner',
        organisationType: 'sme',
      }),
    ]);

    // The owner invites a colleague, who signs up with the invitation and joins.
    const colleagueEmail = `colleague.${owner.userId.slice(0, 8)}@example.cn`;
    const invitation = await request(http)
      .post(`/api/v1/organisations/${owner.organisationId}/invitations`)
      .set(owner.auth)
      .send({ email: colleagueEmail })
      .expect(201);
    expect(invitation.body).toMatchObject({ email: colleagueEmail, role: 'member' });
    const joined = await request(http)
      .post('/api/v1/auth/register')
      .send({
        email: colleagueEmail,
        password: 'Another-Good-Pass-77',
        displayName: '同事',
        invitationToken: invitation.body.token,
      })
      .expect(202);
    expect(joined.body.status).toBe('verification-sent');
    // Emails are matched case-insensitively at login.
    const colleague = await logIn(http, {
      email: colleagueEmail.toUpperCase(),
      password: 'Another-Good-Pass-77',
    });
    const members = await request(http)
      .get(`/api/v1/organisations/${owner.organisationId}/members`)
      .set(colleague.auth)
      .expect(200);
    expect(members.body.map((m: { role: string }) => m.role).sort()).toEqual(['member', 'owner']);
    // The invitation cannot be used twice.
    await request(http)
      .post('/api/v1/invitations/accept')
      .set(colleague.auth)
      .send({ token: invitation.body.token })
      .expect(404);
    // A member is not an owner: no inviting.
    await request(http)
      .post(`/api/v1/organisations/${owner.organisationId}/invitations`)
      .set(colleague.auth)
      .send({ email: 'third@example.cn' })
      .expect(404);

    // Someone from another organisation gets the same 404 as for a missing organisation.
    const outsider = await signUp(
      http,
      registrationBody({ type: 'university', industryCode: '7520' }),
    );
    const auth = outsider.auth;
    const denied = await request(http)
      .get(`/api/v1/organisations/${owner.organisationId}/members`)
      .set(auth)
      .expect(404);
    const missing = await request(http)
      .get('/api/v1/organisations/00000000-0000-4000-8000-000000000000/members')
      .set(auth)
      .expect(404);
    expect(denied.body.error.code).toBe('ORGANISATION_NOT_FOUND');
    expect(missing.body.error).toMatchObject({
      code: denied.body.error.code,
      message: denied.body.error.message,
    });
    await request(http)
      .patch(`/api/v1/organisations/${owner.organisationId}`)
      .set(auth)
      .send({ profile: 'hacked' })
      .expect(404);
    await request(http)
      .post(`/api/v1/organisations/${owner.organisationId}/invitations`)
      .set(auth)
      .send({ email: 'x@example.cn' })
      .expect(404);

    // The public profile hides contact details; members see them.
    const publicView = await request(http)
      .get(`/api/v1/organisations/${owner.organisationId}`)
      .set(auth)
      .expect(200);
    expect(publicView.body.name).toBe(owner.body.organisation.name);
    expect(publicView.body).not.toHaveProperty('contact');
    expect(JSON.stringify(publicView.body)).not.toContain('+8613900000000');
    const memberView = await request(http)
      .get(`/api/v1/organisations/${owner.organisationId}`)
      .set(owner.auth)
      .expect(200);
    expect(memberView.body.contact).toEqual(owner.body.organisation.contact);
  });

  it('organisation.created runs through the outbox and the worker into the search index', async () => {
    const owner = await signUp(http, registrationBody({ name: '沈阳高端轴承研究所测试' }));
    const search = product.worker.get(SearchClient);
    const index = search.client.index(search.indexName('organisations'));
    const document = await eventually(async () => {
      const found = await index.getDocument(owner.organisationId);
      return found;
    });
    expect(document).toMatchObject({
      name: '沈阳高端轴承研究所测试',
      type: 'sme',
      regionCode: '210211',
    });
    expect(document).not.toHaveProperty('contact');
    expect(JSON.stringify(document)).not.toContain('+8613900000000');
    const [outbox] = await product.api
      .get(DataSource)
      .query(
        `SELECT relayed_at FROM outbox_event WHERE entity_id = $1 AND type = 'organisation.created'`,
        [owner.organisationId],
      );
    expect(outbox.relayed_at).not.toBeNull();

    // A profile change is indexed too.
    await request(http)
      .patch(`/api/v1/organisations/${owner.organisationId}`)
      .set(owner.auth)
      .send({ profile: '提供精密轴承寿命预测服务' })
      .expect(200);
    await eventually(async () => {
      const found = await index.getDocument<{ profile: string }>(owner.organisationId);
      expect(found.profile).toBe('提供精密轴承寿命预测服务');
    });
  });

  it('refresh rotates, reuse revokes the family, logout revokes', async () => {
    const user = await signUp(http);
    const rotated = await request(http)
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: user.refreshToken })
      .expect(200);
    expect(rotated.body.refreshToken).not.toBe(user.refreshToken);
    const reused = await request(http)
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: user.refreshToken })
      .expect(401);
    expect(reused.body.error.code).toBe('REFRESH_TOKEN_REUSED');
    // The reuse revoked the whole family, including the token just issued.
    await request(http)
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: rotated.body.refreshToken })
      .expect(401);

    const again = await logIn(http, user.body);
    await request(http)
      .post('/api/v1/auth/logout')
      .send({ refreshToken: again.refreshToken })
      .expect(204);
    const afterLogout = await request(http)
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: again.refreshToken })
      .expect(401);
    expect(afterLogout.body.error.code).toBe('REFRESH_TOKEN_INVALID');
  });

  it('SME certifications count once verified: the current tier derives from verified ones', async () => {
    const owner = await signUp(http);
    const reviewer = await signUpWithRole(http, product.api.get(DataSource), 'organiser');
    const path = `/api/v1/organisations/${owner.organisationId}/certifications`;
    const evidence = {
      certificateNumber: '辽工信发〔2024〕7号',
      issuingAuthority: '辽宁省工业和信息化厅',
    };
    const current = await request(http)
      .post(path)
      .set(owner.auth)
      .send({
        tier: 'specialised',
        level: 'provincial',
        issuedOn: '2024-01-01',
        validUntil: '2026-12-31',
        ...evidence,
      })
      .expect(201);
    expect(current.body).toMatchObject({ status: 'pending', counts: false });
    const lapsed = await request(http)
      .post(path)
      .set(owner.auth)
      .send({
        tier: 'little_giant',
        level: 'national',
        issuedOn: '2020-01-01',
        validUntil: '2023-01-01',
        ...evidence,
      })
      .expect(201);
    const pendingView = await request(http)
      .get(`/api/v1/organisations/${owner.organisationId}`)
      .expect(200);
    expect(pendingView.body).toMatchObject({ currentTier: null, declaredTier: 'specialised' });

    for (const id of [current.body.id, lapsed.body.id]) {
      await request(http)
        .post(`/api/v1/certifications/${id}/verify`)
        .set(reviewer.auth)
        .send({})
        .expect(200);
    }
    const view = await request(http)
      .get(`/api/v1/organisations/${owner.organisationId}`)
      .expect(200);
    expect(view.body).toMatchObject({ currentTier: 'specialised', declaredTier: null });
    const bad = await request(http)
      .post(path)
      .set(owner.auth)
      .send({
        tier: 'specialised',
        level: 'provincial',
        issuedOn: '2024-01-01',
        validUntil: '2023-12-31',
        ...evidence,
      })
      .expect(400);
    expect(bad.body.error.fields[0].field).toBe('validUntil');
    // The status is never the submitter's to set.
    const selfVerified = await request(http)
      .post(path)
      .set(owner.auth)
      .send({
        tier: 'specialised',
        level: 'provincial',
        issuedOn: '2024-01-01',
        validUntil: '2026-12-31',
        status: 'verified',
        ...evidence,
      })
      .expect(400);
    expect(selfVerified.body.error.fields[0].field).toBe('status');
  });

  it('/health/ready reports PostgreSQL, Redis and Meilisearch up', async () => {
    const response = await request(http).get('/health/ready').expect(200);
    expect(response.body.status).toBe('ready');
    for (const service of ['postgres', 'redis', 'meilisearch']) {
      expect(response.body.services[service]).toMatchObject({ status: 'up' });
    }
    await request(http).get('/health').expect(200, { status: 'ok' });
    const docs = await request(http).get('/api/docs-json').expect(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/register', '/api/v1/me']),
    );
  });

  describe('bad input: a clear 4xx, nothing written', () => {
    async function expectRejected(body: unknown, status: number, code: string) {
      // Earlier steps' sign-ups still index their organisations through the outbox: counted
      // before that settles, a row written by them would read as written by the rejected call.
      await untilIdle(product);
      const before = {
        users: await count('app_user'),
        organisations: await count('organisation'),
        outbox: await count('outbox_event'),
      };
      const response = await request(http)
        .post('/api/v1/auth/register')
        .send(body as object)
        .expect(status);
      expect(response.body.error.code).toBe(code);
      expect({
        users: await count('app_user'),
        organisations: await count('organisation'),
        outbox: await count('outbox_event'),
      }).toEqual(before);
      return response.body.error as {
        code: string;
        message: string;
        fields?: { field: string; messages: string[] }[];
      };
    }

    it('malformed JSON and unknown fields', async () => {
      const malformed = await request(http)
        .post('/api/v1/auth/register')
        .set('Content-Type', 'application/json')
        .send('{"email": "a@b.cn",')
        .expect(400);
      expect(malformed.body.error.code).toBe('MALFORMED_JSON');
      const error = await expectRejected(
        { ...registrationBody(), isAdmin: true },
        400,
        'VALIDATION_FAILED',
      );
      expect(error.fields).toEqual([
        { field: 'isAdmin', messages: ['property isAdmin should not exist'] },
      ]);
      const nested = registrationBody();
      const nestedError = await expectRejected(
        { ...nested, organisation: { ...nested.organisation, verified: true } },
        400,
        'VALIDATION_FAILED',
      );
      expect(nestedError.fields?.[0].field).toBe('organisation.verified');
    });

    it('USCC: wrong length, wrong character, unknown region part, wrong check character', async () => {
      const body = registrationBody();
      const uscc = body.organisation.uscc;
      const withUscc = (value: string) => ({
        ...body,
        organisation: { ...body.organisation, uscc: value },
      });
      expect(
        (await expectRejected(withUscc(uscc.slice(0, 17)), 400, 'USCC_LENGTH')).fields?.[0].field,
      ).toBe('organisation.uscc');
      await expectRejected(
        withUscc(`${uscc.slice(0, 10)}I${uscc.slice(11)}`),
        400,
        'USCC_CHARACTER',
      );
      await expectRejected(withUscc(`91999999${uscc.slice(8)}`), 400, 'USCC_REGION');
      const wrongCheck = uscc.slice(-1) === '0' ? '1' : '0';
      const error = await expectRejected(
        withUscc(uscc.slice(0, 17) + wrongCheck),
        400,
        'USCC_CHECKSUM',
      );
      expect(error.message).toContain(`"${uscc.slice(-1)}"`);
    });

    it('unknown region and industry codes', async () => {
      const body = registrationBody();
      const error = await expectRejected(
        {
          ...body,
          organisation: { ...body.organisation, regionCode: '219999', industryCode: '3498' },
        },
        400,
        'VALIDATION_FAILED',
      );
      expect(error.fields?.map((f) => f.field).sort()).toEqual([
        'organisation.industryCode',
        'organisation.regionCode',
      ]);
    });

    it('duplicate email (any case) is answered like a new one (202, nothing written); duplicate USCC is 409', async () => {
      const first = registrationBody();
      await request(http).post('/api/v1/auth/register').send(first).expect(202);
      const second = registrationBody();
      const users = await count('app_user');
      await request(http)
        .post('/api/v1/auth/register')
        .send({ ...second, email: first.email.toUpperCase() })
        .expect(202);
      expect(await count('app_user')).toBe(users);
      await expectRejected(
        { ...second, organisation: { ...second.organisation, uscc: first.organisation.uscc } },
        409,
        'USCC_TAKEN',
      );
    });

    it('weak password', async () => {
      const error = await expectRejected(
        { ...registrationBody(), password: 'password123' },
        400,
        'PASSWORD_WEAK',
      );
      expect(error.fields?.[0].field).toBe('password');
    });

    it('oversized body is 413', async () => {
      const response = await request(http)
        .post('/api/v1/auth/register')
        .send({ ...registrationBody(), displayName: 'x'.repeat(1_200_000) })
        .expect(413);
      expect(response.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('expired and forged tokens are 401', async () => {
      const user = await signUp(http);
      const jwt = new JwtService();
      const expired = await jwt.signAsync(
        { sub: user.userId, roles: [], typ: 'access', exp: Math.floor(Date.now() / 1000) - 60 },
        { secret: product.env.config.auth.jwtSecret, issuer: 'rongtong' },
      );
      const forged = await jwt.signAsync(
        { sub: user.userId, roles: ['admin'], typ: 'access' },
        { secret: 'x'.repeat(40), issuer: 'rongtong', expiresIn: 600 },
      );
      const expiredResponse = await request(http)
        .get('/api/v1/me')
        .set('Authorization', `Bearer ${expired}`)
        .expect(401);
      expect(expiredResponse.body.error.code).toBe('TOKEN_EXPIRED');
      const forgedResponse = await request(http)
        .get('/api/v1/me')
        .set('Authorization', `Bearer ${forged}`)
        .expect(401);
      expect(forgedResponse.body.error.code).toBe('TOKEN_INVALID');
      await request(http).get('/api/v1/me').expect(401);
      const wrongPassword = await request(http)
        .post('/api/v1/auth/login')
        .send({ email: user.body.email, password: 'Not-The-Password-1' })
        .expect(401);
      expect(wrongPassword.body.error.code).toBe('INVALID_CREDENTIALS');
    });
  });
});
