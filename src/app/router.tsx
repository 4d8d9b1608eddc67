import { createBrowserRouter, RouterContextProvider, type RouteObject } from 'react-router';
import { PageSkeleton } from '../components/PageSkeleton';
import { accountRoutes } from '../features/account/routes';
import { activityRoutes } from '../features/activity/routes';
import { broadcastRoutes } from '../features/broadcasts/routes';
import { callRoutes } from '../features/calls/routes';
import { contactRoutes } from '../features/contacts/routes';
import { dncRoutes } from '../features/dnc/routes';
import { numberRoutes } from '../features/numbers/routes';
import { soundRoutes } from '../features/sounds/routes';
import { textRoutes } from '../features/texts/routes';
import { queryClientContext } from '../lib/routePrefetch';
import { AppLayout } from './AppLayout';
import { appQueryClient } from './appQueryClient';
import { NotFoundPage } from './NotFoundPage';
import { RouteErrorBoundary } from './RouteErrorBoundary';

/** Each area owns the routes under its path; a failure inside one area stays inside it. */
const areas: Record<string, RouteObject[]> = {
  broadcasts: broadcastRoutes,
  calls: callRoutes,
  texts: textRoutes,
  contacts: contactRoutes,
  dnc: dncRoutes,
  sounds: soundRoutes,
  numbers: numberRoutes,
  account: accountRoutes,
  activity: activityRoutes,
};

export const routes: RouteObject[] = [
  { path: 'sign-in', lazy: { Component: async () => (await import('./SignInPage')).SignInPage } },
  {
    element: <AppLayout />,
    HydrateFallback: PageSkeleton,
    children: [
      {
        ErrorBoundary: RouteErrorBoundary,
        children: [
          { index: true, lazy: { Component: async () => (await import('../features/home/HomePage')).HomePage } },
          ...Object.entries(areas).map(([path, children]) => ({ path, children, ErrorBoundary: RouteErrorBoundary })),
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];

// Route loaders start their page's queries in the app's one query client.
export const router = createBrowserRouter(routes, {
  getContext: () => new RouterContextProvider(new Map([[queryClientContext, appQueryClient]])),
});
