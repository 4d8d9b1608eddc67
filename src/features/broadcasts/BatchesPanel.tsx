import AddIcon from '@mui/icons-material/Add';
import { Button, Stack, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import type { AddBatchDialog as GenericAddBatchDialog } from './AddBatchDialog';
import type { AddRecipientsDialog as GenericAddRecipientsDialog } from './AddRecipientsDialog';
import { BatchesTable } from './BatchesTable';
import { broadcastResource, setBatchEnabledMutation, type Batch } from '../../api/resources/broadcasts';
import { KIND_WORDS, type BroadcastKind } from './broadcastKinds';

// The dialogs (with the form library and zod) load when the operator opens one, not with the detail page.
// `lazy` drops the dialogs' type parameters (what their mutations take); the loaded components keep them.
const AddBatchDialog = lazy(async () => ({
  default: (await import('./AddBatchDialog')).AddBatchDialog,
})) as unknown as typeof GenericAddBatchDialog;
const AddRecipientsDialog = lazy(async () => ({
  default: (await import('./AddRecipientsDialog')).AddRecipientsDialog,
})) as unknown as typeof GenericAddRecipientsDialog;
const BatchDialog = lazy(async () => ({ default: (await import('./BatchDialog')).BatchDialog }));

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
      <Suspense>
        {dialog === 'batch' && (
          <AddBatchDialog addBatch={mutations.addBatch(id)} verb={verb} open onClose={() => setDialog(undefined)} />
        )}
        {dialog === 'recipients' && (
          <AddRecipientsDialog
            addRecipients={mutations.addRecipients(id)}
            verb={`${verb}ed`}
            open
            onClose={() => setDialog(undefined)}
          />
        )}
        {shownBatch !== undefined && <BatchDialog batchId={shownBatch} onClose={() => setShownBatch(undefined)} />}
      </Suspense>
    </Stack>
  );
}
