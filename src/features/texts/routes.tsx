import type { RouteObject } from 'react-router';

export const textRoutes: RouteObject[] = [
  { index: true, lazy: { Component: async () => (await import('./TextListPage')).TextListPage } },
  { path: 'send', lazy: { Component: async () => (await import('./SendTextsPage')).SendTextsPage } },
  {
    path: 'conversations',
    lazy: { Component: async () => (await import('./ConversationsPage')).ConversationsPage },
  },
  {
    path: 'conversations/:number',
    lazy: { Component: async () => (await import('./ConversationPage')).ConversationPage },
  },
  { path: 'auto-replies', lazy: { Component: async () => (await import('./AutoRepliesPage')).AutoRepliesPage } },
  { path: ':id', lazy: { Component: async () => (await import('./TextDetailPage')).TextDetailPage } },
];
