import type { FeatureRoute } from './route-types';
import { routes as account } from '../account/routes';
import { routes as auth } from '../auth/routes';
import { routes as listings } from '../listings/routes';
import { routes as org } from '../org/routes';
import { routes as search } from '../search/routes';

/** Every feature's pages; a new feature adds its `routes` here. */
export const appRoutes: FeatureRoute[] = [...search, ...listings, ...org, ...auth, ...account];
