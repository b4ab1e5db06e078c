import { lazy } from 'react';
import type { FeatureRoute } from '../app/route-types';

export const routes: FeatureRoute[] = [
  { path: '/sign-in', page: lazy(() => import('./SignInPage')) },
  { path: '/sign-up', page: lazy(() => import('./SignUpPage')) },
];
