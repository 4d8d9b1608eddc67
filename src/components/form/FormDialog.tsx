import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useId, type FormEventHandler, type ReactNode } from 'react';

/**
 * The one shell of every dialog holding a form: title, optional description, the fields, the form-wide
 * server error, Cancel and a submit button that is disabled while the request is under way.
 */
export function FormDialog({
  open = true,
  title,
  description,
  submitLabel,
  onSubmit,
  onClose,
  pending,
  formError,
  maxWidth = 'sm',
  children,
}: {
  open?: boolean;
  title: string;
  description?: ReactNode;
  submitLabel: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  onClose: () => void;
  pending: boolean;
  /** An error about the whole form (react-hook-form's `errors.root?.server?.message`). */
  formError?: string;
  maxWidth?: 'xs' | 'sm' | 'md';
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth={maxWidth}>
      <form noValidate onSubmit={onSubmit}>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          {description && <DialogContentText sx={{ mb: 2 }}>{description}</DialogContentText>}
          {children}
          {formError && (
            <Alert severity="error" sx={{ mt: 2 }}>
              {formError}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={pending}>
            {submitLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
