import { ChallengeTerms } from '@rongtong/catalog';
import type { StoredFileView } from '@rongtong/storage';
import { ApplicationStageChange } from '../entities/application-stage-change.entity';
import { ChallengeApplication } from '../entities/challenge-application.entity';
import type { Proposal } from '../rules/proposal';
import {
  ApplicationStage,
  NOT_SELECTED_REASON_LABELS,
  NotSelectedReason,
  STAGE_LABELS,
} from '../rules/vocabulary';

export interface AttachmentView {
  id: string;
  /** Null in anonymous review (a file name can name the applicant). */
  filename: string | null;
  kind: string;
  contentType: string;
  sizeBytes: number;
}

export interface ApplicationView {
  id: string;
  challengeId: string;
  challengeTitle: string;
  /** Null for evaluators while the review is anonymous. */
  organisationId: string | null;
  organisationName: string | null;
  stage: ApplicationStage;
  stageLabel: string;
  proposal: Partial<Proposal>;
  submittedAt: string | null;
  version: number;
  decisionReason: string | null;
  decisionReasonLabel: string | null;
  decisionNote: string | null;
  awardWan: number | null;
  attachments: AttachmentView[];
  deadlineAt: string;
  /** The caller may still edit (a draft before the deadline, as a member of the applicant). */
  editable: boolean;
}

export interface StageChangeView {
  fromStage: string | null;
  toStage: string;
  toStageLabel: string;
  at: string;
  reason: string | null;
  reasonLabel: string | null;
  note: string | null;
}

export function toAttachmentView(file: StoredFileView, anonymous: boolean): AttachmentView {
  return {
    id: file.id,
    filename: anonymous ? null : file.filename,
    kind: file.kind,
    contentType: file.contentType,
    sizeBytes: file.sizeBytes,
  };
}

export function toApplicationView(
  application: ChallengeApplication,
  terms: ChallengeTerms,
  organisationName: string | null,
  files: StoredFileView[],
  options: { anonymous: boolean; deadlineAt: Date; editable: boolean },
): ApplicationView {
  const reason = application.decisionReason as NotSelectedReason | null;
  return {
    id: application.id,
    challengeId: application.challengeId,
    challengeTitle: terms.title,
    organisationId: options.anonymous ? null : application.organisationId,
    organisationName: options.anonymous ? null : organisationName,
    stage: application.stage,
    stageLabel: STAGE_LABELS[application.stage].zh,
    proposal: application.proposal,
    submittedAt: application.submittedAt?.toISOString() ?? null,
    version: application.version,
    decisionReason: reason,
    decisionReasonLabel: reason ? NOT_SELECTED_REASON_LABELS[reason].zh : null,
    decisionNote: application.decisionNote,
    awardWan: application.awardWan === null ? null : Number(application.awardWan),
    attachments: files.map((file) => toAttachmentView(file, options.anonymous)),
    deadlineAt: options.deadlineAt.toISOString(),
    editable: options.editable,
  };
}

export function toStageChangeView(change: ApplicationStageChange): StageChangeView {
  const reason = change.reason as NotSelectedReason | null;
  return {
    fromStage: change.fromStage,
    toStage: change.toStage,
    toStageLabel: STAGE_LABELS[change.toStage as ApplicationStage]?.zh ?? change.toStage,
    at: change.createdAt.toISOString(),
    reason,
    reasonLabel: reason ? (NOT_SELECTED_REASON_LABELS[reason]?.zh ?? reason) : null,
    note: change.note,
  };
}
