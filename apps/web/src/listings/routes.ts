import { lazy } from 'react';
import type { FeatureRoute } from '../app/route-types';

const ListingDetailPage = lazy(() => import('./ListingDetailPage'));

export const routes: FeatureRoute[] = [
  { path: '/needs/:id', page: ListingDetailPage },
  { path: '/achievements/:id', page: ListingDetailPage },
  { path: '/challenges/:id', page: ListingDetailPage },
];
