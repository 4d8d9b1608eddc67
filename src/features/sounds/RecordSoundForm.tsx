import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Stack } from '@mui/material';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { notify } from '../../lib/notifications';
import { formatPhone, normalizePhone } from '../../lib/phone';
import { useOpenWhenCreated } from '../../lib/useOpenWhenCreated';
import { soundMutations } from '../../api/resources/sounds';
import { FormTextField } from '../../components/form/FormTextField';
import { useFormMutation } from '../../components/form/useFormMutation';
import { FormSubmitRow } from '../../components/form/FormSubmitRow';

const schema = z.object({
  name: z.string().trim().min(1, 'Give the recording a name').max(255, 'At most 255 characters'),
  toNumber: z.string().transform((value, context) => {
    const parsed = normalizePhone(value);
    if (parsed.ok) return parsed.number;
    context.addIssue({ code: 'custom', message: parsed.reason });
    return z.NEVER;
  }),
});
type RecordInput = z.input<typeof schema>;
type RecordOutput = z.output<typeof schema>;

/** CallFire calls a phone; what the person says there becomes the sound. */
export function RecordSoundForm() {
  const { control, handleSubmit, setError, formState } = useForm<RecordInput, unknown, RecordOutput>({
    resolver: zodResolver(schema),
    defaultValues: { name: '', toNumber: '' },
  });
  const record = useFormMutation(soundMutations.record(), setError, ['name', 'toNumber']);
  const [opened, warning] = useOpenWhenCreated(formState.isDirty, (id) => `/sounds/${id}`);

  const onSubmit = handleSubmit((body) =>
    record.mutate(body, {
      onSuccess: (sound) => {
        notify(`Calling ${formatPhone(body.toNumber)} to record "${sound.name}"`, 'success');
        opened(sound.id!);
      },
    }),
  );

  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate aria-label="Record a sound by phone">
      <Alert severity="info">
        CallFire calls the number below. Answer, speak your message after the tone and hang up; the sound reads
        “Recording” until the call ends.
      </Alert>
      <FormTextField control={control} name="name" label="Name" required />
      <FormTextField
        control={control}
        name="toNumber"
        label="Phone number to call"
        helperText="For example (213) 555-0100."
        inputMode="tel"
        required
      />
      <FormSubmitRow
        errors={formState.errors}
        pending={record.isPending}
        label="Call and record"
        pendingLabel="Calling…"
      />
      {warning}
    </Stack>
  );
}
