import { lazy } from 'react';
import type { FeatureRoute } from '../app/route-types';

const ListingFormPage = lazy(() => import('./ListingFormPage'));

/** Organisations that post listings (organisers review them instead). */
const POSTERS = ['sme', 'large_enterprise', 'university', 'research_institute', 'service_org'];

export const routes: FeatureRoute[] = [
  {
    path: '/my/listings',
    page: lazy(() => import('./MyListingsPage')),
    requiresSession: true,
    nav: { label: { zh: '我的发布', en: 'My listings' }, roles: POSTERS, order: 30 },
  },
  { path: '/my/listings/new/:kind', page: ListingFormPage, requiresSession: true },
  { path: '/my/listings/:kind/:id/edit', page: ListingFormPage, requiresSession: true },
  {
    path: '/my/listings/:kind/:id',
    page: lazy(() => import('./MyListingPage')),
    requiresSession: true,
  },
];
