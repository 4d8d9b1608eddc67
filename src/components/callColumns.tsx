import type { GridColDef } from '@mui/x-data-grid';
import type { Schema } from '../api/types';
import { formatDateTime } from '../lib/format';
import { actionColumns, creditsColumn, originColumns } from './actionColumns';
import { CallResultChip, CallStateChip } from './CallChips';

type Call = Schema<'Call'>;

const outcomeColumns: GridColDef<Call>[] = [
  { field: 'state', headerName: 'State', width: 130, renderCell: ({ row }) => <CallStateChip state={row.state} /> },
  {
    field: 'finalCallResult',
    headerName: 'Result',
    width: 170,
    renderCell: ({ row }) => <CallResultChip result={row.finalCallResult} />,
  },
  { field: 'attempts', headerName: 'Attempts', width: 90, valueGetter: (_value, row) => row.records?.length ?? 0 },
  creditsColumn(90),
  {
    field: 'modified',
    headerName: 'Last change',
    flex: 1,
    minWidth: 170,
    valueFormatter: (value: number) => formatDateTime(value),
  },
];

/** The columns of a broadcast's calls. */
export const callColumns: GridColDef<Call>[] = [...actionColumns<Call>('Call', '/calls', 150), ...outcomeColumns];

/** The columns of the calls page: each call's contact, broadcast and batch as well. */
export const callSearchColumns: GridColDef<Call>[] = [
  ...actionColumns<Call>('Call', '/calls', 150),
  ...originColumns<Call>('voice'),
  ...outcomeColumns,
];
