import { Alert, Button, Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useForm, type DefaultValues } from 'react-hook-form';
import { useNavigate, useParams } from 'react-router';
import { broadcastResource, type BroadcastKind } from '../../api/resources/broadcasts';
import { Page } from '../../components/Page';
import { PageSkeleton } from '../../components/PageSkeleton';
import { Section } from '../../components/Section';
import { useFormMutation } from '../../components/form/useFormMutation';
import { useOpenWhenCreated } from '../../lib/useOpenWhenCreated';
import { broadcastPath } from './broadcastKinds';
import { CallMeFirstButton } from './CallMeFirstButton';
import type { CallMeFirstSource } from './CallMeFirstDialog';
import type { KindForm } from './kindForm';
import { ScheduleFields } from './ScheduleFields';
import { SchedulePreview, type PreviewForm } from './SchedulePreview';
import { textForm } from './textForm';
import { voiceForm } from './voiceForm';

interface FormPageProps<K extends BroadcastKind, Values extends PreviewForm> {
  kind: K;
  model: KindForm<K, Values>;
}

/** A new or saved broadcast of either kind: its kind's sections, the schedules, and save, start or test. */
function BroadcastForm<K extends BroadcastKind, Values extends PreviewForm>({
  kind,
  model,
  initial,
  broadcastId,
}: FormPageProps<K, Values> & { initial: Values; broadcastId?: number }) {
  const navigate = useNavigate();
  const resource = broadcastResource(kind);
  const form = useForm<Values>({ resolver: model.resolver, defaultValues: initial as DefaultValues<Values> });
  const { handleSubmit, setError, formState } = form;
  const create = useFormMutation(resource.mutations.create(), setError, model.serverFields);
  const update = useFormMutation(resource.mutations.update(broadcastId ?? 0), setError, model.serverFields);
  const [openBroadcast, warning] = useOpenWhenCreated(formState.isDirty, (id) => broadcastPath(kind, id));
  const creating = broadcastId === undefined;

  const save = (start: boolean) =>
    handleSubmit((values) => {
      if (model.check && !model.check(values, setError)) return;
      const broadcast = model.broadcastOf(values);
      if (broadcastId === undefined)
        create.mutate({ broadcast, start }, { onSuccess: (created) => openBroadcast(created.id) });
      else update.mutate(broadcast, { onSuccess: () => openBroadcast(broadcastId) });
    });

  const rootError = formState.errors.root?.server?.message;
  const pending = create.isPending || update.isPending;
  // The test sends what the form holds now; `kind` and `broadcastOf` belong to the same kind.
  const testSource = { kind, broadcastOf: () => model.broadcastOf(form.getValues()) } as CallMeFirstSource;
  return (
    <Stack component="form" spacing={3} noValidate onSubmit={save(false)}>
      {warning}
      <model.Sections form={form} />
      <Section title="Schedules">
        <ScheduleFields control={form.control} />
      </Section>
      <Section title="Schedule preview">
        <SchedulePreview control={form.control} kind={kind} />
      </Section>
      {creating && (
        <Section title="Initial recipients">
          <model.Recipients form={form} />
        </Section>
      )}
      {rootError && <Alert severity="error">{rootError}</Alert>}
      <Stack direction="row" spacing={2}>
        <Button type="submit" variant="contained" disabled={pending}>
          {creating ? 'Create broadcast' : 'Save changes'}
        </Button>
        {creating && (
          <Button variant="outlined" disabled={pending} onClick={save(true)}>
            Create and start
          </Button>
        )}
        <Button onClick={() => navigate(broadcastPath(kind, broadcastId))}>Cancel</Button>
        <CallMeFirstButton {...testSource} />
      </Stack>
    </Stack>
  );
}

function NewBroadcast<K extends BroadcastKind, Values extends PreviewForm>(props: FormPageProps<K, Values>) {
  return (
    <Page title={`New ${props.kind} broadcast`}>
      <BroadcastForm {...props} initial={props.model.defaults()} />
    </Page>
  );
}

function EditBroadcast<K extends BroadcastKind, Values extends PreviewForm>(props: FormPageProps<K, Values>) {
  const id = Number(useParams().id);
  const { data: broadcast } = useQuery({ ...broadcastResource(props.kind).detail(id), refetchInterval: false });
  if (!broadcast) return <PageSkeleton />;
  const fallback = props.kind === 'voice' ? `broadcast ${id}` : `text broadcast ${id}`;
  return (
    <Page title={`Edit ${broadcast.name ?? fallback}`}>
      <BroadcastForm {...props} initial={props.model.valuesOf(broadcast)} broadcastId={id} />
    </Page>
  );
}

export const NewBroadcastPage = () => <NewBroadcast kind="voice" model={voiceForm} />;
export const EditBroadcastPage = () => <EditBroadcast kind="voice" model={voiceForm} />;
export const NewTextBroadcastPage = () => <NewBroadcast kind="text" model={textForm} />;
export const EditTextBroadcastPage = () => <EditBroadcast kind="text" model={textForm} />;
