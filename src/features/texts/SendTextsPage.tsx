import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, IconButton, Stack, Typography } from '@mui/material';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { textMutations } from '../../api/resources/texts';
import { FormPhoneListField } from '../../components/form/FormPhoneListField';
import { FormTextField } from '../../components/form/FormTextField';
import { useFormMutation } from '../../components/form/useFormMutation';
import { Page } from '../../components/Page';
import { SentActionsList } from '../../components/SentActionsList';
import { Section } from '../../components/Section';
import { TextMessageField } from '../../components/TextMessageField';
import { TextSenderSelect } from '../../components/TextSenderSelect';
import { emptySendTexts, MAX_RECIPIENTS, recipientsOf, sendTextsSchema, type SendTextsForm } from './sendTextsForm';

/** Texts many numbers now: one default message, and a message of their own for some. */
export function SendTextsPage() {
  const form = useForm<SendTextsForm>({ resolver: zodResolver(sendTextsSchema), defaultValues: emptySendTexts });
  const overrides = useFieldArray({ control: form.control, name: 'overrides' });
  const send = useFormMutation(textMutations.send(), form.setError, {
    'body.phoneNumber': 'numbers',
    'body.fromNumber': 'fromNumber',
    'body.message': 'defaultMessage',
    body: 'numbers',
    defaultMessage: 'defaultMessage',
  });
  const values = useWatch({ control: form.control }) as SendTextsForm;
  const count = recipientsOf({ ...emptySendTexts, ...values }).length;
  const submit = form.handleSubmit((valid) =>
    send.mutate(
      {
        recipients: recipientsOf(valid),
        query: valid.defaultMessage ? { defaultMessage: valid.defaultMessage } : {},
      },
      { onSuccess: () => form.reset({ ...emptySendTexts, fromNumber: valid.fromNumber }) },
    ),
  );
  return (
    <Page title="Send texts">
      <Stack component="form" spacing={3} noValidate onSubmit={submit}>
        <Section title="Recipients">
          <Stack spacing={2}>
            <FormPhoneListField control={form.control} name="numbers" label="Numbers to text" minRows={3} />
            <TextSenderSelect control={form.control} name="fromNumber" />
          </Stack>
        </Section>
        <Section title="Message">
          <TextMessageField
            control={form.control}
            name="defaultMessage"
            label="Message for everyone"
            helperText="recipients with a message of their own get theirs instead"
          />
        </Section>
        <Section
          title="Messages of their own"
          action={
            <Button startIcon={<AddIcon />} onClick={() => overrides.append({ phoneNumber: '', message: '' })}>
              Add a number
            </Button>
          }
        >
          {overrides.fields.length === 0 && (
            <Typography color="text.secondary">Everyone gets the message above.</Typography>
          )}
          <Stack spacing={2}>
            {overrides.fields.map((field, index) => (
              <Stack
                key={field.id}
                direction={{ xs: 'column', sm: 'row' }}
                spacing={1}
                sx={{ alignItems: 'flex-start' }}
              >
                <FormTextField
                  control={form.control}
                  name={`overrides.${index}.phoneNumber`}
                  label="Number"
                  sx={{ minWidth: 200 }}
                />
                <FormTextField
                  control={form.control}
                  name={`overrides.${index}.message`}
                  label="Its message"
                  multiline
                  fullWidth
                />
                <IconButton aria-label={`Remove number ${index + 1}`} onClick={() => overrides.remove(index)}>
                  <DeleteIcon />
                </IconButton>
              </Stack>
            ))}
          </Stack>
        </Section>
        {form.formState.errors.root?.server && (
          <Alert severity="error">{form.formState.errors.root.server.message}</Alert>
        )}
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Button type="submit" variant="contained" disabled={send.isPending}>
            Send texts
          </Button>
          <Typography variant="body2" color="text.secondary">
            {count} of at most {MAX_RECIPIENTS} recipients
          </Typography>
        </Stack>
        {send.data && <SentActionsList kind="text" items={send.data.items} />}
      </Stack>
    </Page>
  );
}
