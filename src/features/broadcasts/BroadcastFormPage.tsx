import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useNavigate, useParams } from 'react-router';
import { Page } from '../../components/Page';
import { PageSkeleton } from '../../components/PageSkeleton';
import { Section } from '../../components/Section';
import { useFormMutation } from '../../components/form/useFormMutation';
import { useOpenWhenCreated } from '../../lib/useOpenWhenCreated';
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
import { ScheduleFields } from './ScheduleFields';
import { SchedulePreview } from './SchedulePreview';
import { CallMeFirstButton } from './CallMeFirstDialog';
import { broadcastMutations, broadcastQuery } from '../../api/resources/broadcasts';

function BroadcastForm({ initial, broadcastId }: { initial: BroadcastFormValues; broadcastId?: number }) {
  const navigate = useNavigate();
  const form = useForm<BroadcastFormValues>({ resolver: zodResolver(broadcastFormSchema), defaultValues: initial });
  const { handleSubmit, setError, formState } = form;
  const create = useFormMutation(broadcastMutations.create(), setError, BROADCAST_SERVER_FIELDS);
  const update = useFormMutation(broadcastMutations.update(broadcastId ?? 0), setError, BROADCAST_SERVER_FIELDS);
  const [openBroadcast, warning] = useOpenWhenCreated(formState.isDirty, (id) => `/broadcasts/voice/${id}`);

  const save = (start: boolean) =>
    handleSubmit((values) => {
      if (values.kind === 'ivr') {
        const problem = xmlProblem(values.dialplanXml);
        if (problem) return setError('dialplanXml', { type: 'xml', message: problem }, { shouldFocus: true });
      }
      const broadcast = broadcastOf(values);
      if (broadcastId === undefined)
        create.mutate({ broadcast, start }, { onSuccess: (created) => openBroadcast(created.id) });
      else update.mutate(broadcast, { onSuccess: () => openBroadcast(broadcastId) });
    });

  const rootError = formState.errors.root?.server?.message;
  const pending = create.isPending || update.isPending;
  return (
    <Stack component="form" spacing={3} noValidate onSubmit={save(false)}>
      {warning}
      <Section title="General">
        <GeneralFields form={form} />
      </Section>
      <Section title="What the call plays">
        <MessageFields form={form} />
      </Section>
      <Section title="Dialling">
        <DeliveryFields form={form} />
      </Section>
      <Section title="Schedules">
        <ScheduleFields control={form.control} />
      </Section>
      <Section title="Schedule preview">
        <SchedulePreview control={form.control} kind="voice" />
      </Section>
      {broadcastId === undefined && (
        <Section title="Initial recipients">
          <RecipientsField form={form} />
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
          onClick={() => navigate(broadcastId === undefined ? '/broadcasts/voice' : `/broadcasts/voice/${broadcastId}`)}
        >
          Cancel
        </Button>
        <CallMeFirstButton kind="voice" broadcastOf={() => broadcastOf(form.getValues())} />
      </Stack>
    </Stack>
  );
}

export function NewBroadcastPage() {
  return (
    <Page title="New voice broadcast">
      <BroadcastForm initial={defaultFormValues()} />
    </Page>
  );
}

export function EditBroadcastPage() {
  const id = Number(useParams().id);
  const { data: broadcast } = useQuery({ ...broadcastQuery(id), refetchInterval: false });
  if (!broadcast) return <PageSkeleton />;
  return (
    <Page title={`Edit ${broadcast.name ?? `broadcast ${id}`}`}>
      <BroadcastForm initial={formValuesOf(broadcast)} broadcastId={id} />
    </Page>
  );
}
