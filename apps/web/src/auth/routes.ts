import { lazy } from 'react';
import type { FeatureRoute } from '../app/route-types';

export const routes: FeatureRoute[] = [
  { path: '/sign-in', page: lazy(() => import('./SignInPage')) },
  { path: '/sign-up', page: lazy(() => import('./SignUpPage')) },
  // The links in account mails (libs/identity account.service): verification and reset.
  { path: '/verify-email', page: lazy(() => import('./VerifyEmailPage')) },
  { path: '/forgot-password', page: lazy(() => import('./ForgotPasswordPage')) },
  { path: '/reset-password', page: lazy(() => import('./ResetPasswordPage')) },
];
