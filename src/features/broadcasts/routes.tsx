import { Navigate, type RouteObject } from 'react-router';

export const broadcastRoutes: RouteObject[] = [
  { index: true, element: <Navigate to="voice" replace /> },
  { path: 'voice', lazy: { Component: async () => (await import('./BroadcastListPage')).BroadcastListPage } },
  { path: 'voice/new', lazy: { Component: async () => (await import('./BroadcastFormPage')).NewBroadcastPage } },
  { path: 'voice/:id', lazy: { Component: async () => (await import('./BroadcastDetailPage')).BroadcastDetailPage } },
  { path: 'voice/:id/edit', lazy: { Component: async () => (await import('./BroadcastFormPage')).EditBroadcastPage } },
  { path: 'text', lazy: { Component: async () => (await import('./BroadcastListPage')).TextBroadcastListPage } },
  {
    path: 'text/new',
    lazy: { Component: async () => (await import('./TextBroadcastFormPage')).NewTextBroadcastPage },
  },
  {
    path: 'text/:id',
    lazy: { Component: async () => (await import('./TextBroadcastDetailPage')).TextBroadcastDetailPage },
  },
  {
    path: 'text/:id/edit',
    lazy: { Component: async () => (await import('./TextBroadcastFormPage')).EditTextBroadcastPage },
  },
];
