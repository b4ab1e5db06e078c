import { OutboxEvent } from '@rongtong/database';
import { STORAGE_ENTITIES } from '@rongtong/storage';
import { IDENTITY_ENTITIES } from '@rongtong/identity';
import { CATALOG_ENTITIES } from '@rongtong/catalog';
import { MATCHING_ENTITIES } from '@rongtong/matching';
import { NOTIFY_ENTITIES } from '@rongtong/notify';
import { CHALLENGES_ENTITIES } from '@rongtong/challenges';
import { EVENTS_ENTITIES } from '@rongtong/events';

/**
 * Every entity of every lib: the schema the migrations must produce. The apps load the same
 * entities through TypeOrmModule.forFeature; add a lib's entities here when it gets some.
 */
export const ALL_ENTITIES = [
  OutboxEvent,
  ...STORAGE_ENTITIES,
  ...IDENTITY_ENTITIES,
  ...CATALOG_ENTITIES,
  ...NOTIFY_ENTITIES,
  ...MATCHING_ENTITIES,
  ...CHALLENGES_ENTITIES,
  ...EVENTS_ENTITIES,
];
