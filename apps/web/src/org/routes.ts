import { lazy } from 'react';
import type { FeatureRoute } from '../app/route-types';

export const routes: FeatureRoute[] = [
  { path: '/organisations/:id', page: lazy(() => import('./OrganisationPage')) },
];
