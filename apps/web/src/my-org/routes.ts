import { lazy } from 'react';
import type { FeatureRoute } from '../app/route-types';

const MyOrganisationPage = lazy(() => import('./MyOrganisationPage'));
const UsccClaimsPage = lazy(() => import('./UsccClaimsPage'));

export const routes: FeatureRoute[] = [
  {
    path: '/my/organisation',
    page: MyOrganisationPage,
    requiresSession: true,
    nav: {
      label: { zh: '我的机构', en: 'My organisation' },
      roles: [
        'sme',
        'large_enterprise',
        'university',
        'research_institute',
        'service_org',
        'organiser',
      ],
      order: 60,
    },
  },
  { path: '/webhooks/:id', page: MyOrganisationPage, requiresSession: true },
  // A claimant's USCC claims (a dispute filed at sign-up has no organisation yet to show them).
  { path: '/my/uscc-claims', page: UsccClaimsPage, requiresSession: true },
  { path: '/uscc-claims/:id', page: UsccClaimsPage, requiresSession: true },
  {
    path: '/invitations/accept',
    page: lazy(() => import('./AcceptInvitationPage')),
    requiresSession: true,
  },
];
