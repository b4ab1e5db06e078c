import { Injectable, Logger } from '@nestjs/common';
import { LISTING_KINDS, ListingHead, ListingRecords } from '@rongtong/catalog';
import { Clock } from '@rongtong/common';
import { TransactionRunner } from '@rongtong/database';
import { JobHandler, JobPayload, JobResult } from '@rongtong/jobs';
import { NotificationRecorder } from '../inbox/notification-recorder';
import { NotificationIntent, ReviewOutcome } from '../intents/notification-intent';

/** Review actions of listing_transition (listing and revision reviews) and what the owner hears. */
const REVIEW_OUTCOMES: Partial<Record<string, ReviewOutcome>> = {
  approve: 'approved',
  reject: 'rejected',
  revision_approve: 'revision_approved',
  revision_reject: 'revision_rejected',
};

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
    private readonly listings: ListingRecords,
    private readonly transactions: TransactionRunner,
    private readonly recorder: NotificationRecorder,
    private readonly clock: Clock,
  ) {}

  /** From the `listing.reviewed` outbox event: the transition row says approved or rejected. */
  @JobHandler('notify.review-result')
  async reviewResult(payload: JobPayload<'notify.review-result'>): Promise<JobResult> {
    const transition = await this.listings.transition(
      payload.kind,
      payload.listingId,
      payload.transitionId,
    );
    if (!transition) return { status: 'skipped', reason: 'transition not found' };
    const outcome = REVIEW_OUTCOMES[transition.action];
    if (!outcome) {
      return { status: 'skipped', reason: `transition ${transition.action} is not a review` };
    }
    const [listing] = await this.listings.heads(payload.kind, [payload.listingId]);
    if (!listing) return { status: 'skipped', reason: 'listing deleted' };
    const intent: NotificationIntent = {
      type: 'listing.reviewed',
      recipients: { organisationId: listing.organisationId },
      organisationId: listing.organisationId,
      dedupKey: `listing.reviewed:${payload.transitionId}`,
      params: {
        listing: { kind: payload.kind, id: payload.listingId, title: listing.title },
        outcome,
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
      const closing = await this.listings.publishedClosingBetween(kind, today, horizon);
      intents.push(...closing.map((listing) => expiringIntent(listing, today)));
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

function expiringIntent(listing: ListingHead, today: string): NotificationIntent {
  const { kind, id, title, validUntil } = listing;
  return {
    type: 'listing.expiring',
    recipients: { organisationId: listing.organisationId },
    organisationId: listing.organisationId,
    dedupKey: `listing.expiring:${kind}:${id}:${validUntil}`,
    params: {
      listing: { kind, id, title },
      validUntil,
      daysLeft: daysBetween(today, validUntil),
    },
    subject: { kind, id },
  };
}
