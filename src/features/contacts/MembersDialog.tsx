import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  MenuItem,
  Radio,
  RadioGroup,
  Stack,
  TextField,
} from '@mui/material';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { ApiError, errorMessage } from '../../api/ApiError';
import type { Schema } from '../../api/types';
import { applyServerError } from '../../lib/serverFieldErrors';
import { membersFormSchema, membersRequest, NUMBER_FIELDS, type MembersFormValues } from './membersForm';

type Request = Schema<'AddContactListContactsRequest'> & { name: string };

/**
 * Names contacts by pasted numbers (each becomes the contact that has it, or a new one) or by contact
 * id; with `withName` it also asks for the name of the new list.
 */
export function MembersDialog({
  title,
  submitLabel,
  withName = false,
  onSubmit,
  onClose,
}: {
  title: string;
  submitLabel: string;
  withName?: boolean;
  onSubmit: (request: Request) => Promise<unknown>;
  onClose: () => void;
}) {
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<MembersFormValues>({
    resolver: zodResolver(membersFormSchema(withName)),
    defaultValues: { name: '', source: 'numbers', numbers: '', ids: '', field: 'homePhone' },
  });
  const source = useWatch({ control, name: 'source' });
  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit({ ...membersRequest(values), name: values.name.trim() });
      onClose();
    } catch (error) {
      // CallFire names the entry it refused (body.contactNumbers[2], body.contactIds[0]…).
      const message = errorMessage(error);
      const field = message.includes('contactNumbers') ? 'numbers' : message.includes('contactIds') ? 'ids' : undefined;
      if (error instanceof ApiError && error.isClientError && field) setError(field, { type: 'server', message });
      else applyServerError(error, setError, ['name']);
    }
  });
  return (
    <Dialog open onClose={onClose} aria-labelledby="members-title" fullWidth maxWidth="sm">
      <form noValidate onSubmit={submit}>
        <DialogTitle id="members-title">{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {withName && (
              <TextField
                label="List name"
                autoFocus
                {...register('name')}
                error={Boolean(errors.name)}
                helperText={errors.name?.message}
              />
            )}
            <Controller
              control={control}
              name="source"
              render={({ field }) => (
                <RadioGroup row aria-label="Add contacts by" {...field}>
                  <FormControlLabel value="numbers" control={<Radio />} label="By phone number" />
                  <FormControlLabel value="ids" control={<Radio />} label="By contact id" />
                </RadioGroup>
              )}
            />
            {source === 'numbers' ? (
              <>
                <TextField
                  label="Phone numbers"
                  multiline
                  minRows={4}
                  {...register('numbers')}
                  error={Boolean(errors.numbers)}
                  helperText={
                    errors.numbers?.message ?? 'One per line, or separated by commas. Any common format works.'
                  }
                />
                <TextField select label="Numbers go in" {...register('field')} defaultValue="homePhone">
                  {NUMBER_FIELDS.map(([value, label]) => (
                    <MenuItem key={value} value={value}>
                      {label}
                    </MenuItem>
                  ))}
                </TextField>
              </>
            ) : (
              <TextField
                label="Contact ids"
                multiline
                minRows={3}
                {...register('ids')}
                error={Boolean(errors.ids)}
                helperText={errors.ids?.message ?? 'Separated by spaces, commas or new lines.'}
              />
            )}
            {errors.root?.server && <Alert severity="error">{errors.root.server.message}</Alert>}
          </Stack>
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
