import { zodResolver } from '@hookform/resolvers/zod';
import { Stack, TextField } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import { FormSelect } from '../../components/form/FormSelect';
import { FormTextField } from '../../components/form/FormTextField';
import { Section } from '../../components/Section';
import { TextMessageField } from '../../components/TextMessageField';
import { TextSenderSelect } from '../../components/TextSenderSelect';
import { countLabel } from '../../lib/format';
import { formatPhone } from '../../lib/phone';
import { BIG_MESSAGE_STRATEGY } from '../../lib/vocabulary';
import type { KindForm } from './kindForm';
import { LabelsField } from './LabelsField';
import { MediaAttachmentsField } from './MediaAttachmentsField';
import { parseAttributes, parseRecipientLines } from './recipientLines';
import {
  defaultTextFormValues,
  TEXT_BROADCAST_SERVER_FIELDS,
  textBroadcastFormSchema,
  textBroadcastOf,
  textFormValuesOf,
  type TextBroadcastFormValues,
} from './textBroadcastForm';
import { TimingFields } from './TimingFields';

type FormProps = { form: UseFormReturn<TextBroadcastFormValues> };

const STRATEGY_OPTIONS = Object.entries(BIG_MESSAGE_STRATEGY).map(([value, label]) => ({ value, label }));

/** The recipient the message preview is for: the first initial recipient, or attributes typed for it. */
function previewSample(recipients: string, typed: string) {
  const first = parseRecipientLines(recipients).recipients[0];
  return first
    ? { description: formatPhone(first.phoneNumber), attributes: first.attributes ?? {} }
    : { description: 'the sample attributes', attributes: parseAttributes(typed) };
}

/** A section of fields one above the other. */
function StackedSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Section title={title}>
      <Stack spacing={2}>{children}</Stack>
    </Section>
  );
}

function TextSections({ form: { control } }: FormProps) {
  const [sampleAttributes, setSampleAttributes] = useState('');
  const [recipients, strategy] = useWatch({ control, name: ['recipients', 'bigMessageStrategy'] });
  return (
    <>
      <StackedSection title="General">
        <FormTextField control={control} name="name" label="Name" required />
        <LabelsField control={control} />
        <TextSenderSelect control={control} name="fromNumber" />
      </StackedSection>
      <StackedSection title="Text message">
        <TextMessageField
          control={control}
          name="message"
          label="Message"
          sample={previewSample(recipients, sampleAttributes)}
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
      </StackedSection>
      <StackedSection title="Sending">
        <FormTextField
          control={control}
          name="maxActive"
          label="Most texts on their way at once"
          type="number"
          slotProps={{ htmlInput: { min: 1, max: 1000 } }}
        />
        <TimingFields control={control} verb="text" />
      </StackedSection>
    </>
  );
}

function TextRecipients({ form: { control } }: FormProps) {
  const recipients = useWatch({ control, name: 'recipients' });
  return (
    <FormTextField
      control={control}
      name="recipients"
      label="Recipients"
      multiline
      minRows={4}
      fullWidth
      helperText={`${countLabel(parseRecipientLines(recipients).recipients.length, 'recipient')}; one a line: number, then name=value attributes, e.g. (213) 555-0100, first=Ann`}
    />
  );
}

/** A text broadcast's form: its message with a live preview, attachments and sending pace. */
export const textForm: KindForm<'text', TextBroadcastFormValues> = {
  resolver: zodResolver(textBroadcastFormSchema),
  serverFields: TEXT_BROADCAST_SERVER_FIELDS,
  defaults: defaultTextFormValues,
  valuesOf: textFormValuesOf,
  broadcastOf: textBroadcastOf,
  Sections: TextSections,
  Recipients: TextRecipients,
};
