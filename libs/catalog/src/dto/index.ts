export * from './listing-fields';
export * from './need.dto';
export * from './achievement.dto';
export * from './challenge.dto';
export * from './transition.dto';
export * from './listing-version';
export * from './revision.dto';
