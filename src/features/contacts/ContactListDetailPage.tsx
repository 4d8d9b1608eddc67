import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/Edit';
import RemoveCircleOutlineIcon from '@mui/icons-material/RemoveCircleOutlined';
import { Button, Card, CardContent, Stack, Typography } from '@mui/material';
import type { GridColDef } from '@mui/x-data-grid';
import { useQuery, useMutation } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { DetailList } from '../../components/DetailList';
import { Page } from '../../components/Page';
import { PageSkeleton } from '../../components/PageSkeleton';
import { ServerDataGrid } from '../../components/ServerDataGrid';
import { useConfirm } from '../../components/useConfirm';
import { formatDateTime } from '../../lib/format';
import { notify } from '../../lib/notifications';
import { useListParams } from '../../lib/useListParams';
import { contactColumns } from './contactColumns';
import { contactName } from './contactFormat';
import { CsvExportButton } from '../../components/CsvExportButton';
import { contactCsvColumns } from './contactFormat';
import { rowActionsColumn } from '../../components/rowActionsColumn';
import { useRowSelection } from '../../components/useRowSelection';
import { SelectedContactsBar } from './SelectedContactsBar';
import { ImportReport } from './ImportReport';
import { ListStatusChip } from './ListStatusChip';
import { MembersDialog, RenameListDialog } from './lazyListDialogs';
import { Section } from '../../components/Section';
import { useDeleteListAction } from './useDeleteListAction';
import {
  contactListItemsQuery,
  contactListMutations,
  contactListQuery,
  fetchContactListItemsPage,
} from '../../api/resources/contactLists';
import type { Contact } from '../../api/resources/contacts';

/** One list: what it is, how its import went, and its contacts, one server page at a time. */
export function ContactListDetailPage() {
  const id = Number(useParams().id);
  const paging = useListParams([] as const);
  const { data: list } = useQuery(contactListQuery(id));
  const items = useQuery(contactListItemsQuery(id, { limit: paging.limit, offset: paging.offset }));
  const selection = useRowSelection(items.data?.items, (contact) => contact.id);
  const [dialog, setDialog] = useState<'rename' | 'add'>();
  const [confirm, confirmDialog] = useConfirm();
  const [deleteList, deleteDialog] = useDeleteListAction();
  const removeItems = useMutation(contactListMutations.removeItems());
  const navigate = useNavigate();
  if (!list) return <PageSkeleton />;
  const selectedIds = selection.ids;

  const remove = async (contactIds: number[], label: string) => {
    const confirmed = await confirm({
      title: `Remove ${label} from ${list.name}?`,
      message: 'The contacts stay in your account and in other lists; only this list loses them.',
      confirmLabel: 'Remove',
      destructive: true,
    });
    if (!confirmed) return;
    removeItems.mutate(
      { listId: id, contactIds },
      {
        onSuccess: () => {
          selection.clear();
          notify(`Removed ${label} from the list`, 'success');
        },
      },
    );
  };

  const columns: GridColDef<Contact>[] = [
    ...contactColumns,
    rowActionsColumn(
      (row) => [
        {
          icon: <RemoveCircleOutlineIcon />,
          label: `Remove ${contactName(row)} from the list`,
          onClick: () => void remove([row.id!], contactName(row)),
        },
      ],
      80,
    ),
  ];

  return (
    <Page
      title={list.name ?? `List ${id}`}
      actions={
        <>
          <CsvExportButton
            filename={() => `${list.name ?? 'list'}.csv`}
            columns={contactCsvColumns}
            fetchPage={(offset, limit, signal) => fetchContactListItemsPage(id, { offset, limit }, signal)}
          />
          <Button startIcon={<EditIcon />} onClick={() => setDialog('rename')}>
            Rename
          </Button>
          <Button
            color="error"
            startIcon={<DeleteOutlineIcon />}
            onClick={() => void deleteList(list, () => void navigate('/contacts/lists'))}
          >
            Delete
          </Button>
        </>
      }
    >
      {confirmDialog}
      {deleteDialog}
      <Stack spacing={3}>
        <Card component="section" aria-label="About this list">
          <CardContent>
            <DetailList
              details={[
                { label: 'List id', value: list.id },
                { label: 'Contacts', value: list.size?.toLocaleString() },
                { label: 'Status', value: <ListStatusChip status={list.status} /> },
                { label: 'Created', value: formatDateTime(list.created) },
              ]}
            />
          </CardContent>
        </Card>
        {(list.sandboxImport || list.status !== 'ACTIVE') && (
          <Section title="Import">
            <ImportReport list={list} />
          </Section>
        )}
        <section aria-label="Contacts in this list">
          <Stack direction="row" sx={{ mb: 1, alignItems: 'center', justifyContent: 'space-between' }}>
            <Typography variant="h6" component="h2">
              Contacts in this list
            </Typography>
            <Button startIcon={<AddIcon />} onClick={() => setDialog('add')}>
              Add contacts
            </Button>
          </Stack>
          {selectedIds.length > 0 && (
            <SelectedContactsBar count={selectedIds.length}>
              <Button
                color="error"
                onClick={() =>
                  void remove(
                    selectedIds,
                    selectedIds.length === 1 ? 'the selected contact' : `${selectedIds.length} contacts`,
                  )
                }
              >
                Remove selected from list
              </Button>
            </SelectedContactsBar>
          )}
          <ServerDataGrid
            label="Contacts in this list"
            query={items}
            list={paging}
            columns={columns}
            {...selection.gridProps}
            localeText={{ noRowsLabel: 'This list has no contacts' }}
          />
        </section>
      </Stack>
      <Suspense>
        {dialog === 'rename' && <RenameListDialog list={list} onClose={() => setDialog(undefined)} />}
        {dialog === 'add' && (
          <MembersDialog
            title={`Add contacts to ${list.name}`}
            submitLabel="Add contacts"
            onClose={() => setDialog(undefined)}
            mutation={contactListMutations.addItems()}
            variablesOf={({ name: _name, ...request }) => ({ listId: id, request })}
            onDone={() => notify('Contacts added to the list', 'success')}
          />
        )}
      </Suspense>
    </Page>
  );
}
