import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/Edit';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Box, Button, TextField } from '@mui/material';
import type { GridColDef } from '@mui/x-data-grid';
import { useQuery } from '@tanstack/react-query';
import { Suspense, useState, type FormEvent } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { linkColumn } from '../../components/gridColumns';
import { Page } from '../../components/Page';
import { rowActionsColumn } from '../../components/rowActionsColumn';
import { ServerDataGrid } from '../../components/ServerDataGrid';
import { formatDateTime } from '../../lib/format';
import { useListParams } from '../../lib/useListParams';
import { ContactsTabs } from './ContactsTabs';
import { ListStatusChip } from './ListStatusChip';
import { MembersDialog, RenameListDialog } from './lazyListDialogs';
import { useDeleteListAction } from './useDeleteListAction';
import { type ContactList, contactListMutations, contactListsQuery } from '../../api/resources/contactLists';

/** Every contact list, newest first, searchable by name. */
export function ContactListsPage() {
  const list = useListParams(['name'] as const);
  const lists = useQuery(contactListsQuery(list.filters.name, { limit: list.limit, offset: list.offset }));
  const [name, setName] = useState(list.filters.name);
  const [renaming, setRenaming] = useState<ContactList>();
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const [deleteList, confirmDialog] = useDeleteListAction();

  const columns: GridColDef<ContactList>[] = [
    linkColumn({ field: 'name', headerName: 'Name', flex: 1, minWidth: 200, to: (row) => `/contacts/lists/${row.id}` }),
    { field: 'size', headerName: 'Contacts', type: 'number', width: 110 },
    {
      field: 'status',
      headerName: 'Status',
      width: 150,
      renderCell: ({ row }) => <ListStatusChip status={row.status} />,
    },
    { field: 'created', headerName: 'Created', width: 190, valueFormatter: (value?: number) => formatDateTime(value) },
    rowActionsColumn((row) => [
      { icon: <EditIcon />, label: `Rename ${row.name}`, onClick: () => setRenaming(row) },
      { icon: <DeleteOutlineIcon />, label: `Delete ${row.name}`, onClick: () => void deleteList(row) },
    ]),
  ];

  const search = (event: FormEvent) => {
    event.preventDefault();
    list.setFilters({ name: name.trim() });
  };

  return (
    <Page
      title="Contact lists"
      actions={
        <>
          <Button startIcon={<UploadFileIcon />} component={RouterLink} to="/contacts/lists/import">
            Import CSV
          </Button>
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
            New list
          </Button>
        </>
      }
    >
      <ContactsTabs />
      {confirmDialog}
      <Box
        component="form"
        role="search"
        aria-label="Search lists"
        onSubmit={search}
        sx={{ display: 'flex', gap: 2, mb: 2 }}
      >
        <TextField size="small" label="List name" value={name} onChange={(event) => setName(event.target.value)} />
        <Button type="submit" variant="outlined">
          Search
        </Button>
      </Box>
      <ServerDataGrid
        label="Contact lists"
        query={lists}
        list={list}
        columns={columns}
        localeText={{ noRowsLabel: 'No lists match this search' }}
      />
      <Suspense>
        {renaming && <RenameListDialog list={renaming} onClose={() => setRenaming(undefined)} />}
        {creating && (
          <MembersDialog
            title="New list"
            submitLabel="Create list"
            withName
            onClose={() => setCreating(false)}
            mutation={contactListMutations.create()}
            variablesOf={(request) => request}
            onDone={(id) => void navigate(`/contacts/lists/${id}`)}
          />
        )}
      </Suspense>
    </Page>
  );
}
