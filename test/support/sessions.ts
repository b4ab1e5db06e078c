import request from 'supertest';
import type { App } from 'supertest/types';
import type { DataSource } from 'typeorm';
import { loadConfig } from '@rongtong/common';
import { signAccountToken, verificationState } from '@rongtong/identity';
import type { PlatformRole } from '@rongtong/identity';
import { registrationBody } from './factories';

export type RegistrationBody = ReturnType<typeof registrationBody>;
export type AuthHeader = { Authorization: string };
/** The API's error answer (one exception filter writes every 4xx/5xx this way). */
export interface ErrorBody {
  error: { code: string; message?: string; fields?: { field: string; messages: string[] }[] };
}

/** What a login hands back, with the header ready for `.set()`. */
export interface Login {
  accessToken: string;
  refreshToken: string;
  auth: AuthHeader;
}

/** The owner of a freshly registered organisation, logged in. */
export interface Session extends Login {
  organisationId: string;
  userId: string;
  email: string;
  /** What was registered: password, organisation name and private contact, … */
  body: RegistrationBody;
}

/** POST /api/v1/auth/login, expecting 200. */
export async function logIn(
  http: App,
  credentials: { email: string; password: string },
): Promise<Login> {
  const response = await request(http)
    .post('/api/v1/auth/login')
    .send({ email: credentials.email, password: credentials.password })
    .expect(200);
  const tokens = response.body as { accessToken: string; refreshToken: string };
  const accessToken = tokens.accessToken;
  return {
    accessToken,
    refreshToken: tokens.refreshToken,
    auth: { Authorization: `Bearer ${accessToken}` },
  };
}

/**
 * The token the verification mail would carry (signed with this process's configuration, as
 * the api signs it). Suites that read the real mail use the SMTP sink instead.
 */
export function verificationToken(user: { id: string; email: string }): string {
  return signAccountToken(
    loadConfig().auth.jwtSecret,
    'verify-email',
    verificationState({ ...user, emailVerifiedAt: null }),
    new Date(Date.now() + 3_600_000),
  );
}

/**
 * POST /api/v1/auth/register (202), then signs in to learn the ids and verifies the address as
 * the mailed link would (unless `verify: false`); the ids of the new organisation and its owner.
 */
export async function register(
  http: App,
  body: RegistrationBody = registrationBody(),
  options: { verify?: boolean } = {},
): Promise<{ organisationId: string; userId: string }> {
  await request(http).post('/api/v1/auth/register').send(body).expect(202);
  const login = await logIn(http, body);
  const me = await request(http).get('/api/v1/me').set(login.auth).expect(200);
  const profile = me.body as { id: string; memberships: { organisationId: string }[] };
  if (options.verify !== false) {
    await request(http)
      .post('/api/v1/auth/verify-email')
      .send({ token: verificationToken({ id: profile.id, email: body.email }) })
      .expect(200);
  }
  return { organisationId: profile.memberships[0]?.organisationId ?? '', userId: profile.id };
}

/** Registers an organisation and logs its owner in. */
export async function signUp(
  http: App,
  body: RegistrationBody = registrationBody(),
): Promise<Session> {
  const ids = await register(http, body);
  return { ...ids, email: body.email, body, ...(await logIn(http, body)) };
}

/**
 * Registers an organisation whose owner also holds a platform role (no API grants one), then
 * logs in so the token carries it. The default body registers an organiser organisation, where
 * reviewers (role `organiser`) work.
 */
export async function signUpWithRole(
  http: App,
  db: DataSource,
  role: PlatformRole,
  body: RegistrationBody = registrationBody({ type: 'organiser', industryCode: '9221' }),
): Promise<Session> {
  await request(http).post('/api/v1/auth/register').send(body).expect(202);
  // Straight to the database, before any signed-in request (roles are cached per request).
  // In a CTE: TypeORM answers a bare UPDATE … RETURNING with [rows, count], not the rows.
  const [ids] = await db.query<{ userId: string; organisationId: string }[]>(
    `WITH updated AS (
       UPDATE app_user u SET platform_roles = $2, email_verified_at = now()
         FROM membership m
        WHERE lower(u.email) = lower($1) AND m.user_id = u.id
        RETURNING u.id AS "userId", m.organisation_id AS "organisationId")
     SELECT "userId", "organisationId" FROM updated`,
    [body.email, [role]],
  );
  return { ...ids, email: body.email, body, ...(await logIn(http, body)) };
}

/** An owner submits a certificate and a reviewer verifies it; the certificate's id. */
export async function verifiedCertification(
  http: App,
  owner: Session,
  reviewer: AuthHeader,
  body: Record<string, unknown>,
): Promise<string> {
  const submitted = await request(http)
    .post(`/api/v1/organisations/${owner.organisationId}/certifications`)
    .set(owner.auth)
    .send(body)
    .expect(201);
  const { id } = submitted.body as { id: string };
  await request(http)
    .post(`/api/v1/certifications/${id}/verify`)
    .set(reviewer)
    .send({})
    .expect(200);
  return id;
}
