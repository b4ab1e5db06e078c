import { lazy } from 'react';
import type { FeatureRoute } from '../app/route-types';

export const routes: FeatureRoute[] = [
  {
    path: '/review',
    page: lazy(() => import('./ReviewPage')),
    requiresSession: true,
    nav: { label: { zh: '审核', en: 'Review' }, roles: ['organiser', 'admin'], order: 70 },
  },
];
