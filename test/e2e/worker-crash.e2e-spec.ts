import { randomUUID } from 'node:crypto';
import type { App } from 'supertest/types';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { preflight } from '@rongtong/health';
import { TransactionRunner } from '@rongtong/database';
import { NotificationRecorder } from '@rongtong/notify';
import { createApiApp } from '../../apps/api/src/bootstrap';
import {
  eventually,
  isolatedEnvironment,
  IsolatedEnvironment,
} from '../support/isolated-environment';
import { register } from '../support/sessions';
import { SmtpSink } from '../support/smtp-sink';
import { WorkerProcess } from '../support/worker-process';

jest.setTimeout(180_000);

const RECIPIENTS = 200;

/**
 * The worker is a separate process here, killed with SIGKILL in the middle of a batch of
 * notification mails (no shutdown hooks, locks left behind), then replaced by a new one. What
 * must hold: every notification has exactly one inbox row, every mail is sent, and a mail sent
 * twice (its send finished but the kill came before it was marked) carries the same Message-ID.
 */
describe('a worker killed in the middle of a batch', () => {
  let env: IsolatedEnvironment;
  let api: INestApplication;
  let smtp: SmtpSink;
  const workers: WorkerProcess[] = [];

  const db = () => api.get(DataSource);

  beforeAll(async () => {
    smtp = await SmtpSink.start();
    // Stalled jobs of a dead worker are taken over after ~2 lock durations (30 s by default).
    env = isolatedEnvironment({ SMTP_URL: smtp.url, JOB_LOCK_DURATION_MS: '2000' });
    await preflight(env.config);
    api = await createApiApp(env.config);
  });

  afterAll(async () => {
    for (const worker of workers) await worker.stop().catch(() => undefined);
    await api?.close();
    await smtp?.stop();
    await env?.dispose();
  });

  it('loses no notification and doubles none after a restart', async () => {
    const http = api.getHttpServer() as App;
    const { organisationId } = await register(http);
    // Members are inserted directly: hashing 200 passwords would only slow the test down.
    await db().query(
      `WITH users AS (
         INSERT INTO app_user (email, display_name, password_hash, locale)
         SELECT 'member' || n || '-' || $2 || '@example.cn', '成员' || n, 'x', 'zh-CN'
           FROM generate_series(1, $1::int) n
         RETURNING id)
       INSERT INTO membership (user_id, organisation_id, role)
       SELECT id, $3, 'member' FROM users`,
      [RECIPIENTS - 1, randomUUID().slice(0, 8), organisationId],
    );

    const listingId = randomUUID();
    await api.get(TransactionRunner).run((manager) =>
      api.get(NotificationRecorder).record(manager, [
        {
          type: 'listing.expiring',
          recipients: { organisationId },
          dedupKey: `listing.expiring:need:${listingId}:2026-12-01`,
          params: {
            listing: { kind: 'need', id: listingId, title: '数控机床主轴热变形补偿' },
            validUntil: '2026-12-01',
            daysLeft: 7,
          },
          subject: { kind: 'need', id: listingId },
        },
      ]),
    );
    const inboxRows = async () =>
      (await db().query<{ n: number }[]>('SELECT count(*)::int AS n FROM notification'))[0].n;
    expect(await inboxRows()).toBe(RECIPIENTS);

    // A slow relay: 20 mails in flight take ~150 ms each, so the batch lasts a few seconds.
    smtp.delayMs = 150;
    const first = await WorkerProcess.start({ SMTP_URL: smtp.url, JOB_LOCK_DURATION_MS: '2000' });
    workers.push(first);
    await eventually(() => expect(smtp.received.length).toBeGreaterThanOrEqual(40), 60_000);
    await first.kill();
    const sentAtKill = smtp.received.length;
    expect(sentAtKill).toBeLessThan(RECIPIENTS);

    const second = await WorkerProcess.start({ SMTP_URL: smtp.url, JOB_LOCK_DURATION_MS: '2000' });
    workers.push(second);
    await eventually(
      async () => {
        const [{ pending }]: { pending: number }[] = await db().query(
          `SELECT count(*)::int AS pending FROM email_delivery WHERE status <> 'sent'`,
        );
        expect(pending).toBe(0);
      },
      120_000,
      250,
    );

    // No notification lost or doubled.
    expect(await inboxRows()).toBe(RECIPIENTS);
    const deliveries: { id: string }[] = await db().query('SELECT id FROM email_delivery');
    expect(deliveries).toHaveLength(RECIPIENTS);
    // Every delivery reached the SMTP server; repeats are recognisable by their Message-ID.
    const messageIds = smtp.received.map((mail) => mail.header('Message-ID'));
    const distinct = new Set(messageIds);
    for (const delivery of deliveries) expect(distinct).toContain(`<${delivery.id}@rongtong>`);
    expect(distinct.size).toBe(RECIPIENTS);
    // Only mails in flight at the kill can repeat: at most the queue's concurrency.
    expect(messageIds.length - distinct.size).toBeLessThanOrEqual(20);
    const [{ unrelayed }]: { unrelayed: number }[] = await db().query(
      'SELECT count(*)::int AS unrelayed FROM outbox_event WHERE relayed_at IS NULL',
    );
    expect(unrelayed).toBe(0);
  });
});
