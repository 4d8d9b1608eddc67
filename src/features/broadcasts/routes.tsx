import { redirect, type RouteObject } from 'react-router';
import { prefetchLoader } from '../../lib/routePrefetch';
import { listParamsOf } from '../../lib/useListParams';
import type { BroadcastKind } from '../../api/resources/broadcasts';
import { BROADCAST_FILTERS, BROADCAST_PAGE_SIZE, broadcastFiltersOf } from './broadcastListParams';
import { broadcastPageQuery } from './useBroadcastPage';

const formPage = () => import('./BroadcastFormPage');
const detailPage = () => import('./BroadcastDetailPage');

/** The list's first page is asked as soon as its route matches, from the filters in the address. */
const listLoader = (kind: BroadcastKind) =>
  prefetchLoader((url) => {
    const list = listParamsOf(url.searchParams, BROADCAST_FILTERS, BROADCAST_PAGE_SIZE);
    return broadcastPageQuery(kind, broadcastFiltersOf(list.filters), list.offset, list.limit);
  });

export const broadcastRoutes: RouteObject[] = [
  // A loader redirects before anything renders, so the voice list's code and data start at once.
  { index: true, loader: () => redirect('/broadcasts/voice') },
  {
    path: 'voice',
    loader: listLoader('voice'),
    lazy: { Component: async () => (await import('./BroadcastListPage')).BroadcastListPage },
  },
  { path: 'voice/new', lazy: { Component: async () => (await formPage()).NewBroadcastPage } },
  { path: 'voice/:id', lazy: { Component: async () => (await detailPage()).VoiceBroadcastDetailPage } },
  { path: 'voice/:id/edit', lazy: { Component: async () => (await formPage()).EditBroadcastPage } },
  {
    path: 'text',
    loader: listLoader('text'),
    lazy: { Component: async () => (await import('./BroadcastListPage')).TextBroadcastListPage },
  },
  { path: 'text/new', lazy: { Component: async () => (await formPage()).NewTextBroadcastPage } },
  { path: 'text/:id', lazy: { Component: async () => (await detailPage()).TextBroadcastDetailPage } },
  { path: 'text/:id/edit', lazy: { Component: async () => (await formPage()).EditTextBroadcastPage } },
];
