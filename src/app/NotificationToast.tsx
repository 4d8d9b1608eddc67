import { Alert, Snackbar } from '@mui/material';
import { dismissNotification, type Notification } from '../lib/notifications';

/** One notification as a snackbar; errors stay until dismissed. */
export function NotificationToast({ notification }: { notification: Notification }) {
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
