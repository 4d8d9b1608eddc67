import CallMadeIcon from '@mui/icons-material/CallMade';
import CallReceivedIcon from '@mui/icons-material/CallReceived';
import { Link, Tooltip } from '@mui/material';
import type { GridColDef } from '@mui/x-data-grid';
import { Link as RouterLink } from 'react-router';
import type { Schema } from '../api/types';
import { formatDateTime, formatNumber } from '../lib/format';
import { formatPhone } from '../lib/phone';
import { CallStateChip } from './CallChips';
import { TextResultChip } from './TextChips';

type Text = Schema<'Text'>;

/** The columns of a list of texts, shared by the texts page and a broadcast's texts. */
export const textColumns: GridColDef<Text>[] = [
  {
    field: 'id',
    headerName: 'Text',
    width: 90,
    renderCell: ({ row }) => (
      <Link component={RouterLink} to={`/texts/${row.id}`}>
        {row.id}
      </Link>
    ),
  },
  {
    field: 'inbound',
    headerName: 'Direction',
    width: 90,
    renderCell: ({ row }) => (
      <Tooltip title={row.inbound ? 'Received' : 'Sent'}>
        {row.inbound ? (
          <CallReceivedIcon fontSize="small" aria-label="Received" sx={{ verticalAlign: 'middle' }} />
        ) : (
          <CallMadeIcon fontSize="small" aria-label="Sent" sx={{ verticalAlign: 'middle' }} />
        )}
      </Tooltip>
    ),
  },
  { field: 'toNumber', headerName: 'To', width: 140, valueFormatter: (value: string) => formatPhone(value) },
  { field: 'fromNumber', headerName: 'From', width: 140, valueFormatter: (value: string) => formatPhone(value) },
  { field: 'message', headerName: 'Message', flex: 1, minWidth: 220 },
  { field: 'state', headerName: 'State', width: 120, renderCell: ({ row }) => <CallStateChip state={row.state} /> },
  {
    field: 'finalTextResult',
    headerName: 'Result',
    width: 130,
    renderCell: ({ row }) => <TextResultChip result={row.finalTextResult} />,
  },
  {
    field: 'billed',
    headerName: 'Credits',
    width: 80,
    valueGetter: (_value, row) =>
      formatNumber((row.records ?? []).reduce((sum, record) => sum + (record.billedAmount ?? 0), 0)),
  },
  { field: 'created', headerName: 'Created', width: 170, valueFormatter: (value: number) => formatDateTime(value) },
];
