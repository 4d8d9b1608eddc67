import { zodResolver } from '@hookform/resolvers/zod';
import { FormControlLabel, Radio, RadioGroup, Stack } from '@mui/material';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { textMutations } from '../../api/resources/texts';
import { FormDialog } from '../../components/form/FormDialog';
import { FormTextField } from '../../components/form/FormTextField';
import { useFormMutation } from '../../components/form/useFormMutation';
import { TextMessageField } from '../../components/TextMessageField';
import { TextSenderSelect } from '../../components/TextSenderSelect';
import { notify } from '../../lib/notifications';
import { autoReplySchema, emptyAutoReply, toAutoReply, type AutoReplyForm } from './autoReplyForm';

/** Creates an auto-reply for a number or a keyword, optionally only for messages containing some text. */
export function AutoReplyDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const form = useForm<AutoReplyForm>({ resolver: zodResolver(autoReplySchema), defaultValues: emptyAutoReply });
  const create = useFormMutation(textMutations.createAutoReply(), form.setError, [
    'number',
    'keyword',
    'match',
    'message',
  ]);
  const target = useWatch({ control: form.control, name: 'target' });
  const close = () => {
    form.reset(emptyAutoReply);
    onClose();
  };
  const submit = form.handleSubmit((values) =>
    create.mutate(toAutoReply(values), {
      onSuccess: () => {
        notify('Auto-reply created', 'success');
        close();
      },
    }),
  );
  return (
    <FormDialog
      open={open}
      title="New auto-reply"
      description="Every inbound text that matches gets this reply at once."
      submitLabel="Create auto-reply"
      onSubmit={submit}
      onClose={close}
      pending={create.isPending}
      formError={form.formState.errors.root?.server?.message}
    >
      <Stack spacing={2}>
        <Controller
          control={form.control}
          name="target"
          render={({ field }) => (
            <RadioGroup row aria-label="Reply to texts sent to" {...field}>
              <FormControlLabel value="number" control={<Radio />} label="A number" />
              <FormControlLabel value="keyword" control={<Radio />} label="A keyword (short code 67076)" />
            </RadioGroup>
          )}
        />
        {target === 'number' ? (
          <TextSenderSelect control={form.control} name="number" label="Number" />
        ) : (
          <FormTextField
            control={form.control}
            name="keyword"
            label="Keyword"
            helperText="The first word of the text"
          />
        )}
        <FormTextField
          control={form.control}
          name="match"
          label="Only texts containing (optional)"
          helperText="Ignoring case; leave empty to answer every text"
        />
        <TextMessageField control={form.control} name="message" label="Reply" />
      </Stack>
    </FormDialog>
  );
}
