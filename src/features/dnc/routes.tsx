import type { RouteObject } from 'react-router';

export const dncRoutes: RouteObject[] = [
  { index: true, lazy: { Component: async () => (await import('./DncListPage')).DncListPage } },
  { path: 'add', lazy: { Component: async () => (await import('./DncAddPage')).DncAddPage } },
  { path: 'check', lazy: { Component: async () => (await import('./DncCheckPage')).DncCheckPage } },
  { path: ':number', lazy: { Component: async () => (await import('./DncEntryPage')).DncEntryPage } },
];
