import { lazy } from 'react';
import type { FeatureRoute } from '../app/route-types';

export const routes: FeatureRoute[] = [
  {
    path: '/',
    page: lazy(() => import('./HomePage')),
    nav: { label: { zh: '首页', en: 'Home' }, order: 0 },
  },
  {
    path: '/search',
    page: lazy(() => import('./SearchPage')),
    nav: { label: { zh: '找技术', en: 'Search' }, order: 10 },
  },
];
