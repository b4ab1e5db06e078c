import request from 'supertest';
import type { App } from 'supertest/types';
import { Clock } from '@rongtong/common';
import { achievementBody, needBody, registrationBody } from '../support/factories';
import { eventually } from '../support/isolated-environment';
import { RunningProduct, startProduct } from '../support/running-product';
import { ReceivedMail, SmtpSink } from '../support/smtp-sink';
import { logIn, register, signUp } from '../support/sessions';

jest.setTimeout(120_000);

const DAY = 86_400_000;

/** The token in the first link of a mail to `address` whose subject matches. */
async function mailedToken(sink: SmtpSink, address: string, subject: RegExp): Promise<string> {
  const mail = await eventually(() => {
    const found = sink
      .accountMailsTo(address)
      .find((m: ReceivedMail) => subject.test(m.parsed.subject ?? ''));
    if (!found) throw new Error(`no mail ${subject} to ${address} yet`);
    return found;
  });
  const match = /token=([A-Za-z0-9._-]+)/.exec(mail.parsed.text ?? '');
  if (!match) throw new Error(`no token in ${mail.parsed.text}`);
  return match[1];
}

describe('accounts: verification, password change and reset, sessions (real api + worker)', () => {
  let product: RunningProduct;
  let sink: SmtpSink;
  let http: App;
  let clock: Clock;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    product = await startProduct({ SMTP_URL: sink.url, LISTING_REVIEW_REQUIRED: 'false' });
    http = product.api.getHttpServer() as App;
    clock = product.api.get(Clock);
  });

  afterEach(() => jest.restoreAllMocks());

  afterAll(async () => {
    await product?.stop();
    await sink?.stop();
  });

  it('registration answers alike for a new and a taken address; the owner of the taken one is told', async () => {
    const first = registrationBody();
    const fresh = await request(http).post('/api/v1/auth/register').send(first);
    const again = await request(http)
      .post('/api/v1/auth/register')
      .send({ ...registrationBody(), email: first.email.toUpperCase() });
    expect(fresh.status).toBe(202);
    expect(again.status).toBe(fresh.status);
    expect(again.body).toEqual(fresh.body);
    expect(fresh.body.status).toBe('verification-sent');
    await mailedToken(sink, first.email, /验证您的邮箱/);
    await eventually(() => {
      const notice = sink
        .accountMailsTo(first.email)
        .find((m) => /有人尝试用您的邮箱注册/.test(m.parsed.subject ?? ''));
      expect(notice).toBeDefined();
      expect(notice?.header('list-unsubscribe')).toBeUndefined();
    });
    // The second sign-up created nothing: the address still has its one password.
    await logIn(http, first);
  });

  it('an unverified user cannot publish or show interest (403 EMAIL_NOT_VERIFIED) until the mailed link is opened, once', async () => {
    const body = registrationBody();
    const ids = await register(http, body, { verify: false });
    const session = await logIn(http, body);
    const me = await request(http).get('/api/v1/me').set(session.auth).expect(200);
    expect(me.body.emailVerified).toBe(false);

    const draft = await request(http)
      .post('/api/v1/needs')
      .set(session.auth)
      .send(needBody(ids.organisationId))
      .expect(201);
    const submit = () =>
      request(http)
        .post(`/api/v1/needs/${draft.body.id}/transitions`)
        .set(session.auth)
        .send({ action: 'submit' });
    const refused = await submit();
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('EMAIL_NOT_VERIFIED');

    // Interest in a published achievement of a verified university: refused too.
    const university = await signUp(
      http,
      registrationBody({ type: 'university', industryCode: '7520', regionCode: '210102' }),
    );
    const achievement = await request(http)
      .post('/api/v1/achievements')
      .set(university.auth)
      .send(achievementBody(university.organisationId))
      .expect(201);
    await request(http)
      .post(`/api/v1/achievements/${achievement.body.id}/transitions`)
      .set(university.auth)
      .send({ action: 'submit' })
      .expect(200);
    const interest = await request(http)
      .post(`/api/v1/achievements/${achievement.body.id}/interest`)
      .set(session.auth)
      .send({});
    expect(interest.status).toBe(403);
    expect(interest.body.error.code).toBe('EMAIL_NOT_VERIFIED');

    // A resend, then the link from the mail.
    await request(http).post('/api/v1/me/email-verification').set(session.auth).expect(202);
    const token = await mailedToken(sink, body.email, /验证您的邮箱/);
    await request(http).post('/api/v1/auth/verify-email').send({ token }).expect(200);
    const reused = await request(http).post('/api/v1/auth/verify-email').send({ token });
    expect(reused.status).toBe(400);
    expect(reused.body.error.code).toBe('TOKEN_INVALID');
    expect((await request(http).get('/api/v1/me').set(session.auth)).body.emailVerified).toBe(true);
    expect((await submit().expect(200)).body.status).toBe('published');
  });

  it('forgot password answers alike for any address; the mailed token works once, ends every session', async () => {
    const body = registrationBody();
    await signUp(http, body);
    const other = await logIn(http, body);
    const known = await request(http)
      .post('/api/v1/auth/password/forgot')
      .send({ email: body.email });
    const unknown = await request(http)
      .post('/api/v1/auth/password/forgot')
      .send({ email: `nobody.${Date.now()}@example.cn` });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(known.status);
    expect(unknown.body).toEqual(known.body);

    const token = await mailedToken(sink, body.email, /重置密码/);
    const weak = await request(http)
      .post('/api/v1/auth/password/reset')
      .send({ token, password: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.error.fields[0].field).toBe('password');
    await request(http)
      .post('/api/v1/auth/password/reset')
      .send({ token, password: 'Brand-New-Secret-2027' })
      .expect(204);
    const reused = await request(http)
      .post('/api/v1/auth/password/reset')
      .send({ token, password: 'Another-New-Secret-2028' });
    expect(reused.status).toBe(400);
    expect(reused.body.error.code).toBe('TOKEN_INVALID');
    await request(http)
      .post('/api/v1/auth/login')
      .send({ email: body.email, password: body.password })
      .expect(401);
    await logIn(http, { email: body.email, password: 'Brand-New-Secret-2027' });
    await request(http)
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: other.refreshToken })
      .expect(401);
  });

  it('a reset token expires after its lifetime (clock moved past 30 minutes)', async () => {
    const body = registrationBody();
    await signUp(http, body);
    await request(http)
      .post('/api/v1/auth/password/forgot')
      .send({ email: body.email })
      .expect(202);
    const token = await mailedToken(sink, body.email, /重置密码/);
    const now = Date.now();
    jest.spyOn(clock, 'now').mockReturnValue(new Date(now + 31 * 60_000));
    const late = await request(http)
      .post('/api/v1/auth/password/reset')
      .send({ token, password: 'Brand-New-Secret-2027' });
    expect(late.status).toBe(400);
    expect(late.body.error.code).toBe('TOKEN_INVALID');
  });

  it('changing the password needs the current one and signs out the other sessions', async () => {
    const body = registrationBody();
    const session = await signUp(http, body);
    const elsewhere = await logIn(http, body);
    const wrong = await request(http)
      .post('/api/v1/me/password')
      .set(session.auth)
      .send({ currentPassword: 'not-it-at-all-1', newPassword: 'Brand-New-Secret-2027' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe('CURRENT_PASSWORD_WRONG');
    const changed = await request(http)
      .post('/api/v1/me/password')
      .set(session.auth)
      .send({ currentPassword: body.password, newPassword: 'Brand-New-Secret-2027' })
      .expect(200);
    await request(http)
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: elsewhere.refreshToken })
      .expect(401);
    await request(http)
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: changed.body.refreshToken })
      .expect(200);
    await eventually(() =>
      expect(
        sink.accountMailsTo(body.email).some((m) => /密码已修改/.test(m.parsed.subject ?? '')),
      ).toBe(true),
    );
  });

  it('sign-out everywhere ends every session of the user', async () => {
    const body = registrationBody();
    const session = await signUp(http, body);
    const phone = await logIn(http, body);
    await request(http).post('/api/v1/me/sign-out-everywhere').set(session.auth).expect(204);
    for (const token of [session.refreshToken, phone.refreshToken]) {
      await request(http).post('/api/v1/auth/refresh').send({ refreshToken: token }).expect(401);
    }
  });

  it('a session ends at its absolute lifetime although refresh rotation keeps it busy', async () => {
    const body = registrationBody();
    const session = await signUp(http, body);
    const start = Date.now();
    const refresh = (token: string) =>
      request(http).post('/api/v1/auth/refresh').send({ refreshToken: token });
    jest.spyOn(clock, 'now').mockReturnValue(new Date(start + 20 * DAY));
    const day20 = await refresh(session.refreshToken).expect(200);
    jest.spyOn(clock, 'now').mockReturnValue(new Date(start + 29 * DAY));
    const day29 = await refresh(day20.body.refreshToken).expect(200);
    // Each rotation alone would have lasted 30 days more; the session ends at day 30.
    jest.spyOn(clock, 'now').mockReturnValue(new Date(start + 30 * DAY + 60_000));
    const ended = await refresh(day29.body.refreshToken);
    expect(ended.status).toBe(401);
    expect(ended.body.error.code).toBe('REFRESH_TOKEN_INVALID');
  });
});
