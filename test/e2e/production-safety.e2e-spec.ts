import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { RunningProduct, startProduct } from '../support/running-product';
import { signUp, signUpWithRole } from '../support/sessions';

jest.setTimeout(60_000);

/** An access token signed with the product's own secret, carrying whatever roles it claims. */
function forgedToken(product: RunningProduct, userId: string, roles: string[]): string {
  return new JwtService().sign(
    { sub: userId, roles, typ: 'access' },
    {
      secret: product.env.config.auth.jwtSecret,
      algorithm: 'HS256',
      issuer: 'rongtong',
      expiresIn: 900,
    },
  );
}

describe('roles come from the database, not the token (real api + worker)', () => {
  let product: RunningProduct;
  let http: App;
  let db: DataSource;

  beforeAll(async () => {
    product = await startProduct({ API_DOCS_ENABLED: 'false' });
    http = product.api.getHttpServer() as App;
    db = product.api.get(DataSource);
  });

  afterAll(async () => {
    await product?.stop();
  });

  it('a validly signed token claiming roles:["admin"] for an ordinary user grants nothing', async () => {
    const sme = await signUp(http);
    const forged = { Authorization: `Bearer ${forgedToken(product, sme.userId, ['admin'])}` };

    const grant = await request(http)
      .put(`/api/v1/admin/users/${sme.userId}/platform-roles`)
      .set(forged)
      .send({ roles: ['admin'] });
    expect(grant.status).toBe(403);
    expect(grant.body.error.code).toBe('ADMIN_ONLY');
    const queue = await request(http).get('/api/v1/review-queue/needs').set(forged);
    expect(queue.status).toBe(403);
    const [{ roles }] = await db.query<{ roles: string[] }[]>(
      'SELECT platform_roles AS roles FROM app_user WHERE id = $1',
      [sme.userId],
    );
    expect(roles).toEqual([]);
  });

  it('a signed token for a user who does not exist is a 401', async () => {
    const forged = { Authorization: `Bearer ${forgedToken(product, randomUUID(), ['admin'])}` };

    const response = await request(http).get('/api/v1/review-queue/needs').set(forged);
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('TOKEN_INVALID');
  });

  it('an admin removing a role takes effect on the next request with the same token', async () => {
    const admin = await signUpWithRole(http, db, 'admin');
    const organiser = await signUpWithRole(http, db, 'organiser');
    await request(http).get('/api/v1/review-queue/needs').set(organiser.auth).expect(200);

    const removed = await request(http)
      .put(`/api/v1/admin/users/${organiser.userId}/platform-roles`)
      .set(admin.auth)
      .send({ roles: [] })
      .expect(200);
    expect(removed.body).toEqual({ userId: organiser.userId, roles: [] });

    const after = await request(http).get('/api/v1/review-queue/needs').set(organiser.auth);
    expect(after.status).toBe(403);
    expect(after.body.error.code).toBe('REVIEWER_ONLY');
    const [audit] = await db.query<{ action: string; actor: string }[]>(
      `SELECT action, actor_user_id AS actor FROM audit_log WHERE subject_id = $1`,
      [organiser.userId],
    );
    expect(audit).toEqual({ action: 'user.platform_roles_replaced', actor: admin.userId });

    await request(http)
      .put(`/api/v1/admin/users/${organiser.userId}/platform-roles`)
      .set(admin.auth)
      .send({ roles: ['organiser'] })
      .expect(200);
    await request(http).get('/api/v1/review-queue/needs').set(organiser.auth).expect(200);
  });

  it('a bad role set is a 400 naming the field; an unknown user a 404', async () => {
    const admin = await signUpWithRole(http, db, 'admin');

    const bad = await request(http)
      .put(`/api/v1/admin/users/${admin.userId}/platform-roles`)
      .set(admin.auth)
      .send({ roles: ['superuser'] });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.error.fields)).toContain('roles');
    await request(http)
      .put(`/api/v1/admin/users/${randomUUID()}/platform-roles`)
      .set(admin.auth)
      .send({ roles: [] })
      .expect(404);
  });

  it('API_DOCS_ENABLED=false serves no /api/docs', async () => {
    await request(http).get('/api/docs-json').expect(404);
  });
});
