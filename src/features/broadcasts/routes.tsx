import { Navigate, type RouteObject } from 'react-router';

const formPage = () => import('./BroadcastFormPage');
const detailPage = () => import('./BroadcastDetailPage');

export const broadcastRoutes: RouteObject[] = [
  { index: true, element: <Navigate to="voice" replace /> },
  { path: 'voice', lazy: { Component: async () => (await import('./BroadcastListPage')).BroadcastListPage } },
  { path: 'voice/new', lazy: { Component: async () => (await formPage()).NewBroadcastPage } },
  { path: 'voice/:id', lazy: { Component: async () => (await detailPage()).VoiceBroadcastDetailPage } },
  { path: 'voice/:id/edit', lazy: { Component: async () => (await formPage()).EditBroadcastPage } },
  { path: 'text', lazy: { Component: async () => (await import('./BroadcastListPage')).TextBroadcastListPage } },
  { path: 'text/new', lazy: { Component: async () => (await formPage()).NewTextBroadcastPage } },
  { path: 'text/:id', lazy: { Component: async () => (await detailPage()).TextBroadcastDetailPage } },
  { path: 'text/:id/edit', lazy: { Component: async () => (await formPage()).EditTextBroadcastPage } },
];
