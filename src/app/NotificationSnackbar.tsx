import { lazy, Suspense, useEffect } from 'react';
import { useCurrentNotification } from '../lib/notifications';

const loadToast = () => import('./NotificationToast');
const NotificationToast = lazy(async () => ({ default: (await loadToast()).NotificationToast }));

/**
 * Shows queued notifications one at a time. The snackbar is not part of the first download; it is
 * fetched once the page is idle, so it is there before a notification (even "no connection") needs it.
 */
export function NotificationSnackbar() {
  const notification = useCurrentNotification();
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 1000));
    idle(() => void loadToast());
  }, []);
  if (!notification) return null;
  return (
    <Suspense fallback={null}>
      <NotificationToast key={notification.id} notification={notification} />
    </Suspense>
  );
}
