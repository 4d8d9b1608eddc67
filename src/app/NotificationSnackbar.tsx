import { Alert, Snackbar } from '@mui/material';
import { dismissNotification, useCurrentNotification } from '../lib/notifications';

/** Shows queued notifications one at a time; errors stay until dismissed. */
export function NotificationSnackbar() {
  const notification = useCurrentNotification();
  if (!notification) return null;
  const close = () => dismissNotification(notification.id);
  return (
    <Snackbar
      key={notification.id}
      open
      onClose={(_event, reason) => reason !== 'clickaway' && close()}
      autoHideDuration={notification.severity === 'error' ? null : 6000}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      <Alert onClose={close} severity={notification.severity} variant="filled" sx={{ width: '100%' }}>
        {notification.message}
      </Alert>
    </Snackbar>
  );
}
