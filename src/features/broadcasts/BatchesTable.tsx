import { Link, Switch, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { Batch } from '../../api/resources/broadcasts';
import { StatusChip } from '../../components/StatusChip';
import { formatNumber } from '../../lib/format';
import { BATCH_STATUS } from '../../lib/vocabulary';

const HEADERS: { label: string; align?: 'right' }[] = [
  { label: 'Batch' },
  { label: 'Status' },
  { label: 'Size', align: 'right' },
  { label: 'Remaining', align: 'right' },
  { label: 'Enabled' },
];

/** A broadcast's batches: each opens its figures, and is switched on or off where the broadcast is editable. */
export function BatchesTable({
  batches,
  editable,
  onOpen,
  onEnable,
  enabling,
}: {
  batches: Batch[];
  editable: boolean;
  onOpen: (batchId: number) => void;
  onEnable: (batchId: number, enabled: boolean) => void;
  enabling: boolean;
}) {
  return (
    <Table size="small" aria-label="Batches">
      <TableHead>
        <TableRow>
          {HEADERS.map(({ label, align }) => (
            <TableCell key={label} align={align}>
              {label}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {batches.map((batch) => (
          <TableRow key={batch.id}>
            <TableCell>
              <Link component="button" type="button" onClick={() => onOpen(batch.id!)}>
                {batch.name || `Batch ${batch.id}`}
              </Link>
            </TableCell>
            <TableCell>
              <StatusChip terms={BATCH_STATUS} code={batch.status} />
            </TableCell>
            <TableCell align="right">{formatNumber(batch.size)}</TableCell>
            <TableCell align="right">{formatNumber(batch.remaining)}</TableCell>
            <TableCell>
              <Switch
                checked={batch.enabled ?? true}
                disabled={!editable || enabling}
                onChange={(event) => onEnable(batch.id!, event.target.checked)}
                slotProps={{ input: { 'aria-label': `Batch ${batch.name || batch.id} enabled` } }}
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
