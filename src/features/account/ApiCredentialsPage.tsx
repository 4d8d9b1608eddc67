import AddIcon from '@mui/icons-material/Add';
import { Button, Link, Stack } from '@mui/material';
import type { GridColDef } from '@mui/x-data-grid';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import type { Schema } from '../../api/types';
import { DebouncedTextField } from '../../components/DebouncedTextField';
import { Page } from '../../components/Page';
import { ServerDataGrid } from '../../components/ServerDataGrid';
import { useConfirm } from '../../components/useConfirm';
import { notify } from '../../lib/notifications';
import { useListParams } from '../../lib/useListParams';
import { AccountTabs } from './AccountTabs';
import { StatusChip } from '../../components/StatusChip';
import { CREDENTIAL_STATE } from '../../lib/vocabulary';
import { apiCredentialsQuery, credentialMutations } from '../../api/resources/account';
import { CredentialDetailsDialog } from './CredentialDetailsDialog';
import { NewCredentialDialog } from './NewCredentialDialog';

// The new credential form (the form library and zod) loads when the operator opens it.
const CreateCredentialDialog = lazy(async () => ({
  default: (await import('./CreateCredentialDialog')).CreateCredentialDialog,
}));

type Credential = Schema<'ApiCredential'>;
const FILTERS = ['name'] as const;

/** The account's API credentials: find by name, create (password shown once), enable or disable, delete. */
export function ApiCredentialsPage() {
  const list = useListParams(FILTERS);
  const credentials = useQuery({
    ...apiCredentialsQuery(list.filters.name, list.limit, list.offset),
    placeholderData: keepPreviousData,
  });
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<Credential>();
  const [shown, setShown] = useState<number>();
  const setEnabled = useMutation(credentialMutations.setEnabled());
  const remove = useMutation(credentialMutations.remove());
  const [confirm, confirmDialog] = useConfirm();

  const toggle = (credential: Credential) =>
    setEnabled.mutate(
      { id: credential.id!, enabled: !credential.enabled },
      { onSuccess: () => notify(`“${credential.name}” ${credential.enabled ? 'disabled' : 'enabled'}`, 'success') },
    );
  const confirmDelete = async (credential: Credential) => {
    const confirmed = await confirm({
      title: `Delete “${credential.name}”?`,
      message: 'Programs that use this login stop working at once. This cannot be undone.',
      confirmLabel: 'Delete',
      destructive: true,
    });
    if (!confirmed) return;
    remove.mutate(credential.id!, { onSuccess: () => notify(`“${credential.name}” deleted`, 'success') });
  };

  const columns: GridColDef<Credential>[] = [
    {
      field: 'name',
      headerName: 'Name',
      flex: 1,
      minWidth: 160,
      renderCell: ({ row }) => (
        <Link component="button" onClick={() => setShown(row.id)} aria-label={`Details of ${row.name}`}>
          {row.name}
        </Link>
      ),
    },
    { field: 'username', headerName: 'Login', flex: 1, minWidth: 160 },
    {
      field: 'enabled',
      headerName: 'Status',
      width: 120,
      renderCell: ({ row }) => <StatusChip terms={CREDENTIAL_STATE} code={row.enabled ? 'ENABLED' : 'DISABLED'} />,
    },
    {
      field: 'actions',
      headerName: 'Actions',
      width: 220,
      sortable: false,
      renderCell: ({ row }) => (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', height: '100%' }}>
          <Button
            size="small"
            onClick={() => toggle(row)}
            aria-label={`${row.enabled ? 'Disable' : 'Enable'} ${row.name}`}
          >
            {row.enabled ? 'Disable' : 'Enable'}
          </Button>
          <Button
            size="small"
            color="error"
            onClick={() => void confirmDelete(row).catch(() => {})}
            aria-label={`Delete ${row.name}`}
          >
            Delete
          </Button>
        </Stack>
      ),
    },
  ];

  return (
    <Page
      title="API credentials"
      actions={
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
          New credential
        </Button>
      }
    >
      <AccountTabs />
      <DebouncedTextField
        label="Name contains"
        size="small"
        value={list.filters.name}
        onChange={(name) => list.setFilters({ name })}
        sx={{ mb: 2, maxWidth: 320 }}
      />
      <ServerDataGrid label="API credentials" query={credentials} list={list} columns={columns} />
      <Suspense>
        {creating && (
          <CreateCredentialDialog
            onClose={() => setCreating(false)}
            onCreated={(credential) => {
              setCreating(false);
              setCreated(credential);
            }}
          />
        )}
      </Suspense>
      {shown !== undefined && <CredentialDetailsDialog id={shown} onClose={() => setShown(undefined)} />}
      {created && <NewCredentialDialog credential={created} onClose={() => setCreated(undefined)} />}
      {confirmDialog}
    </Page>
  );
}
