import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { Schema } from '../../api/types';
import { credentialMutations } from '../../api/resources/account';
import { useFormMutation } from '../../components/form/useFormMutation';

const schema = z.object({
  name: z.string().trim().min(1, 'Give the credential a name').max(255, 'At most 255 characters'),
});

/** Names a new API credential; CallFire makes its login and password. */
export function CreateCredentialDialog({
  onCreated,
  onClose,
}: {
  onCreated: (credential: Schema<'ApiCredential'>) => void;
  onClose: () => void;
}) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm({ resolver: zodResolver(schema), defaultValues: { name: '' } });
  const create = useFormMutation(credentialMutations.create(), setError, ['name']);
  const submit = handleSubmit(({ name }) => create.mutate(name, { onSuccess: onCreated }));
  const message = errors.name?.message ?? errors.root?.server?.message;
  return (
    <Dialog open onClose={onClose} aria-labelledby="create-credential-title" fullWidth maxWidth="sm">
      <form noValidate onSubmit={submit}>
        <DialogTitle id="create-credential-title">New API credential</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            A login and password for another program to use the CallFire API on this account&apos;s behalf.
          </DialogContentText>
          <TextField
            label="Name"
            autoFocus
            fullWidth
            margin="dense"
            {...register('name')}
            error={Boolean(message)}
            helperText={message ?? 'What it is for, such as "Billing export"'}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={create.isPending}>
            Create
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
