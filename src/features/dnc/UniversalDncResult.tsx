import { Chip, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { Schema } from '../../api/types';
import { formatPhone } from '../../lib/phone';

function Allowed({ allowed }: { allowed: boolean | undefined }) {
  return allowed ? (
    <Chip size="small" color="success" variant="outlined" label="Allowed" />
  ) : (
    <Chip size="small" color="error" label="Blocked" />
  );
}

/** The platform's answer for one number: what may go to it and what may come from it. */
export function UniversalDncResult({ result }: { result: Schema<'UniversalDoNotContact'> }) {
  const to = formatPhone(result.toNumber);
  const from = result.fromNumber ? formatPhone(result.fromNumber) : 'your account';
  return (
    <Paper component="section" aria-label="Result" sx={{ p: 3, maxWidth: 640 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {to}
      </Typography>
      <Table size="small" aria-label={`What is allowed between ${from} and ${to}`}>
        <TableHead>
          <TableRow>
            <TableCell>Direction</TableCell>
            <TableCell>Calls</TableCell>
            <TableCell>Texts</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {[
            { direction: `Outbound: from ${from} to ${to}`, calls: result.outboundCall, texts: result.outboundText },
            { direction: `Inbound: from ${to} to ${from}`, calls: result.inboundCall, texts: result.inboundText },
          ].map(({ direction, calls, texts }) => (
            <TableRow key={direction}>
              <TableCell component="th" scope="row">
                {direction}
              </TableCell>
              <TableCell>
                <Allowed allowed={calls} />
              </TableCell>
              <TableCell>
                <Allowed allowed={texts} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}
