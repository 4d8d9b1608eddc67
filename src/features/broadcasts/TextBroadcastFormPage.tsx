import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Stack, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useNavigate, useParams } from 'react-router';
import { textBroadcastMutations, textBroadcastQuery } from '../../api/resources/textBroadcasts';
import { FormSelect } from '../../components/form/FormSelect';
import { FormTextField } from '../../components/form/FormTextField';
import { Page } from '../../components/Page';
import { PageSkeleton } from '../../components/PageSkeleton';
import { Section } from '../../components/Section';
import { TextMessageField } from '../../components/TextMessageField';
import { TextSenderSelect } from '../../components/TextSenderSelect';
import { formatPhone } from '../../lib/phone';
import { useFormMutation } from '../../components/form/useFormMutation';
import { useOpenWhenCreated } from '../../lib/useOpenWhenCreated';
import { BIG_MESSAGE_STRATEGY } from '../../lib/vocabulary';
import { LabelsField } from './LabelsField';
import { MediaAttachmentsField } from './MediaAttachmentsField';
import { ScheduleFields } from './ScheduleFields';
import { SchedulePreview } from './SchedulePreview';
import { CallMeFirstButton } from './CallMeFirstDialog';
import {
  defaultTextFormValues,
  TEXT_BROADCAST_SERVER_FIELDS,
  textBroadcastFormSchema,
  textBroadcastOf,
  textFormValuesOf,
  type TextBroadcastFormValues,
} from './textBroadcastForm';
import { parseAttributes, parseRecipientLines } from './recipientLines';
import { TimingFields } from './TimingFields';
import { countLabel } from '../../lib/format';

const STRATEGY_OPTIONS = Object.entries(BIG_MESSAGE_STRATEGY).map(([value, label]) => ({ value, label }));

/** The recipient the message preview is for: the first initial recipient, or attributes typed for it. */
function previewSample(recipients: string, typed: string) {
  const first = parseRecipientLines(recipients).recipients[0];
  return first
    ? { description: formatPhone(first.phoneNumber), attributes: first.attributes ?? {} }
    : { description: 'the sample attributes', attributes: parseAttributes(typed) };
}

function TextBroadcastForm({ initial, broadcastId }: { initial: TextBroadcastFormValues; broadcastId?: number }) {
  const navigate = useNavigate();
  const [sampleAttributes, setSampleAttributes] = useState('');
  const form = useForm<TextBroadcastFormValues>({
    resolver: zodResolver(textBroadcastFormSchema),
    defaultValues: initial,
  });
  const { control, handleSubmit, setError, formState } = form;
  const create = useFormMutation(textBroadcastMutations.create(), setError, TEXT_BROADCAST_SERVER_FIELDS);
  const update = useFormMutation(
    textBroadcastMutations.update(broadcastId ?? 0),
    setError,
    TEXT_BROADCAST_SERVER_FIELDS,
  );
  const [openBroadcast, warning] = useOpenWhenCreated(formState.isDirty, (id) => `/broadcasts/text/${id}`);
  const [recipients, strategy] = useWatch({ control, name: ['recipients', 'bigMessageStrategy'] });
  const sample = previewSample(recipients, sampleAttributes);

  const save = (start: boolean) =>
    handleSubmit((values) => {
      const broadcast = textBroadcastOf(values);
      if (broadcastId === undefined)
        create.mutate({ broadcast, start }, { onSuccess: (created) => openBroadcast(created.id) });
      else update.mutate(broadcast, { onSuccess: () => openBroadcast(broadcastId) });
    });
  const pending = create.isPending || update.isPending;

  const rootError = formState.errors.root?.server?.message;
  return (
    <Stack component="form" spacing={3} noValidate onSubmit={save(false)}>
      {warning}
      <Section title="General">
        <Stack spacing={2}>
          <FormTextField control={control} name="name" label="Name" required />
          <LabelsField control={control} />
          <TextSenderSelect control={control} name="fromNumber" />
        </Stack>
      </Section>
      <Section title="Text message">
        <Stack spacing={2}>
          <TextMessageField
            control={control}
            name="message"
            label="Message"
            sample={sample}
            strategy={strategy}
            helperText="${name} puts in a recipient's attribute"
          />
          {!parseRecipientLines(recipients).recipients.length && (
            <TextField
              size="small"
              label="Sample attributes for the preview"
              value={sampleAttributes}
              onChange={(event) => setSampleAttributes(event.target.value)}
              helperText="name=value pairs separated by commas, e.g. first=Ann, time=9:30"
            />
          )}
          <FormSelect
            control={control}
            name="bigMessageStrategy"
            label="Over 160 characters"
            options={STRATEGY_OPTIONS}
          />
          <Controller
            control={control}
            name="mediaIds"
            render={({ field, fieldState }) => (
              <MediaAttachmentsField value={field.value} onChange={field.onChange} error={fieldState.error?.message} />
            )}
          />
        </Stack>
      </Section>
      <Section title="Sending">
        <Stack spacing={2}>
          <FormTextField
            control={control}
            name="maxActive"
            label="Most texts on their way at once"
            type="number"
            slotProps={{ htmlInput: { min: 1, max: 1000 } }}
          />
          <TimingFields control={control} verb="text" />
        </Stack>
      </Section>
      <Section title="Schedules">
        <ScheduleFields control={control} />
      </Section>
      <Section title="Schedule preview">
        <SchedulePreview control={form.control} kind="text" />
      </Section>
      {broadcastId === undefined && (
        <Section title="Initial recipients">
          <FormTextField
            control={control}
            name="recipients"
            label="Recipients"
            multiline
            minRows={4}
            fullWidth
            helperText={`${countLabel(parseRecipientLines(recipients).recipients.length, 'recipient')}; one a line: number, then name=value attributes, e.g. (213) 555-0100, first=Ann`}
          />
        </Section>
      )}
      {rootError && <Alert severity="error">{rootError}</Alert>}
      <Stack direction="row" spacing={2}>
        <Button type="submit" variant="contained" disabled={pending}>
          {broadcastId === undefined ? 'Create broadcast' : 'Save changes'}
        </Button>
        {broadcastId === undefined && (
          <Button variant="outlined" disabled={pending} onClick={save(true)}>
            Create and start
          </Button>
        )}
        <Button
          onClick={() => navigate(broadcastId === undefined ? '/broadcasts/text' : `/broadcasts/text/${broadcastId}`)}
        >
          Cancel
        </Button>
        <CallMeFirstButton kind="text" broadcastOf={() => textBroadcastOf(form.getValues())} />
      </Stack>
    </Stack>
  );
}

export function NewTextBroadcastPage() {
  return (
    <Page title="New text broadcast">
      <TextBroadcastForm initial={defaultTextFormValues()} />
    </Page>
  );
}

export function EditTextBroadcastPage() {
  const id = Number(useParams().id);
  const { data: broadcast } = useQuery({ ...textBroadcastQuery(id), refetchInterval: false });
  if (!broadcast) return <PageSkeleton />;
  return (
    <Page title={`Edit ${broadcast.name ?? `text broadcast ${id}`}`}>
      <TextBroadcastForm initial={textFormValuesOf(broadcast)} broadcastId={id} />
    </Page>
  );
}
