import { randomUUID } from 'node:crypto';
import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { NeedService } from '@rongtong/catalog';
import { ConfigModule } from '@rongtong/common';
import {
  DatabaseModule,
  ensureDatabaseExists,
  runMigrationsLocked,
  TransactionRunner,
} from '@rongtong/database';
import { RegistrationService } from '@rongtong/identity';
import { JobQueue, JobsModule, QUEUE_NAMES } from '@rongtong/jobs';
import {
  DigestComposer,
  EmailSender,
  ListingNotices,
  NotificationIntent,
  NotificationPreferences,
  NotificationRecorder,
  NotifyModule,
  UnsubscribeTokens,
} from '@rongtong/notify';
import { daysFromNow, needBody, registrationBody } from '../support/factories';
import { IsolatedEnvironment, isolatedEnvironment } from '../support/isolated-environment';
import { SmtpSink } from '../support/smtp-sink';

jest.setTimeout(60_000);

interface Organisation {
  id: string;
  ownerId: string;
  memberIds: string[];
}

/** A listing.reviewed intent for an organisation (every member) with a fresh dedup key. */
function reviewed(organisationId: string, dedupKey = `test:${randomUUID()}`): NotificationIntent {
  return {
    type: 'listing.reviewed',
    recipients: { organisationId },
    organisationId,
    dedupKey,
    params: {
      listing: { kind: 'need', id: randomUUID(), title: '主轴热变形补偿 <b>需求</b>' },
      outcome: 'approved',
      reason: null,
    },
    subject: { kind: 'need', id: randomUUID() },
  };
}

function matchFound(userId: string, n: number): NotificationIntent {
  return {
    type: 'match.found',
    recipients: { userIds: [userId] },
    dedupKey: `match.found:test-${n}:${randomUUID()}`,
    params: {
      matchId: randomUUID(),
      listing: { kind: 'need', id: randomUUID(), title: `需求 ${n}` },
      counterpart: {
        kind: 'achievement',
        id: randomUUID(),
        title: `成果 ${n}`,
        organisationName: '东北理工大学',
      },
      score: 80,
      previousScore: null,
      reasons: [{ zh: '行业一致：C34', en: 'Same industry: C34' }],
    },
    subject: { kind: 'match', id: randomUUID() },
  };
}

