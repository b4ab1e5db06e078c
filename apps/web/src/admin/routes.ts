import { lazy } from 'react';
import type { FeatureRoute } from '../app/route-types';

export const routes: FeatureRoute[] = [
  {
    path: '/ops',
    page: lazy(() => import('./AdminPage')),
    requiresSession: true,
    nav: { label: { zh: '运维管理', en: 'Operations' }, roles: ['admin'], order: 80 },
  },
];
