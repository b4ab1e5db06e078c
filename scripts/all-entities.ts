import { OutboxEvent } from '@rongtong/database';
import { IDENTITY_ENTITIES } from '@rongtong/identity';
import { CATALOG_ENTITIES } from '@rongtong/catalog';
import { MATCHING_ENTITIES } from '@rongtong/matching';
import { NOTIFY_ENTITIES } from '@rongtong/notify';

/**
 * Every entity of every lib: the schema the migrations must produce. The apps load the same
 * entities through TypeOrmModule.forFeature; add a lib's entities here when it gets some.
 */
export const ALL_ENTITIES = [
  OutboxEvent,
  ...IDENTITY_ENTITIES,
  ...CATALOG_ENTITIES,
  ...NOTIFY_ENTITIES,
  ...MATCHING_ENTITIES,
];
