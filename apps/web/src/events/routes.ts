import { lazy } from 'react';
import type { FeatureRoute } from '../app/route-types';

export const routes: FeatureRoute[] = [
  {
    path: '/events',
    page: lazy(() => import('./EventsPage')),
    nav: { label: { zh: '对接会', en: 'Events' }, order: 20 },
  },
  {
    path: '/events/new',
    page: lazy(() => import('./EventFormPage')),
    requiresSession: true,
  },
  {
    path: '/events/:id',
    page: lazy(() => import('./EventDetailPage')),
  },
  {
    path: '/events/:id/edit',
    page: lazy(() => import('./EventFormPage')),
    requiresSession: true,
  },
  {
    path: '/events/:id/manage',
    page: lazy(() => import('./EventConsolePage')),
    requiresSession: true,
  },
  {
    path: '/events/:id/check-in',
    page: lazy(() => import('./CheckInPage')),
    requiresSession: true,
  },
  {
    path: '/event-registrations/:id',
    page: lazy(() => import('./ParticipantPage')),
    requiresSession: true,
  },
];
