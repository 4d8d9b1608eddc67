import DeleteIcon from '@mui/icons-material/Delete';
import { IconButton, Link, Tooltip } from '@mui/material';
import type { GridColDef, GridRowSelectionModel } from '@mui/x-data-grid';
import { Link as RouterLink } from 'react-router';
import type { Schema } from '../../api/types';
import { ServerDataGrid } from '../../components/ServerDataGrid';
import { formatDateTime } from '../../lib/format';
import { formatPhone } from '../../lib/phone';
import type { ListParams } from '../../lib/useListParams';
import { DncFlagSwitch } from './DncFlagSwitch';
import type { DncFilter } from './dncSearch';

type Entry = Schema<'DoNotContact'>;

const blocked = (value: boolean | undefined) => (value ? 'Blocked' : '—');

function columns(onDelete: (entry: Entry) => void): GridColDef<Entry>[] {
  return [
    {
      field: 'number',
      headerName: 'Number',
      width: 160,
      renderCell: ({ row }) => (
        <Link component={RouterLink} to={`/dnc/${row.number}`}>
          {formatPhone(row.number)}
        </Link>
      ),
    },
    {
      field: 'call',
      headerName: 'Do not call',
      width: 110,
      renderCell: ({ row }) => <DncFlagSwitch entry={row} flag="call" />,
    },
    {
      field: 'text',
      headerName: 'Do not text',
      width: 110,
      renderCell: ({ row }) => <DncFlagSwitch entry={row} flag="text" />,
    },
    { field: 'inboundCall', headerName: 'Inbound calls', width: 120, valueFormatter: blocked },
    { field: 'inboundText', headerName: 'Inbound texts', width: 120, valueFormatter: blocked },
    { field: 'source', headerName: 'Source', flex: 1, minWidth: 160 },
    { field: 'campaignId', headerName: 'Campaign', width: 110 },
    { field: 'created', headerName: 'Added', width: 180, valueFormatter: (value?: number) => formatDateTime(value) },
    {
      field: 'actions',
      headerName: 'Actions',
      width: 90,
      sortable: false,
      renderCell: ({ row }) => (
        <Tooltip title="Delete">
          <IconButton aria-label={`Delete ${formatPhone(row.number)}`} onClick={() => onDelete(row)} size="small">
            <DeleteIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      ),
    },
  ];
}

/** The numbers of this page that a selection model covers ('exclude' means all but the ids). */
export function selectedNumbers(rows: Entry[], selection: GridRowSelectionModel): string[] {
  return rows
    .map((row) => row.number!)
    .filter((number) => (selection.type === 'include' ? selection.ids.has(number) : !selection.ids.has(number)));
}

export function DncTable({
  data,
  fetching,
  list,
  selection,
  onSelectionChange,
  onDelete,
}: {
  data: Schema<'DoNotContactPage'> | undefined;
  fetching: boolean;
  list: ListParams<DncFilter>;
  selection: GridRowSelectionModel;
  onSelectionChange: (selection: GridRowSelectionModel) => void;
  onDelete: (entry: Entry) => void;
}) {
  return (
    <ServerDataGrid<Entry>
      label="Do-not-contact numbers"
      data={data}
      fetching={fetching}
      list={list}
      columns={columns(onDelete)}
      getRowId={(row) => row.number!}
      checkboxSelection
      rowSelectionModel={selection}
      onRowSelectionModelChange={onSelectionChange}
    />
  );
}
