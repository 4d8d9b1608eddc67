import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from '@mui/material';
import { useQuery, useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '../../api/ApiError';
import { notify } from '../../lib/notifications';
import { useDebouncedValue } from './useDebouncedValue';
import { dncMutations, dncSourceCountQuery } from '../../api/resources/dnc';

const plural = (count: number) => `${count.toLocaleString()} ${count === 1 ? 'entry' : 'entries'}`;

/**
 * Deletes every entry of one source. The dialog is its own confirmation: it looks up how many entries
 * the source holds and names both on the delete button.
 */
function DeleteBySourceForm({ initialSource, onClose }: { initialSource: string; onClose: () => void }) {
  const [source, setSource] = useState(initialSource);
  const settled = useDebouncedValue(source.trim(), 300);
  const count = useQuery({ ...dncSourceCountQuery(settled), enabled: settled !== '', throwOnError: false });
  const deleteSource = useMutation(dncMutations.deleteBySource());
  const current = settled === source.trim() && count.data !== undefined ? count.data : undefined;
  const empty = current === 0;

  const submit = () =>
    deleteSource.mutate(settled, {
      onSuccess: () => {
        notify(`Deleted ${plural(current ?? 0)} from “${settled}”`, 'success');
        onClose();
      },
    });

  return (
    <>
      <DialogTitle id="delete-source-title">Delete a source</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          Removes every do-not-contact entry that came from one source, such as an imported list.
        </DialogContentText>
        <TextField
          autoFocus
          fullWidth
          label="Source"
          value={source}
          onChange={(event) => setSource(event.target.value)}
          error={empty}
          helperText={empty ? `No entries have the source “${settled}”` : ' '}
        />
        {count.error && <Alert severity="error">{errorMessage(count.error)}</Alert>}
        {current !== undefined && current > 0 && (
          <Alert severity="warning" role="status">
            This deletes all {plural(current)} from “{settled}”. It cannot be undone.
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button color="error" variant="contained" disabled={!current || deleteSource.isPending} onClick={submit}>
          {current ? `Delete ${plural(current)}` : 'Delete'}
        </Button>
      </DialogActions>
    </>
  );
}

export function DeleteBySourceDialog({
  open,
  initialSource,
  onClose,
}: {
  open: boolean;
  initialSource: string;
  onClose: () => void;
}) {
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="delete-source-title" fullWidth maxWidth="sm">
      {open && <DeleteBySourceForm initialSource={initialSource} onClose={onClose} />}
    </Dialog>
  );
}
