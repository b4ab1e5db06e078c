import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';

export interface NavLabel {
  zh: string;
  en: string;
}

/**
 * One page of the app. Each feature folder exports its pages as `routes` (see search/routes.ts);
 * app/routes.ts lists the features. Pages load lazily, so each route is its own chunk.
 */
export interface FeatureRoute {
  path: string;
  page: LazyExoticComponent<ComponentType>;
  /** Signed-out visitors are sent to sign-in (and back here afterwards). */
  requiresSession?: boolean;
  /** In the main navigation, for visitors holding any of `roles` (default: everyone). */
  nav?: {
    label: NavLabel;
    icon?: ReactNode;
    /** 'anonymous', 'signed-in', 'owner', a platform role (admin, organiser) or an org type. */
    roles?: string[];
    order: number;
  };
}
