import AddIcon from '@mui/icons-material/Add';
import { Box, Button, LinearProgress, Typography } from '@mui/material';
import type { GridColDef } from '@mui/x-data-grid';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/Edit';
import { useQuery, useMutation } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { Page } from '../../components/Page';
import { ServerDataGrid } from '../../components/ServerDataGrid';
import { useConfirm } from '../../components/useConfirm';
import { notify } from '../../lib/notifications';
import { useListParams } from '../../lib/useListParams';
import { contactColumns } from './contactColumns';
import { contactName } from './contactFormat';
import { ContactSearchForm } from './ContactSearchForm';
import { contactSearchOf, contactSearchQuery, SEARCH_FILTERS } from './contactSearch';
import { ContactsTabs } from './ContactsTabs';
import { CsvExportButton } from '../../components/CsvExportButton';
import { contactCsvColumns } from './contactFormat';
import { rowActionsColumn } from '../../components/rowActionsColumn';
import { useRowSelection } from '../../components/useRowSelection';
import { SelectedContactsBar } from './SelectedContactsBar';
import type { ListNameDialog as GenericListNameDialog } from './ListNameDialog';
import { contactListMutations } from '../../api/resources/contactLists';
import { type Contact, contactMutations, fetchContactsPage } from '../../api/resources/contacts';

// The list dialogs (with the form library and zod, 41 kB gzip) load when the operator opens one.
const ChooseListDialog = lazy(async () => ({ default: (await import('./ChooseListDialog')).ChooseListDialog }));
// `lazy` drops the dialog's type parameter (what its mutation takes); the loaded component keeps it.
const ListNameDialog = lazy(async () => ({
  default: (await import('./ListNameDialog')).ListNameDialog,
})) as unknown as typeof GenericListNameDialog;

/** The contacts of the account, one server page at a time, searchable, with bulk actions. */
export function ContactsPage() {
  const list = useListParams(SEARCH_FILTERS);
  const { filters } = list;
  const search = contactSearchOf(filters);
  const contacts = useQuery(contactSearchQuery(list));
  const [dialog, setDialog] = useState<'add' | 'create'>();
  const [deleted, setDeleted] = useState<{ done: number; total: number }>();
  const [confirm, confirmDialog] = useConfirm();
  const navigate = useNavigate();
  const deleteContacts = useMutation(contactMutations.delete());
  const selection = useRowSelection(contacts.data?.items, (contact) => contact.id);
  const selectedIds = selection.ids;

  const remove = async (contacts: { id: number; label: string }[]) => {
    const confirmed = await confirm({
      title: contacts.length === 1 ? `Delete ${contacts[0].label}?` : `Delete ${contacts.length} contacts?`,
      message:
        'Deleted contacts leave searches and every list. Their page still opens, marked deleted, and their history is kept.',
      confirmLabel: 'Delete',
      destructive: true,
    });
    if (!confirmed) return;
    setDeleted({ done: 0, total: contacts.length });
    deleteContacts.mutate(
      {
        ids: contacts.map((contact) => contact.id),
        onProgress: (done) => setDeleted({ done, total: contacts.length }),
      },
      {
        onSuccess: () => {
          notify(contacts.length === 1 ? 'Contact deleted' : `${contacts.length} contacts deleted`, 'success');
          selection.clear();
        },
        onSettled: () => setDeleted(undefined),
      },
    );
  };

  const columns: GridColDef<Contact>[] = [
    ...contactColumns,
    rowActionsColumn((row) => [
      {
        icon: <EditIcon />,
        label: `Edit ${contactName(row)}`,
        onClick: () => void navigate(`/contacts/${row.id}/edit`),
      },
      {
        icon: <DeleteOutlineIcon />,
        label: `Delete ${contactName(row)}`,
        onClick: () => void remove([{ id: row.id!, label: contactName(row) }]),
      },
    ]),
  ];

  return (
    <Page
      title="Contacts"
      actions={
        <>
          <CsvExportButton
            filename={() => 'contacts.csv'}
            columns={contactCsvColumns}
            fetchPage={(offset, limit, signal) => fetchContactsPage(search, { offset, limit }, signal)}
          />
          <Button variant="contained" startIcon={<AddIcon />} component={RouterLink} to="/contacts/new">
            New contact
          </Button>
        </>
      }
    >
      <ContactsTabs />
      {confirmDialog}
      <ContactSearchForm key={JSON.stringify(filters)} filters={filters} onSearch={list.setFilters} />
      {selectedIds.length > 0 && (
        <SelectedContactsBar count={selectedIds.length}>
          <Button onClick={() => setDialog('add')}>Add to list</Button>
          <Button onClick={() => setDialog('create')}>New list from selection</Button>
          <Button
            color="error"
            disabled={deleted !== undefined}
            onClick={() => void remove(selectedIds.map((id) => ({ id, label: `contact ${id}` })))}
          >
            Delete selected
          </Button>
        </SelectedContactsBar>
      )}
      {deleted && (
        <Box sx={{ mb: 2 }}>
          <Typography variant="body2" id="delete-progress-label">
            Deleting {deleted.done} of {deleted.total}
          </Typography>
          <LinearProgress
            variant="determinate"
            value={(deleted.done / deleted.total) * 100}
            aria-labelledby="delete-progress-label"
          />
        </Box>
      )}
      <ServerDataGrid
        label="Contacts"
        query={contacts}
        list={list}
        columns={columns}
        {...selection.gridProps}
        localeText={{ noRowsLabel: 'No contacts match this search' }}
      />
      <Suspense>
        {dialog === 'add' && <ChooseListDialog contactIds={selectedIds} onClose={() => setDialog(undefined)} />}
        {dialog === 'create' && (
          <ListNameDialog
            title="New list from selection"
            description={`The list will hold the ${selectedIds.length} selected contacts.`}
            submitLabel="Create list"
            onClose={() => setDialog(undefined)}
            mutation={contactListMutations.create()}
            variablesOf={(name) => ({ name, contactIds: selectedIds })}
            onDone={(id) => void navigate(`/contacts/lists/${id}`)}
          />
        )}
      </Suspense>
    </Page>
  );
}
