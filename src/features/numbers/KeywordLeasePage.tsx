import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useParams } from 'react-router';
import { z } from 'zod';
import { contactListsQuery } from '../../api/resources/contactLists';
import { keywordLeaseQuery, numberMutations, type KeywordLease } from '../../api/resources/numbers';
import { DetailList } from '../../components/DetailList';
import { FormSelect } from '../../components/form/FormSelect';
import { FormTextField } from '../../components/form/FormTextField';
import { FormToggle } from '../../components/form/FormToggle';
import { useFormMutation } from '../../components/form/useFormMutation';
import { Page } from '../../components/Page';
import { PageSkeleton } from '../../components/PageSkeleton';
import { Section } from '../../components/Section';
import { formatDate } from '../../lib/format';
import { notify } from '../../lib/notifications';
import { StatusChip } from '../../components/StatusChip';
import { LEASE_STATUS } from '../../lib/vocabulary';

const schema = z.object({
  autoRenew: z.boolean(),
  doubleOptInEnabled: z.boolean(),
  optInConfirmationMessage: z.string().trim().max(160, 'At most 160 characters, one text message'),
  contactListId: z.union([z.number().int().positive(), z.literal('')]),
});
type KeywordLeaseValues = z.infer<typeof schema>;

const formValues = (lease: KeywordLease): KeywordLeaseValues => ({
  autoRenew: Boolean(lease.autoRenew),
  doubleOptInEnabled: Boolean(lease.doubleOptInEnabled),
  optInConfirmationMessage: lease.optInConfirmationMessage ?? '',
  contactListId: lease.contactListId ?? '',
});

/** How many lists the picker offers: the newest ones. */
const LIST_CHOICES = 100;

function KeywordLeaseForm({ lease }: { lease: KeywordLease }) {
  const keyword = lease.keyword!;
  const { control, handleSubmit, setError, reset, formState } = useForm<KeywordLeaseValues>({
    resolver: zodResolver(schema),
    defaultValues: formValues(lease),
  });
  const { data: lists } = useQuery(contactListsQuery('', { offset: 0, limit: LIST_CHOICES }));
  const update = useFormMutation(numberMutations.updateKeywordLease(), setError, [
    'autoRenew',
    'doubleOptInEnabled',
    'optInConfirmationMessage',
    'contactListId',
  ]);
  const listOptions: { value: number | ''; label: string }[] = [
    { value: '', label: 'No list' },
    ...(lists?.items ?? []).map((list) => ({ value: list.id!, label: list.name ?? `List ${list.id}` })),
  ];
  const onSubmit = handleSubmit((values) =>
    update.mutate(
      {
        keyword,
        changes: {
          autoRenew: values.autoRenew,
          doubleOptInEnabled: values.doubleOptInEnabled,
          optInConfirmationMessage: values.optInConfirmationMessage || undefined,
          contactListId: values.contactListId === '' ? undefined : values.contactListId,
        },
      },
      {
        onSuccess: () => {
          reset(values);
          notify(`Saved ${keyword}`, 'success');
        },
      },
    ),
  );
  return (
    <Stack component="form" noValidate onSubmit={onSubmit} spacing={2} aria-label={`Settings of ${keyword}`}>
      <FormToggle control={control} name="autoRenew" label="Renew the lease every month" kind="switch" />
      <FormSelect
        control={control}
        name="contactListId"
        label="Contact list people join by texting the keyword"
        options={listOptions}
        helperText="Once a list is set, CallFire keeps one; choose another to change it."
      />
      <FormToggle
        control={control}
        name="doubleOptInEnabled"
        label="Ask people to confirm before they join"
        kind="switch"
      />
      <FormTextField
        control={control}
        name="optInConfirmationMessage"
        label="Confirmation message"
        multiline
        minRows={2}
        fullWidth
      />
      {formState.errors.root?.server && <Alert severity="error">{formState.errors.root.server.message}</Alert>}
      <Stack direction="row" spacing={1}>
        <Button type="submit" variant="contained" disabled={update.isPending || !formState.isDirty}>
          Save
        </Button>
        <Button disabled={!formState.isDirty} onClick={() => reset(formValues(lease))}>
          Discard changes
        </Button>
      </Stack>
    </Stack>
  );
}

/** One leased keyword: its lease and what happens when people text it. */
export function KeywordLeasePage() {
  const { keyword = '' } = useParams();
  const { data: lease } = useQuery(keywordLeaseQuery(keyword));
  if (!lease) return <PageSkeleton />;
  return (
    <Page title={`Keyword ${lease.keyword}`}>
      <Stack spacing={3}>
        <Section title="Lease">
          <DetailList
            details={[
              { label: 'Short code', value: lease.shortCode },
              { label: 'Status', value: <StatusChip terms={LEASE_STATUS} code={lease.status} /> },
              { label: 'Leased since', value: formatDate(lease.leaseBegin) },
              { label: lease.autoRenew ? 'Renews on' : 'Ends on', value: formatDate(lease.leaseEnd) },
            ]}
          />
        </Section>
        <Section title="Settings">
          <KeywordLeaseForm key={JSON.stringify(lease)} lease={lease} />
        </Section>
      </Stack>
    </Page>
  );
}
