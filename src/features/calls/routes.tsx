import type { RouteObject } from 'react-router';
import { ACTION_FILTER_NAMES } from '../../lib/actionFilters';
import { prefetchLoader } from '../../lib/routePrefetch';
import { listParamsOf } from '../../lib/useListParams';
import { callSearchQuery } from './callSearch';

export const callRoutes: RouteObject[] = [
  {
    index: true,
    loader: prefetchLoader((url) => callSearchQuery(listParamsOf(url.searchParams, ACTION_FILTER_NAMES))),
    lazy: { Component: async () => (await import('./CallListPage')).CallListPage },
  },
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
