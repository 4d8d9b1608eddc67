import CallMadeIcon from '@mui/icons-material/CallMade';
import CallReceivedIcon from '@mui/icons-material/CallReceived';
import { Tooltip } from '@mui/material';
import type { GridColDef } from '@mui/x-data-grid';
import type { Schema } from '../api/types';
import { formatDateTime } from '../lib/format';
import { actionColumns, creditsColumn, originColumns } from './actionColumns';
import { CallStateChip } from './CallChips';
import { TextResultChip } from './TextChips';

type Text = Schema<'Text'>;

const directionColumn: GridColDef<Text> = {
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
};

const contentColumns: GridColDef<Text>[] = [
  { field: 'message', headerName: 'Message', flex: 1, minWidth: 220 },
  { field: 'state', headerName: 'State', width: 120, renderCell: ({ row }) => <CallStateChip state={row.state} /> },
  {
    field: 'finalTextResult',
    headerName: 'Result',
    width: 130,
    renderCell: ({ row }) => <TextResultChip result={row.finalTextResult} />,
  },
  creditsColumn(80),
  { field: 'created', headerName: 'Created', width: 170, valueFormatter: (value: number) => formatDateTime(value) },
];

const [idColumn, ...numberColumns] = actionColumns<Text>('Text', '/texts', 140);

/** The columns of a broadcast's texts. */
export const textColumns: GridColDef<Text>[] = [idColumn!, directionColumn, ...numberColumns, ...contentColumns];

/** The columns of the texts page: each text's contact, broadcast and batch as well. */
export const textSearchColumns: GridColDef<Text>[] = [
  idColumn!,
  directionColumn,
  ...numberColumns,
  ...originColumns<Text>('text'),
  ...contentColumns,
];
