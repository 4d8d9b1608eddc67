import AddIcon from '@mui/icons-material/Add';
import { Button, Chip, Link, MenuItem, Stack, TextField } from '@mui/material';
import type { GridColDef } from '@mui/x-data-grid';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { DebouncedTextField } from '../../components/DebouncedTextField';
import { Page } from '../../components/Page';
import { ServerDataGrid } from '../../components/ServerDataGrid';
import { formatDateTime } from '../../lib/format';
import { formatPhone } from '../../lib/phone';
import { useListParams } from '../../lib/useListParams';
import { BroadcastStatusChip } from './BroadcastStatusChip';
import { broadcastsQuery, type CallBroadcast } from '../../api/resources/broadcasts';

const columns: GridColDef<CallBroadcast>[] = [
  {
    field: 'name',
    headerName: 'Name',
    flex: 1,
    minWidth: 220,
    renderCell: ({ row }) => (
      <Link component={RouterLink} to={`/broadcasts/voice/${row.id}`}>
        {row.name || `Broadcast ${row.id}`}
      </Link>
    ),
  },
  {
    field: 'status',
    headerName: 'Status',
    width: 130,
    renderCell: ({ row }) => <BroadcastStatusChip status={row.status} />,
  },
  { field: 'fromNumber', headerName: 'Caller id', width: 150, valueFormatter: (value: string) => formatPhone(value) },
  {
    field: 'labels',
    headerName: 'Labels',
    width: 220,
    renderCell: ({ row }) => (
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', height: '100%' }}>
        {(row.labels ?? []).map((label) => (
          <Chip key={label} size="small" variant="outlined" label={label} />
        ))}
      </Stack>
    ),
  },
  {
    field: 'lastModified',
    headerName: 'Last change',
    width: 180,
    valueFormatter: (value: number) => formatDateTime(value),
  },
];

export function BroadcastListPage() {
  const list = useListParams(['name', 'label', 'running'] as const, 10);
  const { name, label, running } = list.filters;
  const filters = {
    name: name || undefined,
    label: label || undefined,
    running: running === '' ? undefined : running === 'true',
  };
  const { data, isFetching } = useQuery(broadcastsQuery(filters, list.offset, list.limit));
  return (
    <Page
      title="Voice broadcasts"
      actions={
        <Button variant="contained" startIcon={<AddIcon />} component={RouterLink} to="/broadcasts/voice/new">
          New broadcast
        </Button>
      }
    >
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
        <DebouncedTextField label="Name contains" value={name} onChange={(value) => list.setFilters({ name: value })} />
        <DebouncedTextField label="Label" value={label} onChange={(value) => list.setFilters({ label: value })} />
        <TextField
          select
          size="small"
          label="Running"
          value={running}
          onChange={(event) => list.setFilters({ running: event.target.value })}
          sx={{ minWidth: 160 }}
        >
          <MenuItem value="">Any</MenuItem>
          <MenuItem value="true">Running now</MenuItem>
          <MenuItem value="false">Not running</MenuItem>
        </TextField>
      </Stack>
      <ServerDataGrid label="Voice broadcasts" columns={columns} data={data} fetching={isFetching} list={list} />
    </Page>
  );
}
