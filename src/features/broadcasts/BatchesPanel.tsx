import AddIcon from '@mui/icons-material/Add';
import { Button, Stack, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { AddBatchDialog } from './AddBatchDialog';
import { AddRecipientsDialog } from './AddRecipientsDialog';
import { BatchDialog } from './BatchDialog';
import { BatchesTable } from './BatchesTable';
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
        <BatchesTable
          batches={batches}
          editable={editable}
          onOpen={setShownBatch}
          onEnable={(batchId, enabled) => setEnabled.mutate({ batchId, enabled })}
          enabling={setEnabled.isPending}
        />
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
