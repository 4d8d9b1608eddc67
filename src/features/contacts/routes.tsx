import type { RouteObject } from 'react-router';
import { prefetchLoader } from '../../lib/routePrefetch';
import { listParamsOf } from '../../lib/useListParams';
import { contactSearchQuery, SEARCH_FILTERS } from './contactSearch';

export const contactRoutes: RouteObject[] = [
  {
    index: true,
    loader: prefetchLoader((url) => contactSearchQuery(listParamsOf(url.searchParams, SEARCH_FILTERS))),
    lazy: { Component: async () => (await import('./ContactsPage')).ContactsPage },
  },
  { path: 'new', lazy: { Component: async () => (await import('./ContactFormPage')).NewContactPage } },
  { path: 'lists', lazy: { Component: async () => (await import('./ContactListsPage')).ContactListsPage } },
  { path: 'lists/import', lazy: { Component: async () => (await import('./ImportListPage')).ImportListPage } },
  {
    path: 'lists/:id',
    lazy: { Component: async () => (await import('./ContactListDetailPage')).ContactListDetailPage },
  },
  { path: ':id', lazy: { Component: async () => (await import('./ContactDetailPage')).ContactDetailPage } },
  { path: ':id/edit', lazy: { Component: async () => (await import('./ContactFormPage')).EditContactPage } },
];
