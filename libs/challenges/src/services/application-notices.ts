import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ChallengeTerms } from '@rongtong/catalog';
import { NotificationIntent, NotificationRecorder } from '@rongtong/notify';
import { ChallengeApplication } from '../entities/challenge-application.entity';
import {
  ApplicationStage,
  NOT_SELECTED_REASON_LABELS,
  NotSelectedReason,
  STAGE_LABELS,
} from '../rules/vocabulary';

const challengeRef = (terms: ChallengeTerms) => ({
  kind: 'challenge' as const,
  id: terms.id,
  title: terms.title,
});

/**
 * The notices of this context, recorded in the caller's transaction through notify (inbox, mail
 * and webhooks by the recipients' preferences). Every stage change reaches the applicant's members.
 */
@Injectable()
export class ApplicationNotices {
  constructor(private readonly recorder: NotificationRecorder) {}

  stageChanged(
    terms: ChallengeTerms,
    application: ChallengeApplication,
    organisationName: string,
    from: ApplicationStage | null,
    changeKey: string,
  ): NotificationIntent {
    const reason = application.decisionReason as NotSelectedReason | null;
    return {
      type: 'challenge.application',
      recipients: { organisationId: application.organisationId },
      organisationId: application.organisationId,
      dedupKey: `challenge.application:${application.id}:${changeKey}`,
      params: {
        applicationId: application.id,
        challenge: challengeRef(terms),
        organisationName,
        stage: application.stage,
        stageLabel: STAGE_LABELS[application.stage],
        previousStage: from,
        reason: application.stage === 'not_selected' ? reason : null,
        reasonLabel:
          application.stage === 'not_selected' && reason
            ? NOT_SELECTED_REASON_LABELS[reason]
            : null,
        note: application.stage === 'not_selected' ? application.decisionNote : null,
        awardWan:
          application.stage === 'awarded' && application.awardWan !== null
            ? Number(application.awardWan)
            : null,
      },
      subject: { kind: 'challenge_application', id: application.id },
    };
  }

  invited(
    terms: ChallengeTerms,
    organisationId: string,
    ownerName: string,
    deadline: string,
    key: string,
  ): NotificationIntent {
    return {
      type: 'challenge.invited',
      recipients: { organisationId },
      organisationId,
      dedupKey: `challenge.invited:${terms.id}:${organisationId}:${key}`,
      params: { challenge: challengeRef(terms), ownerName, deadline },
      subject: { kind: 'challenge', id: terms.id },
    };
  }

  deadlineExtended(
    terms: ChallengeTerms,
    application: ChallengeApplication,
    previousDeadline: string,
    deadline: string,
  ): NotificationIntent {
    return {
      type: 'challenge.deadline_extended',
      recipients: { organisationId: application.organisationId },
      organisationId: application.organisationId,
      dedupKey: `challenge.deadline_extended:${application.id}:${deadline}`,
      params: {
        challenge: challengeRef(terms),
        applicationId: application.id,
        previousDeadline,
        deadline,
      },
      subject: { kind: 'challenge_application', id: application.id },
    };
  }

  evaluatorAssigned(terms: ChallengeTerms, userId: string, ownerName: string): NotificationIntent {
    return {
      type: 'challenge.evaluator',
      recipients: { userIds: [userId] },
      dedupKey: `challenge.evaluator:${terms.id}:${userId}`,
      params: { challenge: challengeRef(terms), ownerName },
      subject: { kind: 'challenge_review', id: terms.id },
    };
  }

  async record(manager: EntityManager, intents: NotificationIntent[]): Promise<void> {
    if (intents.length > 0) await this.recorder.record(manager, intents);
  }
}
