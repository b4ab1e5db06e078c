import { Match } from './match.entity';
import { MatchJudgement } from './match-judgement.entity';
import { MatchRun } from './match-run.entity';
import { MatchTransition } from './match-transition.entity';
import { MatchTermCorpus, MatchTermStatistic } from './term-statistic.entity';
import { MatchTermPosting } from './term-posting.entity';
import { MatchListingKeywords } from './listing-keywords.entity';

export * from './match.entity';
export * from './match-judgement.entity';
export * from './match-run.entity';
export * from './match-transition.entity';
export * from './term-statistic.entity';
export * from './term-posting.entity';
export * from './listing-keywords.entity';

export const MATCHING_ENTITIES = [
  Match,
  MatchTransition,
  MatchJudgement,
  MatchRun,
  MatchTermStatistic,
  MatchTermCorpus,
  MatchTermPosting,
  MatchListingKeywords,
];
