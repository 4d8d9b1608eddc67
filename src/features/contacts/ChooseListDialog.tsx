import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  MenuItem,
  TextField,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '../../api/ApiError';
import { contactListsQuery } from './contactQueries';

/** Picks one of the newest 1,000 lists to add the selected contacts to. */
export function ChooseListDialog({
  count,
  onSubmit,
  onClose,
}: {
  count: number;
  onSubmit: (listId: number) => Promise<unknown>;
  onClose: () => void;
}) {
  const { data } = useQuery(contactListsQuery('', { limit: 1000, offset: 0 }));
  const [listId, setListId] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (!listId) return setError('Choose a list');
    setBusy(true);
    try {
      await onSubmit(Number(listId));
      onClose();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="choose-list-title" fullWidth maxWidth="sm">
      <DialogTitle id="choose-list-title">Add to list</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          Add {count === 1 ? 'the selected contact' : `the ${count} selected contacts`} to a list. Contacts already in
          it stay once.
        </DialogContentText>
        <TextField
          select
          fullWidth
          label="List"
          value={listId}
          onChange={(event) => {
            setListId(event.target.value);
            setError(undefined);
          }}
          error={Boolean(error)}
          helperText={error}
        >
          {(data?.items ?? []).map((list) => (
            <MenuItem key={list.id} value={String(list.id)}>
              {list.name} ({list.size?.toLocaleString()})
            </MenuItem>
          ))}
        </TextField>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" onClick={() => void submit()} disabled={busy}>
          Add to list
        </Button>
      </DialogActions>
    </Dialog>
  );
}
