import type { RouteObject } from 'react-router';

export const accountRoutes: RouteObject[] = [
  { index: true, lazy: { Component: async () => (await import('./AccountOverviewPage')).AccountOverviewPage } },
  { path: 'credentials', lazy: { Component: async () => (await import('./ApiCredentialsPage')).ApiCredentialsPage } },
  { path: 'billing', lazy: { Component: async () => (await import('./BillingPage')).BillingPage } },
  { path: 'caller-ids', lazy: { Component: async () => (await import('./CallerIdsPage')).CallerIdsPage } },
];
