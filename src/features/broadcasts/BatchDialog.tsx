import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { batchQuery } from '../../api/resources/broadcasts';
import { DetailList } from '../../components/DetailList';
import { StatusChip } from '../../components/StatusChip';
import { formatDateTime, formatNumber } from '../../lib/format';
import { BATCH_STATUS } from '../../lib/vocabulary';

/** One batch's figures, opened from the batches table. */
export function BatchDialog({ batchId, onClose }: { batchId: number; onClose: () => void }) {
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
