import request from 'supertest';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { achievementBody, registrationBody } from '../support/factories';
import { eventually } from '../support/isolated-environment';
import { RunningProduct, startProduct } from '../support/running-product';
import { Session, signUp } from '../support/sessions';
import { SmtpSink } from '../support/smtp-sink';
import { untilIdle } from '../support/until-idle';

jest.setTimeout(120_000);

/**
 * Interest is started by other organisations, whose names are free text: its mails count
 * toward the recipient's daily cap (the rest wait for the digest), and a subject never starts
 * with the sender's name.
 */
describe('interest mails: the recipient’s daily cap, and subjects free of sender text', () => {
  let sink: SmtpSink;
  let product: RunningProduct;
  let http: App;
  let university: Session;
  let achievementId: string;
  const spamName = '免费领取大奖请加微信abc123有限公司';

  beforeAll(async () => {
    sink = await SmtpSink.start();
    product = await startProduct({ SMTP_URL: sink.url, LISTING_REVIEW_REQUIRED: 'false' });
    http = product.api.getHttpServer() as App;
    university = await signUp(
      http,
      registrationBody({ type: 'university', industryCode: '7520', regionCode: '210102' }),
    );
    const created = await request(http)
      .post('/api/v1/achievements')
      .set(university.auth)
      .send(achievementBody(university.organisationId))
      .expect(201);
    achievementId = created.body.id;
    await request(http)
      .post(`/api/v1/achievements/${achievementId}/transitions`)
      .set(university.auth)
      .send({ action: 'submit' })
      .expect(200);
    await request(http)
      .put('/api/v1/me/notification-preferences')
      .set(university.auth)
      // Matcher mails off, so only interest mails count toward the cap of one here.
      .send({ dailyMatchEmailCap: 1, types: { 'match.found': { email: false } } })
      .expect(200);
  });

  afterAll(async () => {
    await product?.stop();
    await sink?.stop();
  });

  it('three organisations show interest: one mail, two in the digest, all three in the inbox', async () => {
    const senders = [
      await signUp(http, registrationBody({ name: spamName })),
      await signUp(http),
      await signUp(http),
    ];
    for (const sender of senders) {
      await request(http)
        .post(`/api/v1/achievements/${achievementId}/interest`)
        .set(sender.auth)
        .send({ organisationId: sender.organisationId })
        .expect(200);
    }

    const inbox = await eventually(async () => {
      const page = await request(http).get('/api/v1/notifications').set(university.auth);
      const items = (page.body.items as { type: string; title: string }[]).filter(
        (n) => n.type === 'match.interest',
      );
      expect(items).toHaveLength(3);
      return items;
    }, 30_000);
    for (const item of inbox) expect(item.title).toMatch(/^有机构对您的科技成果表示关注：/);

    const states = await eventually(async () => {
      const rows = await product.api.get(DataSource).query<{ email_state: string }[]>(
        `SELECT email_state FROM notification WHERE user_id = $1 AND type = 'match.interest'
          ORDER BY email_state`,
        [university.userId],
      );
      expect(rows.map((r) => r.email_state)).not.toContain('none');
      return rows.map((r) => r.email_state);
    });
    expect(states.filter((s) => s === 'digest')).toHaveLength(2);

    const mail = await eventually(() => {
      const mails = sink.to(university.email);
      expect(mails).toHaveLength(1);
      return mails[0];
    }, 30_000);
    // A capped mail must not arrive late either: once nothing is left to deliver, still one.
    await untilIdle(product);
    expect(sink.to(university.email)).toHaveLength(1);

    const subject = mail.parsed.subject ?? '';
    expect(subject).toMatch(/^有机构对您的科技成果表示关注：「/);
    for (const sender of senders) expect(subject).not.toContain(sender.body.organisation.name);
    // The sender is named in the body, where the recipient reads it as what it is.
    expect(senders.some((s) => (mail.parsed.text ?? '').includes(s.body.organisation.name))).toBe(
      true,
    );
  });
});
