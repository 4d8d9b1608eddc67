import DeleteIcon from '@mui/icons-material/Delete';
import { IconButton, Tooltip } from '@mui/material';
import type { GridColDef } from '@mui/x-data-grid';
import { useMemo } from 'react';
import { linkColumn } from '../../components/gridColumns';
import type { Schema } from '../../api/types';
import { ServerDataGrid } from '../../components/ServerDataGrid';
import type { RowSelectionGridProps } from '../../components/useRowSelection';
import { formatDate } from '../../lib/format';
import { formatPhone } from '../../lib/phone';
import type { ListParams } from '../../lib/useListParams';
import { DncFlagSwitch } from './DncFlagSwitch';
import type { DncFilter } from './dncSearch';

type Entry = Schema<'DoNotContact'>;

/** Which inbound traffic the entry blocks, in a few words. */
function inboundBlocked(entry: Entry): string {
  const blocked = [entry.inboundCall && 'calls', entry.inboundText && 'texts'].filter(Boolean);
  return blocked.length ? blocked.join(', ') : '—';
}

function columns(onDelete: (entry: Entry) => void): GridColDef<Entry>[] {
  return [
    linkColumn({
      field: 'number',
      headerName: 'Number',
      width: 130,
      to: (row) => `/dnc/${row.number}`,
      text: (row) => formatPhone(row.number),
    }),
    {
      field: 'call',
      headerName: 'Do not call',
      width: 100,
      renderCell: ({ row }) => <DncFlagSwitch entry={row} flag="call" />,
    },
    {
      field: 'text',
      headerName: 'Do not text',
      width: 100,
      renderCell: ({ row }) => <DncFlagSwitch entry={row} flag="text" />,
    },
    {
      field: 'inbound',
      headerName: 'Inbound blocked',
      width: 130,
      valueGetter: (_value, row) => inboundBlocked(row),
    },
    { field: 'source', headerName: 'Source', flex: 1, minWidth: 110 },
    { field: 'campaignId', headerName: 'Campaign', width: 90 },
    { field: 'created', headerName: 'Added', width: 110, valueFormatter: (value?: number) => formatDate(value) },
    {
      field: 'actions',
      headerName: 'Actions',
      width: 80,
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

export function DncTable({
  query,
  list,
  selection,
  onDelete,
}: {
  query: { data?: Schema<'DoNotContactPage'>; isFetching: boolean };
  list: ListParams<DncFilter>;
  selection: RowSelectionGridProps;
  onDelete: (entry: Entry) => void;
}) {
  // The grid rebuilds its column state when the array changes, so it must keep its identity.
  const gridColumns = useMemo(() => columns(onDelete), [onDelete]);
  return (
    <ServerDataGrid<Entry>
      label="Do-not-contact numbers"
      query={query}
      list={list}
      columns={gridColumns}
      rowId="number"
      {...selection}
    />
  );
}
