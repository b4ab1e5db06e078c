import { lazy } from 'react';
import type { FeatureRoute } from '../app/route-types';

export const routes: FeatureRoute[] = [
  {
    path: '/account',
    page: lazy(() => import('./AccountPage')),
    requiresSession: true,
    nav: { label: { zh: '我的账号', en: 'My account' }, roles: ['signed-in'], order: 90 },
  },
];
