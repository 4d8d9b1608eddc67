import AddIcon from '@mui/icons-material/Add';
import { Alert, Button, Chip, FormControlLabel, Link, Stack, Switch } from '@mui/material';
import type { GridColDef } from '@mui/x-data-grid';
import { Link as RouterLink } from 'react-router';
import { MAX_SCANNED } from '../../api/resources/broadcastsArchived';
import type { Schema } from '../../api/types';
import { DebouncedTextField } from '../../components/DebouncedTextField';
import { ListFilterSelect } from '../../components/ListFilterSelect';
import { Page } from '../../components/Page';
import { ServerDataGrid } from '../../components/ServerDataGrid';
import { formatDateTime } from '../../lib/format';
import { formatPhone } from '../../lib/phone';
import { useListParams } from '../../lib/useListParams';
import { BroadcastKindTabs } from './BroadcastKindTabs';
import { BROADCAST_FILTERS, BROADCAST_PAGE_SIZE, broadcastFiltersOf } from './broadcastListParams';
import { broadcastPath, KIND_WORDS, type BroadcastKind } from './broadcastKinds';
import { BroadcastStatusChip } from './BroadcastStatusChip';
import { monitoringColumns } from './MonitoringColumns';
import { useBroadcastPage } from './useBroadcastPage';

/** What the list shows of a broadcast; voice and text broadcasts both have these. */
type BroadcastRow = Pick<Schema<'TextBroadcast'>, 'id' | 'name' | 'status' | 'fromNumber' | 'labels' | 'lastModified'>;

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

const RUNNING_OPTIONS = [
  { value: 'true', label: 'Running now' },
  { value: 'false', label: 'Not running' },
];

/** One page of broadcasts of either kind, with the kind tabs, filters and the new-broadcast button. */
function BroadcastList({ kind }: { kind: BroadcastKind }) {
  const list = useListParams(BROADCAST_FILTERS, BROADCAST_PAGE_SIZE);
  const filters = broadcastFiltersOf(list.filters);
  const { data, fetching, complete } = useBroadcastPage(kind, filters, list.offset, list.limit);
  const { name, label } = list.filters;
  const words = KIND_WORDS[kind];
  return (
    <Page
      title={words.title}
      actions={
        <Button variant="contained" startIcon={<AddIcon />} component={RouterLink} to={`${broadcastPath(kind)}/new`}>
          New broadcast
        </Button>
      }
    >
      <BroadcastKindTabs kind={kind} />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2, alignItems: { sm: 'center' } }}>
        <DebouncedTextField label="Name contains" value={name} onChange={(value) => list.setFilters({ name: value })} />
        <DebouncedTextField label="Label" value={label} onChange={(value) => list.setFilters({ label: value })} />
        {!filters.archived && (
          <ListFilterSelect list={list} name="running" label="Running" anyLabel="Any" options={RUNNING_OPTIONS} />
        )}
        <FormControlLabel
          label="Show archived"
          control={
            <Switch
              checked={filters.archived}
              onChange={(event) => list.setFilters({ archived: event.target.checked ? 'true' : '', running: '' })}
            />
          }
        />
      </Stack>
      {filters.archived && (
        <Alert severity="info" sx={{ mb: 2 }}>
          Archived broadcasts only. CallFire's broadcast search leaves them out, so they are found through their{' '}
          {words.unit}; one archived before any recipient was added cannot be found.
          {!complete && ` Only the first ${MAX_SCANNED.toLocaleString()} ${words.unit} of the account were read.`}
        </Alert>
      )}
      <ServerDataGrid label={words.title} columns={columnsFor(kind)} data={data} fetching={fetching} list={list} />
    </Page>
  );
}

export const BroadcastListPage = () => <BroadcastList kind="voice" />;
export const TextBroadcastListPage = () => <BroadcastList kind="text" />;