describe('notifications: recording, email routing, delivery and digests (PostgreSQL, SMTP)', () => {
  let env: IsolatedEnvironment;
  let moduleRef: TestingModule;
  let db: DataSource;
  let recorder: NotificationRecorder;
  let transactions: TransactionRunner;
  let sender: EmailSender;
  let sink: SmtpSink;

  const record = (intents: NotificationIntent[]) =>
    transactions.run((manager) => recorder.record(manager, intents));
  const rows = async <T>(sql: string, params: unknown[] = []) => await db.query<T[]>(sql, params);
  const emailStates = async (userId: string) =>
    Object.fromEntries(
      (
        await rows<{ email_state: string; n: number }>(
          `SELECT email_state, count(*)::int AS n FROM notification WHERE user_id = $1
            GROUP BY email_state`,
          [userId],
        )
      ).map((row) => [row.email_state, row.n]),
    );

  async function organisation(
    members = 0,
    locale: 'zh-CN' | 'en' = 'zh-CN',
  ): Promise<Organisation> {
    const body = registrationBody();
    const registered = await moduleRef
      .get(RegistrationService, { strict: false })
      .register(body as never);
    await db.query('UPDATE app_user SET locale = $2 WHERE id = $1', [registered.user.id, locale]);
    const memberIds: string[] = [];
    for (let i = 0; i < members; i += 1) {
      const [{ id }] = await rows<{ id: string }>(
        `INSERT INTO app_user (email, display_name, locale, password_hash)
         VALUES ($1, '成员', $2, 'x') RETURNING id`,
        [`member-${randomUUID()}@example.cn`, locale],
      );
      await db.query(
        `INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, 'member')`,
        [id, registered.organisation.id],
      );
      memberIds.push(id);
    }
    return { id: registered.organisation.id, ownerId: registered.user.id, memberIds };
  }

  beforeAll(async () => {
    sink = await SmtpSink.start();
    env = isolatedEnvironment({ SMTP_URL: sink.url, NOTIFY_DAILY_MATCH_EMAIL_CAP: '10' });
    await ensureDatabaseExists(env.config.database.url);
    moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(env.config),
        DatabaseModule.forRoot(),
        JobsModule.forRoot(),
        NotifyModule,
      ],
    }).compile();
    db = moduleRef.get(DataSource);
    await runMigrationsLocked(db);
    await moduleRef.init();
    recorder = moduleRef.get(NotificationRecorder);
    transactions = moduleRef.get(TransactionRunner);
    sender = moduleRef.get(EmailSender);
  });

  afterAll(async () => {
    if (moduleRef) {
      for (const name of QUEUE_NAMES) {
        await moduleRef.get(JobQueue).queue(name).obliterate({ force: true });
      }
      await moduleRef.close();
    }
    await env?.dispose();
    await sink?.stop();
  });

  it('writes one inbox row per recipient and dedup key, however often the intents are recorded', async () => {
    const org = await organisation(2);
    const intent = reviewed(org.id);
    // The owner is named explicitly as well: still one row for them.
    const withOwner = { ...intent, recipients: { ...intent.recipients, userIds: [org.ownerId] } };
    const first = await record([withOwner]);
    expect(first).toHaveLength(3);
    await expect(record([withOwner])).resolves.toEqual([]);
    // Two jobs racing with the same intent: the unique key decides, not timing.
    const raced = reviewed(org.id);
    const results = await Promise.all([record([raced]), record([raced]), record([raced])]);
    expect(results.map((ids) => ids.length).sort()).toEqual([0, 0, 3]);

    const counts = await rows<{ dedup_key: string; n: number }>(
      `SELECT dedup_key, count(*)::int AS n FROM notification WHERE organisation_id = $1
        GROUP BY dedup_key ORDER BY dedup_key`,
      [org.id],
    );
    expect(counts.map((c) => c.n)).toEqual([3, 3]);
    // Mail follows only the rows inserted: one delivery and one outbox event each.
    const deliveries = await rows<{ id: string; dedup_key: string; notification_ids: string[] }>(
      `SELECT d.id, d.dedup_key, d.notification_ids FROM email_delivery d
        WHERE d.user_id = ANY($1::uuid[])`,
      [[org.ownerId, ...org.memberIds]],
    );
    expect(deliveries).toHaveLength(6);
    for (const delivery of deliveries) {
      expect(delivery.dedup_key).toBe(`notification:${delivery.notification_ids[0]}`);
    }
    const events = await rows<{ entity_id: string }>(
      `SELECT entity_id FROM outbox_event WHERE type = 'notification.email-requested'
        AND entity_id = ANY($1::text[])`,
      [deliveries.map((d) => d.id)],
    );
    expect(events).toHaveLength(6);
    expect(await emailStates(org.ownerId)).toEqual({ queued: 2 });
  });

  it('routes by preference: email off → none, digest types → digest, else a mail', async () => {
    const org = await organisation();
    await moduleRef.get(NotificationPreferences).update(org.ownerId, {
      types: { 'listing.reviewed': { email: false } },
    });
    await record([reviewed(org.id)]);
    await record([
      {
        type: 'saved_search.alert',
        recipients: { userIds: [org.ownerId] },
        dedupKey: `saved_search.alert:${randomUUID()}`,
        params: {
          savedSearchId: randomUUID(),
          savedSearchName: '热误差',
          listing: { kind: 'achievement', id: randomUUID(), title: '热误差补偿系统' },
        },
      },
    ]);
    await record([matchFound(org.ownerId, 1)]);
    expect(await emailStates(org.ownerId)).toEqual({ none: 1, digest: 1, queued: 1 });
  });

  describe('the daily match-mail cap', () => {
    let capped: Organisation;

    it('sends the first 10 match mails of the day; the 11th goes to the digest, even when racing', async () => {
      capped = await organisation();
      // Eleven jobs at once: the per-user lock serialises the count.
      await Promise.all(
        Array.from({ length: 11 }, (_, n) => record([matchFound(capped.ownerId, n)])),
      );
      expect(await emailStates(capped.ownerId)).toEqual({ queued: 10, digest: 1 });
      // Other types are not capped.
      await record([reviewed(capped.id)]);
      expect(await emailStates(capped.ownerId)).toEqual({ queued: 11, digest: 1 });
    });

    it('uses the cap a user chose', async () => {
      const org = await organisation();
      await moduleRef.get(NotificationPreferences).update(org.ownerId, { dailyMatchEmailCap: 2 });
      for (let n = 0; n < 4; n += 1) await record([matchFound(org.ownerId, n)]);
      expect(await emailStates(org.ownerId)).toEqual({ queued: 2, digest: 2 });
    });

    it('gathers the overflow into one daily digest, once per day, and mails it', async () => {
      const digests = moduleRef.get(DigestComposer);
      await digests.sendDigests({ frequency: 'weekly' });
      expect(await emailStates(capped.ownerId)).toEqual({ queued: 11, digest: 1 });

      await digests.sendDigests({ frequency: 'daily' });
      const [digest] = await rows<{ id: string; dedup_key: string; notification_ids: string[] }>(
        `SELECT id, dedup_key, notification_ids FROM email_delivery
          WHERE user_id = $1 AND kind = 'digest'`,
        [capped.ownerId],
      );
      const chinaDay = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
      expect(digest.dedup_key).toBe(`digest:${capped.ownerId}:daily:${chinaDay}`);
      expect(digest.notification_ids).toHaveLength(1);
      expect(await emailStates(capped.ownerId)).toEqual({ queued: 12 });
      await expect(
        rows(`SELECT 1 FROM outbox_event WHERE entity_id = $1`, [digest.id]),
      ).resolves.toHaveLength(1);

      // A second run the same day: nothing new, even for a late arrival (it waits for tomorrow).
      await record([matchFound(capped.ownerId, 99)]);
      await digests.sendDigests({ frequency: 'daily' });
      await expect(
        rows(`SELECT 1 FROM email_delivery WHERE user_id = $1 AND kind = 'digest'`, [
          capped.ownerId,
        ]),
      ).resolves.toHaveLength(1);
      expect(await emailStates(capped.ownerId)).toEqual({ queued: 12, digest: 1 });

      const before = sink.received.length;
      await expect(sender.deliver({ deliveryId: digest.id })).resolves.toMatchObject({
        status: 'done',
      });
      const [mail] = sink.received.slice(before);
      expect(mail.parsed.subject).toBe('融通每日摘要：您有 1 条新通知');
      expect(mail.parsed.text).toContain('新匹配：「成果');
    });
  });

  describe('email delivery over SMTP', () => {
    const deliveryOf = async (userId: string) =>
      (
        await rows<{ id: string; status: string; attempts: number; last_error: string | null }>(
          `SELECT id, status, attempts, last_error FROM email_delivery
            WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1`,
          [userId],
        )
      )[0];

    it('sends one mail in the recipient’s language with one-click unsubscribe headers, once', async () => {
      const english = await organisation(0, 'en');
      await record([reviewed(english.id)]);
      const delivery = await deliveryOf(english.ownerId);
      const [email] = await rows<{ email: string }>('SELECT email FROM app_user WHERE id = $1', [
        english.ownerId,
      ]);

      await expect(sender.deliver({ deliveryId: delivery.id })).resolves.toMatchObject({
        status: 'done',
      });
      await expect(sender.deliver({ deliveryId: delivery.id })).resolves.toEqual({
        status: 'skipped',
        reason: 'already sent',
      });
      const mails = sink.to(email.email);
      expect(mails).toHaveLength(1);
      const [mail] = mails;
      expect(mail.parsed.subject).toBe('Approved: “主轴热变形补偿 <b>需求</b>”');
      expect(mail.parsed.messageId).toBe(`<${delivery.id}@rongtong>`);
      expect(mail.header('X-Rongtong-Delivery-Id')).toBe(delivery.id);
      expect(mail.header('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
      const unsubscribe = /^<(http:\/\/127\.0\.0\.1:3000\/api\/v1\/unsubscribe\/([^>]+))>$/.exec(
        mail.header('List-Unsubscribe') ?? '',
      );
      expect(unsubscribe).not.toBeNull();
      expect(moduleRef.get(UnsubscribeTokens).verify(unsubscribe![2])).toEqual({
        userId: english.ownerId,
        types: ['listing.reviewed'],
      });
      // The body carries the link too; user text is escaped in the HTML part.
      expect(mail.parsed.text).toContain(unsubscribe![1]);
      expect(mail.parsed.html).toContain(unsubscribe![1]);
      expect(mail.parsed.html).toContain('&lt;b&gt;需求&lt;/b&gt;');

      expect(await deliveryOf(english.ownerId)).toMatchObject({ status: 'sent', attempts: 1 });
      expect(await emailStates(english.ownerId)).toEqual({ sent: 1 });
    });

    it('writes Chinese mails for zh-CN recipients', async () => {
      const chinese = await organisation(0, 'zh-CN');
      await record([reviewed(chinese.id)]);
      await sender.deliver({ deliveryId: (await deliveryOf(chinese.ownerId)).id });
      const [{ email }] = await rows<{ email: string }>(
        'SELECT email FROM app_user WHERE id = $1',
        [chinese.ownerId],
      );
      expect(sink.to(email)[0].parsed.subject).toBe('审核通过：「主轴热变形补偿 <b>需求</b>」');
    });

    it('records a refused send and throws (BullMQ retries); the retry delivers', async () => {
      const org = await organisation();
      await record([reviewed(org.id)]);
      const delivery = await deliveryOf(org.ownerId);
      sink.failNext = 1;
      await expect(sender.deliver({ deliveryId: delivery.id })).rejects.toThrow(/451/);
      expect(await deliveryOf(org.ownerId)).toMatchObject({ status: 'pending', attempts: 1 });
      expect((await deliveryOf(org.ownerId)).last_error).toMatch(/451/);
      await sender.deliver({ deliveryId: delivery.id });
      expect(await deliveryOf(org.ownerId)).toMatchObject({
        status: 'sent',
        attempts: 2,
        last_error: null,
      });
    });

    it('without SMTP_URL marks deliveries skipped, with the reason', async () => {
      const org = await organisation();
      await record([reviewed(org.id)]);
      const delivery = await deliveryOf(org.ownerId);
      const withoutSmtp = { ...env.config, notify: { ...env.config.notify, smtpUrl: undefined } };
      const noSmtp = await Test.createTestingModule({
        imports: [
          ConfigModule.forRoot(withoutSmtp),
          DatabaseModule.forRoot(),
          JobsModule.forRoot(),
          NotifyModule,
        ],
      }).compile();
      try {
        await expect(noSmtp.get(EmailSender).deliver({ deliveryId: delivery.id })).resolves.toEqual(
          { status: 'skipped', reason: 'SMTP_URL is not configured' },
        );
      } finally {
        await noSmtp.close();
      }
      expect(await deliveryOf(org.ownerId)).toMatchObject({
        status: 'skipped',
        attempts: 0,
        last_error: 'SMTP_URL is not configured',
      });
      expect(await emailStates(org.ownerId)).toEqual({ skipped: 1 });
    });

    it('honours an unsubscribe that happened after recording', async () => {
      const org = await organisation();
      await record([reviewed(org.id)]);
      const delivery = await deliveryOf(org.ownerId);
      await moduleRef.get(NotificationPreferences).turnEmailOff(org.ownerId, ['listing.reviewed']);
      const before = sink.received.length;
      await expect(sender.deliver({ deliveryId: delivery.id })).resolves.toMatchObject({
        status: 'skipped',
      });
      expect(sink.received.length).toBe(before);
      expect(await deliveryOf(org.ownerId)).toMatchObject({ status: 'skipped' });
    });
  });

  it('reminds the members of published listings expiring within 7 days, once per validity', async () => {
    const org = await organisation(1);
    const needs = moduleRef.get(NeedService, { strict: false });
    const soon = await needs.create(
      { id: org.ownerId, platformRoles: [] },
      needBody(org.id, { validUntil: daysFromNow(30) }),
    );
    const later = await needs.create(
      { id: org.ownerId, platformRoles: [] },
      needBody(org.id, { validUntil: daysFromNow(30) }),
    );
    const chinaDay = (days: number) =>
      new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
    await db.query(`UPDATE tech_need SET status = 'published', valid_until = $2 WHERE id = $1`, [
      soon.id,
      chinaDay(7),
    ]);
    await db.query(`UPDATE tech_need SET status = 'published', valid_until = $2 WHERE id = $1`, [
      later.id,
      chinaDay(8),
    ]);
    const notices = moduleRef.get(ListingNotices);
    await notices.expiryReminders({ daysAhead: 7 });
    await notices.expiryReminders({ daysAhead: 7 });
    const reminders = await rows<{
      user_id: string;
      dedup_key: string;
      params: { daysLeft: number };
    }>(
      `SELECT user_id, dedup_key, params FROM notification WHERE type = 'listing.expiring'
        AND organisation_id = $1`,
      [org.id],
    );
    expect(reminders.map((r) => r.user_id).sort()).toEqual([org.ownerId, ...org.memberIds].sort());
    for (const reminder of reminders) {
      expect(reminder.dedup_key).toBe(`listing.expiring:need:${soon.id}:${chinaDay(7)}`);
      expect(reminder.params.daysLeft).toBe(7);
    }
  });
});
