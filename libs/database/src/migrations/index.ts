import { Initial1795523743961 } from './1795523743961-Initial';
import { CatalogListings1795524505346 } from './1795524505346-CatalogListings';
import { OutboxEventId1795527460722 } from './1795527460722-OutboxEventId';
// Migrations in the order they run. Generate new ones with `npm run migration:generate -- Name`.
export const MIGRATIONS: (new () => object)[] = [
  Initial1795523743961,
  CatalogListings1795524505346,
  OutboxEventId1795527460722,
];
