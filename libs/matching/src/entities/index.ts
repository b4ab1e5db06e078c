import { Match } from './match.entity';
import { MatchTransition } from './match-transition.entity';

export * from './match.entity';
export * from './match-transition.entity';

export const MATCHING_ENTITIES = [Match, MatchTransition];
