import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useState } from 'react';
import { errorMessage } from '../../api/ApiError';
import { PhoneListField } from '../../components/PhoneListField';
import { notify } from '../../lib/notifications';
import { parsePhoneList } from '../../lib/phone';
import { phoneListProblem } from '../../lib/phoneListProblem';
import { useAddRecipients } from './useBroadcastMutations';

/** Adds recipients straight to the broadcast (no batch validation); they are called as soon as it runs. */
export function AddRecipientsDialog({
  broadcastId,
  open,
  onClose,
}: {
  broadcastId: number;
  open: boolean;
  onClose: () => void;
}) {
  const addRecipients = useAddRecipients(broadcastId);
  const [numbers, setNumbers] = useState('');
  const [problem, setProblem] = useState<string>();
  const parsed = parsePhoneList(numbers);
  const close = () => {
    setNumbers('');
    setProblem(undefined);
    onClose();
  };
  const submit = async () => {
    if (phoneListProblem(parsed)) return setProblem(phoneListProblem(parsed));
    try {
      const { items } = await addRecipients.mutateAsync(parsed.numbers.map((phoneNumber) => ({ phoneNumber })));
      notify(`${items.length} recipients added`, 'success');
      close();
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };
  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="sm" aria-labelledby="add-recipients-title">
      <DialogTitle id="add-recipients-title">Add recipients</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>Up to 1,000 numbers, called as soon as the broadcast runs.</DialogContentText>
        <PhoneListField
          label="Recipient numbers"
          value={numbers}
          parsed={parsed}
          onChange={setNumbers}
          problem={problem}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>Cancel</Button>
        <Button variant="contained" onClick={submit} disabled={addRecipients.isPending}>
          Add recipients
        </Button>
      </DialogActions>
    </Dialog>
  );
}
