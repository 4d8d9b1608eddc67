import { Chip, Paper, Typography } from '@mui/material';
import type { Schema } from '../../api/types';
import { DataTable, type TableColumn } from '../../components/DataTable';
import { formatPhone } from '../../lib/phone';

function Allowed({ allowed }: { allowed: boolean | undefined }) {
  return allowed ? (
    <Chip size="small" color="success" variant="outlined" label="Allowed" />
  ) : (
    <Chip size="small" color="error" label="Blocked" />
  );
}

interface Direction {
  direction: string;
  calls: boolean | undefined;
  texts: boolean | undefined;
}

const DIRECTION_COLUMNS: TableColumn<Direction>[] = [
  { header: 'Direction', cell: (row) => row.direction, rowHeader: true },
  { header: 'Calls', cell: (row) => <Allowed allowed={row.calls} /> },
  { header: 'Texts', cell: (row) => <Allowed allowed={row.texts} /> },
];

/** The platform's answer for one number: what may go to it and what may come from it. */
export function UniversalDncResult({ result }: { result: Schema<'UniversalDoNotContact'> }) {
  const to = formatPhone(result.toNumber);
  const from = result.fromNumber ? formatPhone(result.fromNumber) : 'your account';
  return (
    <Paper component="section" aria-label="Result" sx={{ p: 3, maxWidth: 640 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {to}
      </Typography>
      <DataTable
        label={`What is allowed between ${from} and ${to}`}
        columns={DIRECTION_COLUMNS}
        rows={[
          { direction: `Outbound: from ${from} to ${to}`, calls: result.outboundCall, texts: result.outboundText },
          { direction: `Inbound: from ${to} to ${from}`, calls: result.inboundCall, texts: result.inboundText },
        ]}
        rowKey={(row) => row.direction}
      />
    </Paper>
  );
}
