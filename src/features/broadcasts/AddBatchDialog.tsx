import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Stack,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { errorMessage } from '../../api/ApiError';
import { parsePhoneList } from '../../lib/phone';
import { useAddBatch } from './useBroadcastMutations';

/** Adds a batch of recipients from pasted numbers, optionally without numbers the broadcast already has. */
export function AddBatchDialog({
  broadcastId,
  open,
  onClose,
}: {
  broadcastId: number;
  open: boolean;
  onClose: () => void;
}) {
  const addBatch = useAddBatch(broadcastId);
  const [name, setName] = useState('');
  const [numbers, setNumbers] = useState('');
  const [scrubDuplicates, setScrubDuplicates] = useState(true);
  const [problem, setProblem] = useState<string>();
  const parsed = parsePhoneList(numbers);

  const close = () => {
    setName('');
    setNumbers('');
    setProblem(undefined);
    addBatch.reset();
    onClose();
  };
  const submit = async () => {
    if (parsed.invalid.length)
      return setProblem(`Not a phone number: ${parsed.invalid.map((entry) => entry.input).join(', ')}`);
    if (!parsed.numbers.length) return setProblem('Paste at least one phone number');
    try {
      await addBatch.mutateAsync({
        name: name.trim() || undefined,
        recipients: parsed.numbers.map((phoneNumber) => ({ phoneNumber })),
        scrubDuplicates,
      });
      close();
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="sm" aria-labelledby="add-batch-title">
      <DialogTitle id="add-batch-title">Add a batch</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField label="Batch name" value={name} onChange={(event) => setName(event.target.value)} />
          <TextField
            label="Phone numbers"
            multiline
            minRows={5}
            value={numbers}
            onChange={(event) => setNumbers(event.target.value)}
            error={Boolean(problem)}
            helperText={
              problem ?? `${parsed.numbers.length} numbers${parsed.duplicates ? `, ${parsed.duplicates} repeated` : ''}`
            }
          />
          <FormControlLabel
            control={
              <Checkbox checked={scrubDuplicates} onChange={(event) => setScrubDuplicates(event.target.checked)} />
            }
            label="Leave out numbers the broadcast already has"
          />
          {addBatch.isPending && <Alert severity="info">Adding {parsed.numbers.length} recipients…</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>Cancel</Button>
        <Button variant="contained" onClick={submit} disabled={addBatch.isPending}>
          Add batch
        </Button>
      </DialogActions>
    </Dialog>
  );
}
