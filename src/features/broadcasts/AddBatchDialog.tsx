import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  MenuItem,
  Radio,
  RadioGroup,
  Stack,
  TextField,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '../../api/ApiError';
import { PhoneListField } from '../../components/PhoneListField';
import { parsePhoneList } from '../../lib/phone';
import { phoneListProblem } from '../../lib/phoneListProblem';
import { contactListsQuery } from './broadcastQueries';
import { useAddBatch } from './useBroadcastMutations';

type Source = 'list' | 'numbers';

/** Adds a batch from a contact list or pasted numbers, optionally without numbers the broadcast already has. */
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
  const [source, setSource] = useState<Source>('list');
  const [listId, setListId] = useState('');
  const [numbers, setNumbers] = useState('');
  const [scrubDuplicates, setScrubDuplicates] = useState(true);
  const [problem, setProblem] = useState<string>();
  const parsed = parsePhoneList(numbers);
  const { data: lists = [] } = useQuery({ ...contactListsQuery(), enabled: open });

  const close = () => {
    setName('');
    setNumbers('');
    setListId('');
    setProblem(undefined);
    addBatch.reset();
    onClose();
  };
  const submit = async () => {
    if (source === 'list' && !listId) return setProblem('Choose a contact list');
    if (source === 'numbers' && phoneListProblem(parsed)) return setProblem(phoneListProblem(parsed));
    try {
      await addBatch.mutateAsync({
        name: name.trim() || undefined,
        ...(source === 'list'
          ? { contactListId: Number(listId) }
          : { recipients: parsed.numbers.map((phoneNumber) => ({ phoneNumber })) }),
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
          <RadioGroup
            row
            aria-label="Recipients from"
            value={source}
            onChange={(event) => {
              setSource(event.target.value as Source);
              setProblem(undefined);
            }}
          >
            <FormControlLabel value="list" control={<Radio />} label="A contact list" />
            <FormControlLabel value="numbers" control={<Radio />} label="Pasted numbers" />
          </RadioGroup>
          {source === 'list' ? (
            <TextField
              select
              label="Contact list"
              value={listId}
              onChange={(event) => setListId(event.target.value)}
              error={Boolean(problem)}
              helperText={
                problem ??
                (lists.length ? 'Each contact is called on its first number' : 'The account has no contact lists')
              }
            >
              {lists.map((list) => (
                <MenuItem key={list.id} value={String(list.id)}>
                  {list.name} ({list.size ?? 0} contacts)
                </MenuItem>
              ))}
            </TextField>
          ) : (
            <PhoneListField
              label="Phone numbers"
              value={numbers}
              parsed={parsed}
              onChange={setNumbers}
              problem={problem}
              minRows={5}
            />
          )}
          <FormControlLabel
            control={
              <Checkbox checked={scrubDuplicates} onChange={(event) => setScrubDuplicates(event.target.checked)} />
            }
            label="Leave out numbers the broadcast already has"
          />
          {addBatch.isPending && <Alert severity="info">Adding the batch…</Alert>}
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
