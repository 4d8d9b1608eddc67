import type { RouteObject } from 'react-router';

export const soundRoutes: RouteObject[] = [
  { index: true, lazy: { Component: async () => (await import('./SoundsPage')).SoundsPage } },
  { path: 'new', lazy: { Component: async () => (await import('./NewSoundPage')).NewSoundPage } },
  { path: 'media', lazy: { Component: async () => (await import('./MediaPage')).MediaPage } },
  { path: 'media/:id', lazy: { Component: async () => (await import('./MediaDetailPage')).MediaDetailPage } },
  { path: ':id', lazy: { Component: async () => (await import('./SoundDetailPage')).SoundDetailPage } },
];
