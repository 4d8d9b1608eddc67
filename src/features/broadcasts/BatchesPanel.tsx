import AddIcon from '@mui/icons-material/Add';
import {
  Button,
  Link,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { StatusChip } from '../../components/StatusChip';
import { BATCH_STATUS } from '../../lib/vocabulary';
import { formatNumber } from '../../lib/format';
import { AddBatchDialog } from './AddBatchDialog';
import { AddRecipientsDialog } from './AddRecipientsDialog';
import { BatchDialog } from './BatchDialog';
import { broadcastResource, setBatchEnabledMutation, type Batch } from '../../api/resources/broadcasts';
import { KIND_WORDS, type BroadcastKind } from './broadcastKinds';

/**
 * A broadcast's batches with their progress, for either kind; a disabled batch's numbers wait until
 * it is enabled again. The page reads the batches (it polls them while the broadcast runs).
 */
export function BatchesPanel({
  kind,
  id,
  batches: items,
  editable,
}: {
  kind: BroadcastKind;
  id: number;
  batches: Batch[] | undefined;
  editable: boolean;
}) {
  const { mutations } = broadcastResource(kind);
  const setEnabled = useMutation(setBatchEnabledMutation());
  const [dialog, setDialog] = useState<'batch' | 'recipients'>();
  const [shownBatch, setShownBatch] = useState<number>();
  const batches = items ?? [];
  const { verb } = KIND_WORDS[kind];
  return (
    <Stack spacing={2}>
      {editable && (
        <Stack direction="row" spacing={1}>
          <Button startIcon={<AddIcon />} variant="outlined" onClick={() => setDialog('batch')}>
            Add batch
          </Button>
          <Button startIcon={<AddIcon />} onClick={() => setDialog('recipients')}>
            Add recipients
          </Button>
        </Stack>
      )}
      {batches.length === 0 ? (
        <Typography color="text.secondary">No batches yet.</Typography>
      ) : (
        <Table size="small" aria-label="Batches">
          <TableHead>
            <TableRow>
              <TableCell>Batch</TableCell>
              <TableCell>Status</TableCell>
              <TableCell align="right">Size</TableCell>
              <TableCell align="right">Remaining</TableCell>
              <TableCell>Enabled</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {batches.map((batch) => (
              <TableRow key={batch.id}>
                <TableCell>
                  <Link component="button" type="button" onClick={() => setShownBatch(batch.id)}>
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
                    disabled={!editable || setEnabled.isPending}
                    onChange={(event) => setEnabled.mutate({ batchId: batch.id!, enabled: event.target.checked })}
                    slotProps={{ input: { 'aria-label': `Batch ${batch.name || batch.id} enabled` } }}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <AddBatchDialog
        addBatch={mutations.addBatch(id)}
        verb={verb}
        open={dialog === 'batch'}
        onClose={() => setDialog(undefined)}
      />
      <AddRecipientsDialog
        addRecipients={mutations.addRecipients(id)}
        verb={`${verb}ed`}
        open={dialog === 'recipients'}
        onClose={() => setDialog(undefined)}
      />
      {shownBatch !== undefined && <BatchDialog batchId={shownBatch} onClose={() => setShownBatch(undefined)} />}
    </Stack>
  );
}
