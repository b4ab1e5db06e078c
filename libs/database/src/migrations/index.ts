import { Initial1795523743961 } from './1795523743961-Initial';
// Migrations in the order they run. Generate new ones with `npm run migration:generate -- Name`.
export const MIGRATIONS: (new () => object)[] = [Initial1795523743961];
