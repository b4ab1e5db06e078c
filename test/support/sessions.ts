import request from 'supertest';
import type { App } from 'supertest/types';
import type { DataSource } from 'typeorm';
import type { PlatformRole } from '@rongtong/identity';
import { registrationBody } from './factories';

export type RegistrationBody = ReturnType<typeof registrationBody>;
export type AuthHeader = { Authorization: string };

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

/** POST /api/v1/auth/register, expecting 201; the ids of the new organisation and its owner. */
export async function register(
  http: App,
  body: RegistrationBody = registrationBody(),
): Promise<{ organisationId: string; userId: string }> {
  const registered = await request(http).post('/api/v1/auth/register').send(body).expect(201);
  const created = registered.body as { organisation: { id: string }; user: { id: string } };
  return {
    organisationId: created.organisation.id,
    userId: created.user.id,
  };
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
  const ids = await register(http, body);
  await db.query('UPDATE app_user SET platform_roles = $2 WHERE id = $1', [ids.userId, [role]]);
  return { ...ids, email: body.email, body, ...(await logIn(http, body)) };
}
