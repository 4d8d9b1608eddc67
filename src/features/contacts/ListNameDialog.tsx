import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyServerError } from '../../lib/serverFieldErrors';
import { listNameSchema } from './listName';

const schema = z.object({ name: listNameSchema });

/** Asks for a list name (to create or rename a list); a server error lands under the field. */
export function ListNameDialog({
  title,
  description,
  initialName = '',
  submitLabel,
  onSubmit,
  onClose,
}: {
  title: string;
  description?: ReactNode;
  initialName?: string;
  submitLabel: string;
  onSubmit: (name: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(schema), defaultValues: { name: initialName } });
  const submit = handleSubmit(async ({ name }) => {
    try {
      await onSubmit(name);
      onClose();
    } catch (error) {
      applyServerError(error, setError, ['name']);
    }
  });
  const message = errors.name?.message ?? errors.root?.server?.message;
  return (
    <Dialog open onClose={onClose} aria-labelledby="list-name-title" fullWidth maxWidth="sm">
      <form noValidate onSubmit={submit}>
        <DialogTitle id="list-name-title">{title}</DialogTitle>
        <DialogContent>
          {description && <DialogContentText sx={{ mb: 2 }}>{description}</DialogContentText>}
          <TextField
            label="List name"
            autoFocus
            fullWidth
            margin="dense"
            {...register('name')}
            error={Boolean(message)}
            helperText={message}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={isSubmitting}>
            {submitLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
