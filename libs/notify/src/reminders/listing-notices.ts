import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LISTING_KINDS, LISTING_TABLE } from '@rongtong/catalog';
import { Clock } from '@rongtong/common';
import { TransactionRunner } from '@rongtong/database';
import { JobHandler, JobPayload, JobResult, ListingKindName } from '@rongtong/jobs';
import { NotificationRecorder } from '../inbox/notification-recorder';
import { NotificationIntent } from '../intents/notification-intent';

/** Intents recorded per transaction by the reminder sweep. */
const REMINDER_BATCH = 100;

/** Days from one China calendar day (YYYY-MM-DD) to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * What listing owners hear about their own listings: review outcomes and upcoming expiry.
 * Both go to every member of the owning organisation, deduplicated per event.
 */
@Injectable()
export class ListingNotices {
  private readonly logger = new Logger(ListingNotices.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly recorder: NotificationRecorder,
    private readonly clock: Clock,
  ) {}

  /** From the `listing.reviewed` outbox event: the transition row says approved or rejected. */
  @JobHandler('notify.review-result')
  async reviewResult(payload: JobPayload<'notify.review-result'>): Promise<JobResult> {
    const [transition]: { action: string; reason: string | null }[] = await this.dataSource.query(
      `SELECT action, reason FROM listing_transition
        WHERE id = $1 AND listing_kind = $2 AND listing_id = $3`,
      [payload.transitionId, payload.kind, payload.listingId],
    );
    if (!transition) return { status: 'skipped', reason: 'transition not found' };
    if (transition.action !== 'approve' && transition.action !== 'reject') {
      return { status: 'skipped', reason: `transition ${transition.action} is not a review` };
    }
    const [listing]: { organisation_id: string; title: string }[] = await this.dataSource.query(
      `SELECT organisation_id, title FROM ${LISTING_TABLE[payload.kind]} WHERE id = $1`,
      [payload.listingId],
    );
    if (!listing) return { status: 'skipped', reason: 'listing deleted' };
    const intent: NotificationIntent = {
      type: 'listing.reviewed',
      recipients: { organisationId: listing.organisation_id },
      organisationId: listing.organisation_id,
      dedupKey: `listing.reviewed:${payload.transitionId}`,
      params: {
        listing: { kind: payload.kind, id: payload.listingId, title: listing.title },
        outcome: transition.action === 'approve' ? 'approved' : 'rejected',
        reason: transition.reason,
      },
      subject: { kind: payload.kind, id: payload.listingId },
    };
    const inserted = await this.transactions.run((manager) =>
      this.recorder.record(manager, [intent]),
    );
    return { status: 'done', detail: `${inserted.length} notified` };
  }

  /**
   * Daily: published listings whose last day is within `daysAhead` days. A window rather than
   * one exact day, so a day the scheduler missed is caught up; the dedup key (listing and its
   * last day) reminds once per validity window, and again after a renewal.
   */
  @JobHandler('notify.expiry-reminders')
  async expiryReminders(payload: JobPayload<'notify.expiry-reminders'>): Promise<JobResult> {
    const today = this.clock.today();
    const horizon = addDays(today, payload.daysAhead);
    const intents: NotificationIntent[] = [];
    for (const kind of LISTING_KINDS) {
      const rows: { id: string; organisation_id: string; title: string; valid_until: string }[] =
        await this.dataSource.query(
          `SELECT id, organisation_id, title, valid_until::text AS valid_until
             FROM ${LISTING_TABLE[kind]}
            WHERE status = 'published' AND valid_until BETWEEN $1 AND $2
            ORDER BY valid_until, id`,
          [today, horizon],
        );
      intents.push(...rows.map((row) => expiringIntent(kind, row, today)));
    }
    let inserted = 0;
    for (let start = 0; start < intents.length; start += REMINDER_BATCH) {
      const batch = intents.slice(start, start + REMINDER_BATCH);
      inserted += (await this.transactions.run((manager) => this.recorder.record(manager, batch)))
        .length;
    }
    if (inserted > 0) this.logger.log(`Recorded ${inserted} expiry reminders`);
    return { status: 'done', detail: `${intents.length} listings, ${inserted} notified` };
  }
}

function expiringIntent(
  kind: ListingKindName,
  row: { id: string; organisation_id: string; title: string; valid_until: string },
  today: string,
): NotificationIntent {
  return {
    type: 'listing.expiring',
    recipients: { organisationId: row.organisation_id },
    organisationId: row.organisation_id,
    dedupKey: `listing.expiring:${kind}:${row.id}:${row.valid_until}`,
    params: {
      listing: { kind, id: row.id, title: row.title },
      validUntil: row.valid_until,
      daysLeft: daysBetween(today, row.valid_until),
    },
    subject: { kind, id: row.id },
  };
}
