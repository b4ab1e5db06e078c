import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Clock } from '@rongtong/common';
import { Organisations, Users } from '@rongtong/identity';
import { JobHandler, JobPayload, JobResult } from '@rongtong/jobs';
import { MailTransport } from '@rongtong/notify';
import { ChallengeGate } from '../services/challenge-gate';
import { EvaluatorsStore } from '../stores/evaluators.store';
import { renderEvaluatorInvitationMail } from './evaluator-invitation-mail';
import { evaluatorInvitationToken, hashInvitationToken } from './evaluator-invitation-token';

const CHINA_DATE = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
});

/**
 * The `challenges.mail-evaluator-invitation` job: mints the invitation's token again from the row
 * and mails the expert. An invitation accepted, withdrawn or expired meanwhile sends nothing; a
 * retry after an outage sends the same Message-ID, so mail clients show it once.
 */
@Injectable()
export class EvaluatorInvitationMailer {
  constructor(
    private readonly evaluators: EvaluatorsStore,
    private readonly gate: ChallengeGate,
    private readonly organisations: Organisations,
    private readonly users: Users,
    private readonly transport: MailTransport,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @JobHandler('challenges.mail-evaluator-invitation')
  async send(payload: JobPayload<'challenges.mail-evaluator-invitation'>): Promise<JobResult> {
    if (!this.transport.configured) return { status: 'skipped', reason: 'SMTP_URL is not set' };
    const evaluator = await this.evaluators.byId(payload.evaluatorId);
    if (!evaluator) return { status: 'skipped', reason: 'the invitation was withdrawn' };
    const expiresAt = evaluator.invitationExpiresAt;
    if (evaluator.userId || !evaluator.invitationTokenHash || !expiresAt) {
      return { status: 'skipped', reason: 'the invitation was accepted already' };
    }
    if (expiresAt <= this.clock.now()) {
      return { status: 'skipped', reason: 'the invitation expired before it could be mailed' };
    }
    const token = evaluatorInvitationToken(this.config.auth.jwtSecret, {
      evaluatorId: evaluator.id,
      email: evaluator.email,
      expiresAt,
    });
    if (hashInvitationToken(token) !== evaluator.invitationTokenHash) {
      // JWT_SECRET changed since the invitation: its link cannot be minted again.
      return { status: 'skipped', reason: 'the server secret changed; invite again' };
    }
    const terms = await this.gate.load(evaluator.challengeId);
    const owner = (await this.organisations.summaries([terms.organisationId])).get(
      terms.organisationId,
    );
    const inviter = await this.users.mailIdentity(evaluator.invitedByUserId);
    const base = this.config.publicUrl;
    const mail = renderEvaluatorInvitationMail({
      challengeTitle: terms.title,
      ownerName: owner?.name ?? '发榜单位',
      inviterName: inviter?.displayName,
      acceptUrl: `${base}/evaluator-invitations?token=${encodeURIComponent(token)}`,
      signUpUrl: `${base}/sign-up`,
      validUntil: CHINA_DATE.format(expiresAt),
    });
    await this.transport.send({
      ...mail,
      to: evaluator.email,
      deliveryId: `evaluator-invitation-${evaluator.id}`,
    });
    return { status: 'done', detail: `evaluator invitation mailed for ${evaluator.id}` };
  }
}
