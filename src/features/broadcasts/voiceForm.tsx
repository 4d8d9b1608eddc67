import { zodResolver } from '@hookform/resolvers/zod';
import { Section } from '../../components/Section';
import { xmlProblem } from '../../lib/xml';
import {
  BROADCAST_SERVER_FIELDS,
  broadcastFormSchema,
  broadcastOf,
  defaultFormValues,
  formValuesOf,
  type BroadcastFormValues,
} from './broadcastForm';
import { DeliveryFields, GeneralFields, MessageFields, RecipientsField } from './BroadcastFormFields';
import type { KindForm } from './kindForm';
import type { UseFormReturn } from 'react-hook-form';

function VoiceSections({ form }: { form: UseFormReturn<BroadcastFormValues> }) {
  return (
    <>
      <Section title="General">
        <GeneralFields form={form} />
      </Section>
      <Section title="What the call plays">
        <MessageFields form={form} />
      </Section>
      <Section title="Dialling">
        <DeliveryFields form={form} />
      </Section>
    </>
  );
}

/** A voice broadcast's form: what the call plays (sounds or an IVR dialplan) and how it dials. */
export const voiceForm: KindForm<'voice', BroadcastFormValues> = {
  resolver: zodResolver(broadcastFormSchema),
  serverFields: BROADCAST_SERVER_FIELDS,
  defaults: defaultFormValues,
  valuesOf: formValuesOf,
  broadcastOf,
  check: (values, setError) => {
    const problem = values.kind === 'ivr' ? xmlProblem(values.dialplanXml) : undefined;
    if (problem) setError('dialplanXml', { type: 'xml', message: problem }, { shouldFocus: true });
    return !problem;
  },
  Sections: VoiceSections,
  Recipients: RecipientsField,
};
