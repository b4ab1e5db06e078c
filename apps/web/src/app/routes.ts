import type { FeatureRoute } from './route-types';
import { routes as account } from '../account/routes';
import { routes as admin } from '../admin/routes';
import { routes as auth } from '../auth/routes';
import { routes as challenges } from '../challenges/routes';
import { routes as events } from '../events/routes';
import { routes as inbox } from '../inbox/routes';
import { routes as listings } from '../listings/routes';
import { routes as matches } from '../matches/routes';
import { routes as my } from '../my/routes';
import { routes as myOrganisation } from '../my-org/routes';
import { routes as org } from '../org/routes';
import { routes as review } from '../review/routes';
import { routes as search } from '../search/routes';

/** Every feature's pages; a new feature adds its `routes` here. */
export const appRoutes: FeatureRoute[] = [
  ...search,
  ...listings,
  ...org,
  ...auth,
  ...account,
  ...my,
  ...myOrganisation,
  ...matches,
  ...inbox,
  ...review,
  ...admin,
  ...challenges,
  ...events,
];
