import { Achievement } from './achievement.entity';
import { Challenge } from './challenge.entity';
import { ListingRevision } from './listing-revision.entity';
import { ListingStateChange } from './listing-transition.entity';
import { TechNeed } from './tech-need.entity';

export * from './listing-base';
export * from './tech-need.entity';
export * from './achievement.entity';
export * from './challenge.entity';
export * from './listing-transition.entity';
export * from './listing-revision.entity';

export const CATALOG_ENTITIES = [
  TechNeed,
  Achievement,
  Challenge,
  ListingStateChange,
  ListingRevision,
];
