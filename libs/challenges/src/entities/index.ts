import { ApplicationScore } from './application-score.entity';
import { ApplicationStageChange } from './application-stage-change.entity';
import { ChallengeApplication } from './challenge-application.entity';
import { ChallengeEvaluator } from './challenge-evaluator.entity';
import { ChallengeRound } from './challenge-round.entity';
import { EvaluatorConflict } from './evaluator-conflict.entity';

export {
  ApplicationScore,
  ApplicationStageChange,
  ChallengeApplication,
  ChallengeEvaluator,
  ChallengeRound,
  EvaluatorConflict,
};

export const CHALLENGES_ENTITIES = [
  ChallengeRound,
  ChallengeApplication,
  ApplicationStageChange,
  ChallengeEvaluator,
  EvaluatorConflict,
  ApplicationScore,
];
