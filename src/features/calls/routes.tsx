import type { RouteObject } from 'react-router';

export const callRoutes: RouteObject[] = [
  { index: true, lazy: { Component: async () => (await import('./CallListPage')).CallListPage } },
  { path: 'review', lazy: { Component: async () => (await import('./ReviewQueuePage')).ReviewQueuePage } },
  { path: 'send', lazy: { Component: async () => (await import('./SendCallsPage')).SendCallsPage } },
  {
    path: 'recordings/:recordingId',
    lazy: { Component: async () => (await import('./RecordingPage')).RecordingByIdPage },
  },
  { path: ':id', lazy: { Component: async () => (await import('./CallDetailPage')).CallDetailPage } },
  {
    path: ':id/recordings/:name',
    lazy: { Component: async () => (await import('./RecordingPage')).RecordingByNamePage },
  },
];
