import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate, useParams } from 'react-router';
import { Page } from '../../components/Page';
import { PageSkeleton } from '../../components/PageSkeleton';
import { Section } from '../../components/Section';
import { ApiError, errorMessage } from '../../api/ApiError';
import { applyServerError } from '../../lib/serverFieldErrors';
import { useUnsavedChangesWarning } from '../../lib/useUnsavedChangesWarning';
import { xmlProblem } from '../../lib/xml';
import {
  type SoundName,
  broadcastFormSchema,
  broadcastOf,
  defaultFormValues,
  formValuesOf,
  type BroadcastFormValues,
} from './broadcastForm';
import { broadcastQuery } from './broadcastQueries';
import { DeliveryFields, GeneralFields, MessageFields, RecipientsField } from './BroadcastFormFields';
import { ScheduleFields } from './ScheduleFields';
import { useCreateBroadcast, useUpdateBroadcast } from './useBroadcastMutations';

const SERVER_FIELDS = [
  'name',
  'fromNumber',
  'dialplanXml',
  'maxActive',
  'transferNumber',
  'dncDigit',
  'schedules',
  'recipients',
  'labels',
] as const;

/** The sandbox names a message's sound as `sounds.liveSoundId`; the form holds it as `live`. */
function soundFieldOf(error: unknown) {
  const text = errorMessage(error);
  const field = /sounds\.(live|machine|transfer|dnc)Sound/.exec(text)?.[1] as SoundName | undefined;
  return error instanceof ApiError && error.status === 400 && field ? { field, text } : undefined;
}

function BroadcastForm({ initial, broadcastId }: { initial: BroadcastFormValues; broadcastId?: number }) {
  const navigate = useNavigate();
  const create = useCreateBroadcast();
  const update = useUpdateBroadcast(broadcastId ?? 0);
  const [savedId, setSavedId] = useState<number>();
  const form = useForm<BroadcastFormValues>({ resolver: zodResolver(broadcastFormSchema), defaultValues: initial });
  const { handleSubmit, setError, formState } = form;
  const warning = useUnsavedChangesWarning(formState.isDirty && savedId === undefined);

  useEffect(() => {
    if (savedId !== undefined) navigate(`/broadcasts/voice/${savedId}`);
  }, [savedId, navigate]);

  const save = (start: boolean) =>
    handleSubmit(async (values) => {
      if (values.kind === 'ivr') {
        const problem = xmlProblem(values.dialplanXml);
        if (problem) return setError('dialplanXml', { type: 'xml', message: problem }, { shouldFocus: true });
      }
      try {
        const broadcast = broadcastOf(values);
        if (broadcastId === undefined) setSavedId((await create.mutateAsync({ broadcast, start })).id);
        else {
          await update.mutateAsync(broadcast);
          setSavedId(broadcastId);
        }
      } catch (error) {
        const message = soundFieldOf(error);
        if (message) setError(message.field, { type: 'server', message: message.text }, { shouldFocus: true });
        else applyServerError(error, setError, SERVER_FIELDS);
      }
    });

  const rootError = formState.errors.root?.server?.message;
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
        <ScheduleFields control={form.control} register={form.register} errors={formState.errors} />
        {formState.errors.schedules?.message && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {formState.errors.schedules.message}
          </Alert>
        )}
      </Section>
      {broadcastId === undefined && (
        <Section title="Initial recipients">
          <RecipientsField form={form} />
        </Section>
      )}
      {rootError && <Alert severity="error">{rootError}</Alert>}
      <Stack direction="row" spacing={2}>
        <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
          {broadcastId === undefined ? 'Create broadcast' : 'Save changes'}
        </Button>
        {broadcastId === undefined && (
          <Button variant="outlined" disabled={formState.isSubmitting} onClick={save(true)}>
            Create and start
          </Button>
        )}
        <Button
          onClick={() => navigate(broadcastId === undefined ? '/broadcasts/voice' : `/broadcasts/voice/${broadcastId}`)}
        >
          Cancel
        </Button>
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
