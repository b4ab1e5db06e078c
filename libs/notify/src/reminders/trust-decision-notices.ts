import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@rongtong/database';
import { TrustDecisions } from '@rongtong/identity';
import { JobHandler, JobPayload, JobResult } from '@rongtong/jobs';
import { NotificationRecorder } from '../inbox/notification-recorder';

/**
 * What owners hear about their organisation's certificates, USCC claims and name changes: the
 * reviewer's decision with its reason, once per decision, linking to where they see it.
 */
@Injectable()
export class TrustDecisionNotices {
  constructor(
    private readonly decisions: TrustDecisions,
    private readonly transactions: TransactionRunner,
    private readonly recorder: NotificationRecorder,
  ) {}

  /** From the `trust.decided` outbox event. */
  @JobHandler('notify.trust-decision')
  async decided(payload: JobPayload<'notify.trust-decision'>): Promise<JobResult> {
    const decision = await this.decisions.find(
      payload.subject,
      payload.subjectId,
      payload.decisionId,
    );
    if (!decision) return { status: 'skipped', reason: 'decision not found' };
    const { recipientUserIds, ...params } = decision;
    const inserted = await this.transactions.run((manager) =>
      this.recorder.record(manager, [
        {
          type: 'trust.decided',
          recipients: { userIds: recipientUserIds },
          // A dispute's claimant acts for no organisation yet: the holder's webhooks hear nothing.
          organisationId:
            decision.subject === 'uscc_claim' && decision.kind === 'dispute'
              ? null
              : decision.organisationId,
          dedupKey: `trust.decided:${payload.subject}:${payload.decisionId}`,
          params,
          subject: { kind: payload.subject, id: payload.subjectId },
        },
      ]),
    );
    return { status: 'done', detail: `${inserted.length} notified` };
  }
}
