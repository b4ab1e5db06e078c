import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@rongtong/catalog';
import { IdentityModule } from '@rongtong/identity';
import { MatchingModule } from '@rongtong/matching';
import { NotifyModule } from '@rongtong/notify';
import { StorageModule } from '@rongtong/storage';
import { CHALLENGES_ENTITIES } from './entities';
import { EvaluatorInvitationMailer } from './invitations/evaluator-invitation-mailer';
import { ApplicantFacts } from './services/applicant-facts';
import { ApplicationNotices } from './services/application-notices';
import { ApplicationsService } from './services/applications.service';
import { ChallengeGate } from './services/challenge-gate';
import { EvaluationService } from './services/evaluation.service';
import { Recusals } from './services/recusals';
import { ReviewService } from './services/review.service';
import { RoundDeadlines } from './services/round-deadlines';
import { ApplicationsStore } from './stores/applications.store';
import { EvaluatorsStore } from './stores/evaluators.store';
import { ReviewTableStore } from './stores/review-table.store';
import { RoundsStore } from './stores/rounds.store';
import { ScoresStore } from './stores/scores.store';

const SERVICES = [
  ApplicantFacts,
  ApplicationNotices,
  ApplicationsService,
  ChallengeGate,
  EvaluationService,
  EvaluatorInvitationMailer,
  Recusals,
  ReviewService,
  RoundDeadlines,
  ApplicationsStore,
  EvaluatorsStore,
  ReviewTableStore,
  RoundsStore,
  ScoresStore,
];

/** 揭榜挂帅: applications, review, award; used by api and worker (the deadline job). */
@Module({
  imports: [
    TypeOrmModule.forFeature(CHALLENGES_ENTITIES),
    IdentityModule,
    CatalogModule,
    NotifyModule,
    MatchingModule,
    StorageModule,
  ],
  providers: SERVICES,
  exports: [ApplicationsService, EvaluationService, ReviewService],
})
export class ChallengesModule {}
