import { lazy } from 'react';
import type { FeatureRoute } from '../app/route-types';

const SavedSearchesPage = lazy(() => import('./SavedSearchesPage'));

export const routes: FeatureRoute[] = [
  {
    path: '/notifications',
    page: lazy(() => import('./InboxPage')),
    requiresSession: true,
  },
  {
    path: '/settings/notifications',
    page: lazy(() => import('./PreferencesPage')),
    requiresSession: true,
  },
  {
    path: '/saved-searches',
    page: SavedSearchesPage,
    requiresSession: true,
    nav: { label: { zh: '订阅', en: 'Saved searches' }, roles: ['signed-in'], order: 70 },
  },
  { path: '/saved-searches/:id', page: SavedSearchesPage, requiresSession: true },
];
