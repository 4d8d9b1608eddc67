import { Link } from '@mui/material';
import type { GridColDef } from '@mui/x-data-grid';
import { Link as RouterLink } from 'react-router';
import type { Schema } from '../api/types';
import { formatDateTime, formatNumber } from '../lib/format';
import { formatPhone } from '../lib/phone';
import { CallResultChip, CallStateChip } from './CallChips';

type Call = Schema<'Call'>;

/** The columns of a list of calls, shared by the calls page and a broadcast's calls. */
export const callColumns: GridColDef<Call>[] = [
  {
    field: 'id',
    headerName: 'Call',
    width: 100,
    renderCell: ({ row }) => (
      <Link component={RouterLink} to={`/calls/${row.id}`}>
        {row.id}
      </Link>
    ),
  },
  { field: 'toNumber', headerName: 'To', width: 150, valueFormatter: (value: string) => formatPhone(value) },
  { field: 'fromNumber', headerName: 'From', width: 150, valueFormatter: (value: string) => formatPhone(value) },
  { field: 'state', headerName: 'State', width: 130, renderCell: ({ row }) => <CallStateChip state={row.state} /> },
  {
    field: 'finalCallResult',
    headerName: 'Result',
    width: 170,
    renderCell: ({ row }) => <CallResultChip result={row.finalCallResult} />,
  },
  { field: 'attempts', headerName: 'Attempts', width: 90, valueGetter: (_value, row) => row.records?.length ?? 0 },
  {
    field: 'billed',
    headerName: 'Credits',
    width: 90,
    valueGetter: (_value, row) =>
      formatNumber((row.records ?? []).reduce((sum, record) => sum + (record.billedAmount ?? 0), 0)),
  },
  {
    field: 'modified',
    headerName: 'Last change',
    flex: 1,
    minWidth: 170,
    valueFormatter: (value: number) => formatDateTime(value),
  },
];
