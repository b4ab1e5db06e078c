import { Initial1795523743961 } from './1795523743961-Initial';
import { CatalogListings1795524505346 } from './1795524505346-CatalogListings';
import { OutboxEventId1795527460722 } from './1795527460722-OutboxEventId';
import { MatchingAndNotifications1795530822712 } from './1795530822712-MatchingAndNotifications';
import { AchievementPublishedNewest1795536739613 } from './1795536739613-AchievementPublishedNewest';
// Migrations in the order they run. Generate new ones with `npm run migration:generate -- Name`.
export const MIGRATIONS: (new () => object)[] = [
  Initial1795523743961,
  CatalogListings1795524505346,
  OutboxEventId1795527460722,
  MatchingAndNotifications1795530822712,
  AchievementPublishedNewest1795536739613,
];
