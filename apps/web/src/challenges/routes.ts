import { lazy } from 'react';
import type { FeatureRoute } from '../app/route-types';

export const routes: FeatureRoute[] = [
  {
    path: '/applications',
    page: lazy(() => import('./MyApplicationsPage')),
    requiresSession: true,
    nav: {
      label: { zh: '我的揭榜', en: 'My applications' },
      roles: ['sme', 'university', 'research_institute'],
      order: 35,
    },
  },
  {
    path: '/applications/:id',
    page: lazy(() => import('./ApplicationPage')),
    requiresSession: true,
  },
  {
    path: '/challenges/:id/review',
    page: lazy(() => import('./ReviewConsolePage')),
    requiresSession: true,
  },
  {
    path: '/review-queue',
    page: lazy(() => import('./ReviewQueuePage')),
    requiresSession: true,
    nav: { label: { zh: '评审任务', en: 'Review queue' }, roles: ['signed-in'], order: 36 },
  },
  {
    path: '/evaluator-invitations',
    page: lazy(() => import('./AcceptInvitationPage')),
  },
];
