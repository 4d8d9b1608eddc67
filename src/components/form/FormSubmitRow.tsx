import { Alert, Button, Stack } from '@mui/material';
import type { FieldErrors } from 'react-hook-form';

/**
 * The end of a page's form: the server's error that names no field, then the submit button, which says
 * what is happening while the request runs.
 */
export function FormSubmitRow({
  errors,
  pending,
  label,
  pendingLabel,
}: {
  errors: FieldErrors;
  pending: boolean;
  label: string;
  pendingLabel: string;
}) {
  return (
    <>
      {errors.root?.server && <Alert severity="error">{errors.root.server.message}</Alert>}
      <Stack direction="row">
        <Button type="submit" variant="contained" disabled={pending}>
          {pending ? pendingLabel : label}
        </Button>
      </Stack>
    </>
  );
}
