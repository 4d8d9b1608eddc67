import type { RouteObject } from 'react-router';

export const accountRoutes: RouteObject[] = [
  { index: true, lazy: { Component: async () => (await import('./AccountOverviewPage')).AccountOverviewPage } },
];
