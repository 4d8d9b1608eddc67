import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, FormGroup, Paper, Skeleton, Stack, TextField, Typography } from '@mui/material';
import { useQuery, useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import type { Schema } from '../../api/types';
import { Page } from '../../components/Page';
import { useConfirm } from '../../components/useConfirm';
import { formatDateTime } from '../../lib/format';
import { notify } from '../../lib/notifications';
import { formatPhone } from '../../lib/phone';
import { useFormMutation } from '../../components/form/useFormMutation';
import { useUnsavedChangesWarning } from '../../lib/useUnsavedChangesWarning';
import { FormToggle } from '../../components/form/FormToggle';
import { dncEntryQuery, dncMutations } from '../../api/resources/dnc';

const schema = z.object({
  source: z.string().trim().min(1, 'Enter a source').max(255, 'A source name has at most 255 characters'),
  call: z.boolean(),
  text: z.boolean(),
  inboundCall: z.boolean(),
  inboundText: z.boolean(),
});
type EntryForm = z.infer<typeof schema>;

const FLAGS: { name: keyof Omit<EntryForm, 'source'>; label: string }[] = [
  { name: 'call', label: 'Do not call (outbound calls to this number)' },
  { name: 'text', label: 'Do not text (outbound texts to this number)' },
  { name: 'inboundCall', label: 'Block inbound calls from this number' },
  { name: 'inboundText', label: 'Block inbound texts from this number' },
];

const formValues = (entry: Schema<'DoNotContact'>): EntryForm => ({
  source: entry.source ?? '',
  call: Boolean(entry.call),
  text: Boolean(entry.text),
  inboundCall: Boolean(entry.inboundCall),
  inboundText: Boolean(entry.inboundText),
});

function EntryEditor({ entry }: { entry: Schema<'DoNotContact'> }) {
  const number = entry.number!;
  const navigate = useNavigate();
  const remove = useMutation(dncMutations.delete());
  const [confirm, confirmDialog] = useConfirm();
  const [deleted, setDeleted] = useState(false);
  const { register, control, handleSubmit, reset, setError, formState } = useForm<EntryForm>({
    resolver: zodResolver(schema),
    defaultValues: formValues(entry),
  });
  const update = useFormMutation(dncMutations.update(number), setError, [
    'source',
    'call',
    'text',
    'inboundCall',
    'inboundText',
  ]);
  const unsaved = useUnsavedChangesWarning(formState.isDirty && !deleted);

  useEffect(() => {
    if (deleted) void navigate('/dnc');
  }, [deleted, navigate]);

  const save = (values: EntryForm) =>
    update.mutate(values, {
      onSuccess: () => {
        reset(values);
        notify(`Saved ${formatPhone(number)}`, 'success');
      },
    });

  const deleteEntry = async () => {
    const confirmed = await confirm({
      title: 'Delete this number?',
      message: `${formatPhone(number)} will be removed from the do-not-contact list and can be called and texted again.`,
      confirmLabel: 'Delete',
      destructive: true,
    });
    if (!confirmed) return;
    remove.mutate([number], {
      onSuccess: () => {
        notify(`Deleted ${formatPhone(number)}`, 'success');
        setDeleted(true);
      },
    });
  };

  return (
    <Paper component="form" noValidate onSubmit={handleSubmit(save)} sx={{ p: 3, maxWidth: 640 }}>
      <Stack spacing={2}>
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          Added {formatDateTime(entry.created)}
          {entry.campaignId !== undefined && ` by campaign ${entry.campaignId}`}
        </Typography>
        {formState.errors.root?.server && <Alert severity="error">{formState.errors.root.server.message}</Alert>}
        <TextField
          {...register('source')}
          label="Source"
          error={Boolean(formState.errors.source)}
          helperText={formState.errors.source?.message ?? ' '}
        />
        <FormGroup>
          {FLAGS.map(({ name, label }) => (
            <FormToggle key={name} control={control} name={name} label={label} kind="switch" />
          ))}
        </FormGroup>
        <Stack direction="row" spacing={1}>
          <Button type="submit" variant="contained" disabled={formState.isSubmitting || !formState.isDirty}>
            Save
          </Button>
          <Button onClick={() => void navigate('/dnc')}>Back to the list</Button>
          <Button color="error" onClick={() => void deleteEntry().catch(() => undefined)} sx={{ ml: 'auto' }}>
            Delete
          </Button>
        </Stack>
      </Stack>
      {confirmDialog}
      {unsaved}
    </Paper>
  );
}

/** One do-not-contact entry: its flags and source, editable; an unknown number shows the route's error. */
export function DncEntryPage() {
  const { number = '' } = useParams();
  const { data: entry } = useQuery(dncEntryQuery(number));
  return (
    <Page title={formatPhone(number)}>
      {entry ? (
        <EntryEditor key={entry.number} entry={entry} />
      ) : (
        <Skeleton variant="rounded" height={320} role="status" aria-label="Loading" />
      )}
    </Page>
  );
}
