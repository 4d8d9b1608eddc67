import type { RouteObject } from 'react-router';

export const activityRoutes: RouteObject[] = [
  { index: true, lazy: { Component: async () => (await import('./ActivityPage')).ActivityPage } },
];
