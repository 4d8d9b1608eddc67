import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/Edit';
import { Alert, Box, Button, Chip, Link, Skeleton, Stack, Typography } from '@mui/material';
import { useQuery, useMutation } from '@tanstack/react-query';
import { Link as RouterLink, useParams } from 'react-router';
import { DataTable, type TableColumn } from '../../components/DataTable';
import { DetailList } from '../../components/DetailList';
import { Page } from '../../components/Page';
import { PageSkeleton } from '../../components/PageSkeleton';
import { useConfirm } from '../../components/useConfirm';
import { formatDateTime } from '../../lib/format';
import { notify } from '../../lib/notifications';
import { formatPhone } from '../../lib/phone';
import { PHONE_FIELDS, TEXT_FIELDS } from './contactFields';
import { contactName } from './contactFormat';
import { historyTimeline } from './contactHistory';
import { Section } from '../../components/Section';
import { StatusChip } from '../../components/StatusChip';
import {
  ACTION_STATE,
  CALL_RESULT,
  TEXT_RESULT,
  type ActionState,
  type CallResult,
  type TextResult,
} from '../../lib/vocabulary';
import {
  type Contact,
  contactHistoryQuery,
  contactMembershipsQuery,
  contactMutations,
  contactQuery,
  HISTORY_LIMIT,
  MEMBERSHIP_LISTS_CHECKED,
} from '../../api/resources/contacts';

function Memberships({ id }: { id: number }) {
  const { data } = useQuery(contactMembershipsQuery(id));
  if (!data) return <Skeleton variant="rounded" height={40} role="status" aria-label="Loading lists" />;
  return (
    <>
      {data.lists.length === 0 ? (
        <Typography>Not in any list.</Typography>
      ) : (
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', gap: 1 }}>
          {data.lists.map((list) => (
            <Chip key={list.id} label={list.name} component={RouterLink} to={`/contacts/lists/${list.id}`} clickable />
          ))}
        </Stack>
      )}
      {!data.checkedAll && (
        <Typography variant="body2" sx={{ mt: 1, color: 'text.secondary' }}>
          Only the newest {MEMBERSHIP_LISTS_CHECKED} lists were checked.
        </Typography>
      )}
    </>
  );
}

type HistoryEntry = ReturnType<typeof historyTimeline>[number];

const HISTORY_COLUMNS: TableColumn<HistoryEntry>[] = [
  {
    header: 'When',
    cell: ({ kind, action }) => (
      <Link component={RouterLink} to={`/${kind}s/${action.id}`}>
        {formatDateTime(action.created)}
      </Link>
    ),
  },
  {
    header: 'Kind',
    cell: ({ kind, action }) => `${kind === 'call' ? 'Call' : 'Text'}${action.inbound ? ' (inbound)' : ''}`,
  },
  { header: 'From', cell: ({ action }) => formatPhone(action.fromNumber) },
  { header: 'To', cell: ({ action }) => formatPhone(action.toNumber) },
  {
    header: 'Result',
    cell: ({ action }) =>
      action.finalCallResult ? (
        <StatusChip terms={CALL_RESULT} code={action.finalCallResult as CallResult} />
      ) : action.finalTextResult ? (
        <StatusChip terms={TEXT_RESULT} code={action.finalTextResult as TextResult} />
      ) : (
        <StatusChip terms={ACTION_STATE} code={action.state as ActionState | undefined} />
      ),
  },
  { header: 'Message', cell: ({ action }) => action.message ?? '' },
];

function History({ id }: { id: number }) {
  const { data } = useQuery(contactHistoryQuery(id));
  if (!data) return <Skeleton variant="rounded" height={80} role="status" aria-label="Loading history" />;
  const timeline = historyTimeline(data);
  if (timeline.length === 0) return <Typography>No calls or texts with this contact yet.</Typography>;
  return (
    <>
      <DataTable
        label="Calls and texts"
        columns={HISTORY_COLUMNS}
        rows={timeline}
        rowKey={({ kind, action }) => `${kind}-${action.id}`}
      />
      {(data.calls?.length === HISTORY_LIMIT || data.texts?.length === HISTORY_LIMIT) && (
        <Typography variant="body2" sx={{ mt: 1, color: 'text.secondary' }}>
          Showing the newest {HISTORY_LIMIT} calls and {HISTORY_LIMIT} texts.
        </Typography>
      )}
    </>
  );
}

function details(contact: Contact) {
  return [
    { label: 'Contact id', value: contact.id },
    ...TEXT_FIELDS.map(([field, label]) => ({ label, value: contact[field] })),
    ...PHONE_FIELDS.map(([field, label]) => ({
      label,
      value: contact[field] ? formatPhone(contact[field]) : undefined,
    })),
  ];
}

/** One contact: its fields, custom properties, lists and history; deleted contacts still open, marked. */
export function ContactDetailPage() {
  const id = Number(useParams().id);
  const { data: contact } = useQuery(contactQuery(id));
  const [confirm, confirmDialog] = useConfirm();
  const deleteContacts = useMutation(contactMutations.delete());
  if (!contact) return <PageSkeleton />;

  const remove = async () => {
    const confirmed = await confirm({
      title: `Delete ${contactName(contact)}?`,
      message:
        'The contact leaves searches and every list. This page still opens, marked deleted, and the history is kept.',
      confirmLabel: 'Delete',
      destructive: true,
    });
    if (!confirmed) return;
    deleteContacts.mutate({ ids: [id] }, { onSuccess: () => notify('Contact deleted', 'success') });
  };

  return (
    <Page
      title={contactName(contact)}
      actions={
        !contact.deleted && (
          <>
            <Button startIcon={<EditIcon />} component={RouterLink} to={`/contacts/${id}/edit`}>
              Edit
            </Button>
            <Button color="error" startIcon={<DeleteOutlineIcon />} onClick={() => void remove()}>
              Delete
            </Button>
          </>
        )
      }
    >
      {confirmDialog}
      {contact.deleted && (
        <Alert severity="warning" sx={{ mb: 3 }}>
          This contact was deleted. It no longer appears in searches or lists.
        </Alert>
      )}
      <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { lg: '2fr 3fr' }, alignItems: 'start' }}>
        <Stack spacing={3}>
          <Section title="Details">
            <DetailList details={details(contact)} />
          </Section>
          <Section title="Custom properties">
            {Object.keys(contact.properties ?? {}).length === 0 ? (
              <Typography>None.</Typography>
            ) : (
              <DetailList
                details={Object.entries(contact.properties ?? {}).map(([label, value]) => ({ label, value }))}
              />
            )}
          </Section>
          <Section title="Lists">
            {contact.deleted ? (
              <Typography>None: deleted contacts leave every list.</Typography>
            ) : (
              <Memberships id={id} />
            )}
          </Section>
        </Stack>
        <Section title="History">
          <History id={id} />
        </Section>
      </Box>
    </Page>
  );
}
