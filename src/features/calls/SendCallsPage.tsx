import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Stack } from '@mui/material';
import { Controller, useForm } from 'react-hook-form';
import { callMutations } from '../../api/resources/calls';
import { CallerIdSelect } from '../../components/CallerIdSelect';
import { FormPhoneListField } from '../../components/form/FormPhoneListField';
import { useFormMutation } from '../../components/form/useFormMutation';
import { emptyMessage, MessageField } from '../../components/MessageField';
import { Page } from '../../components/Page';
import { SentActionsList } from '../../components/SentActionsList';
import { Section } from '../../components/Section';
import { recipientsOf, SEND_CALLS_SERVER_FIELDS, sendCallsSchema, type SendCallsValues } from './sendCallsForm';

/** Calls up to 10 numbers now, each with the same live and machine messages. */
export function SendCallsPage() {
  const { control, handleSubmit, setError, resetField, formState } = useForm<SendCallsValues>({
    resolver: zodResolver(sendCallsSchema),
    defaultValues: { numbers: '', fromNumber: '', live: { ...emptyMessage(), mode: 'tts' }, machine: emptyMessage() },
  });
  const send = useFormMutation(callMutations.send(), setError, SEND_CALLS_SERVER_FIELDS);
  const submit = handleSubmit((values) =>
    send.mutate({ recipients: recipientsOf(values), query: {} }, { onSuccess: () => resetField('numbers') }),
  );

  return (
    <Page title="Send calls">
      <Stack component="form" spacing={3} noValidate onSubmit={submit} aria-label="Send calls">
        <Section title="Recipients">
          <Stack spacing={2}>
            <FormPhoneListField control={control} name="numbers" label="Numbers to call" minRows={3} />
            <Controller
              control={control}
              name="fromNumber"
              render={({ field, fieldState }) => (
                <CallerIdSelect
                  value={field.value}
                  onChange={field.onChange}
                  error={fieldState.error?.message}
                  noneLabel="Account default"
                />
              )}
            />
          </Stack>
        </Section>
        <Section title="Messages">
          <Stack spacing={3}>
            <Controller
              control={control}
              name="live"
              render={({ field, fieldState }) => (
                <MessageField
                  label="Live answer message"
                  value={field.value}
                  onChange={field.onChange}
                  error={fieldState.error?.message}
                  optional={false}
                />
              )}
            />
            <Controller
              control={control}
              name="machine"
              render={({ field, fieldState }) => (
                <MessageField
                  label="Answering machine message"
                  value={field.value}
                  onChange={field.onChange}
                  error={fieldState.error?.message}
                />
              )}
            />
          </Stack>
        </Section>
        {formState.errors.root?.server && <Alert severity="error">{formState.errors.root.server.message}</Alert>}
        <Stack direction="row">
          <Button type="submit" variant="contained" disabled={send.isPending}>
            Send calls
          </Button>
        </Stack>
        {send.data && <SentActionsList kind="call" items={send.data.items} />}
      </Stack>
    </Page>
  );
}
