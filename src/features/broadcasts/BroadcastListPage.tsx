import AddIcon from '@mui/icons-material/Add';
import { Button, Chip, Link, MenuItem, Stack, TextField } from '@mui/material';
import type { GridColDef } from '@mui/x-data-grid';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { broadcastsQuery, type BroadcastFilters } from '../../api/resources/broadcasts';
import { textBroadcastsQuery } from '../../api/resources/textBroadcasts';
import type { Schema } from '../../api/types';
import { DebouncedTextField } from '../../components/DebouncedTextField';
import { Page } from '../../components/Page';
import { ServerDataGrid } from '../../components/ServerDataGrid';
import { formatDateTime } from '../../lib/format';
import { formatPhone } from '../../lib/phone';
import { useListParams, type ListParams } from '../../lib/useListParams';
import { BroadcastKindTabs } from './BroadcastKindTabs';
import { broadcastPath, KIND_WORDS, type BroadcastKind } from './broadcastKinds';
import { BroadcastStatusChip } from './BroadcastStatusChip';
import { monitoringColumns } from './MonitoringColumns';

/** What the list shows of a broadcast; voice and text broadcasts both have these. */
type BroadcastRow = Pick<Schema<'TextBroadcast'>, 'id' | 'name' | 'status' | 'fromNumber' | 'labels' | 'lastModified'>;

const FILTERS = ['name', 'label', 'running'] as const;

function columnsFor(kind: BroadcastKind): GridColDef<BroadcastRow>[] {
  return [
    {
      field: 'name',
      headerName: 'Name',
      flex: 1,
      minWidth: 220,
      renderCell: ({ row }) => (
        <Link component={RouterLink} to={broadcastPath(kind, row.id)}>
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
    ...monitoringColumns<BroadcastRow>(kind),
    {
      field: 'fromNumber',
      headerName: KIND_WORDS[kind].sender,
      width: 150,
      valueFormatter: (value: string) => formatPhone(value),
    },
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
}

/** The list's filters, kept in the address, as findCallBroadcasts/findTextBroadcasts take them. */
function useBroadcastListParams() {
  const list = useListParams(FILTERS, 10);
  const { name, label, running } = list.filters;
  const filters: BroadcastFilters = {
    name: name || undefined,
    label: label || undefined,
    running: running === '' ? undefined : running === 'true',
  };
  return { list, filters };
}

/** One page of broadcasts of either kind, with the kind tabs, filters and the new-broadcast button. */
function BroadcastList({
  kind,
  list,
  data,
  fetching,
}: {
  kind: BroadcastKind;
  list: ListParams<(typeof FILTERS)[number]>;
  data: { items: BroadcastRow[]; totalCount: number } | undefined;
  fetching: boolean;
}) {
  const { name, label, running } = list.filters;
  const title = KIND_WORDS[kind].title;
  return (
    <Page
      title={title}
      actions={
        <Button variant="contained" startIcon={<AddIcon />} component={RouterLink} to={`${broadcastPath(kind)}/new`}>
          New broadcast
        </Button>
      }
    >
      <BroadcastKindTabs kind={kind} />
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
      <ServerDataGrid label={title} columns={columnsFor(kind)} data={data} fetching={fetching} list={list} />
    </Page>
  );
}

export function BroadcastListPage() {
  const { list, filters } = useBroadcastListParams();
  const { data, isFetching } = useQuery(broadcastsQuery(filters, list.offset, list.limit));
  return <BroadcastList kind="voice" list={list} data={data} fetching={isFetching} />;
}

export function TextBroadcastListPage() {
  const { list, filters } = useBroadcastListParams();
  const { data, isFetching } = useQuery(textBroadcastsQuery(filters, list.offset, list.limit));
  return <BroadcastList kind="text" list={list} data={data} fetching={isFetching} />;
}
