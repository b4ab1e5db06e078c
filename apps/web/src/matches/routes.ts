import { lazy } from 'react';
import type { FeatureRoute } from '../app/route-types';

export const routes: FeatureRoute[] = [
  {
    path: '/matches',
    page: lazy(() => import('./MatchesPage')),
    requiresSession: true,
    nav: {
      label: { zh: '匹配推荐', en: 'Matches' },
      roles: ['sme', 'large_enterprise', 'university', 'research_institute', 'service_org'],
      order: 40,
    },
  },
  { path: '/matches/:id', page: lazy(() => import('./MatchDetailPage')), requiresSession: true },
];
