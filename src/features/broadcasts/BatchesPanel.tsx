import AddIcon from '@mui/icons-material/Add';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
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
import { useMutation, useQuery, type UseMutationOptions } from '@tanstack/react-query';
import { useState } from 'react';
import { DetailList } from '../../components/DetailList';
import { StatusChip } from '../../components/StatusChip';
import { BATCH_STATUS } from '../../lib/vocabulary';
import { formatDateTime, formatNumber } from '../../lib/format';
import { AddBatchDialog } from './AddBatchDialog';
import { AddRecipientsDialog } from './AddRecipientsDialog';
import { batchQuery, broadcastMutations, type Batch } from '../../api/resources/broadcasts';
import type { Schema } from '../../api/types';
import { KIND_WORDS, type BroadcastKind } from './broadcastKinds';

function BatchDialog({ batchId, onClose }: { batchId: number; onClose: () => void }) {
  const { data: batch } = useQuery(batchQuery(batchId));
  return (
    <Dialog open onClose={onClose} aria-labelledby="batch-title" fullWidth maxWidth="xs">
      <DialogTitle id="batch-title">Batch {batch?.name ?? batchId}</DialogTitle>
      <DialogContent>
        {batch && (
          <DetailList
            details={[
              { label: 'Batch id', value: batch.id },
              { label: 'Status', value: <StatusChip terms={BATCH_STATUS} code={batch.status} /> },
              { label: 'Recipients', value: formatNumber(batch.size) },
              { label: 'Remaining', value: formatNumber(batch.remaining) },
              { label: 'Enabled', value: batch.enabled ? 'Yes' : 'No' },
              { label: 'Added', value: formatDateTime(batch.created) },
            ]}
          />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}

/**
 * A broadcast's batches with their progress, for either kind; a disabled batch's numbers wait until
 * it is enabled again. The page reads the batches and brings its kind's add operations.
 */
export function BatchesPanel<Created, Added>({
  kind,
  batches: items,
  editable,
  addBatch,
  addRecipients,
}: {
  kind: BroadcastKind;
  batches: Batch[] | undefined;
  editable: boolean;
  addBatch: UseMutationOptions<Created, Error, Schema<'BatchRequest'>>;
  addRecipients: UseMutationOptions<{ items: Added[] }, Error, Schema<'Recipient'>[]>;
}) {
  const setEnabled = useMutation(broadcastMutations.setBatchEnabled());
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
      <AddBatchDialog addBatch={addBatch} verb={verb} open={dialog === 'batch'} onClose={() => setDialog(undefined)} />
      <AddRecipientsDialog
        addRecipients={addRecipients}
        verb={`${verb}ed`}
        open={dialog === 'recipients'}
        onClose={() => setDialog(undefined)}
      />
      {shownBatch !== undefined && <BatchDialog batchId={shownBatch} onClose={() => setShownBatch(undefined)} />}
    </Stack>
  );
}
