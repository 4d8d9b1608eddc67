import type { RouteObject } from 'react-router';

export const numberRoutes: RouteObject[] = [
  { index: true, lazy: { Component: async () => (await import('./NumbersPage')).NumbersPage } },
  { path: 'buy', lazy: { Component: async () => (await import('./BuyNumbersPage')).BuyNumbersPage } },
  { path: 'keywords', lazy: { Component: async () => (await import('./KeywordsPage')).KeywordsPage } },
  {
    path: 'keywords/:keyword',
    lazy: { Component: async () => (await import('./KeywordLeasePage')).KeywordLeasePage },
  },
  { path: 'orders', lazy: { Component: async () => (await import('./OrdersPage')).OrdersPage } },
  { path: 'orders/:id', lazy: { Component: async () => (await import('./OrderDetailPage')).OrderDetailPage } },
  { path: ':number', lazy: { Component: async () => (await import('./NumberDetailPage')).NumberDetailPage } },
];
