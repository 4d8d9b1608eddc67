import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  InputAdornment,
  Stack,
  TextField,
} from '@mui/material';
import type { Schema } from '../../api/types';
import { notify } from '../../lib/notifications';

function CopyableField({ label, value }: { label: string; value: string }) {
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      notify(`${label} copied`, 'success');
    } catch {
      notify(`Could not copy; select the ${label.toLowerCase()} and copy it by hand`, 'warning');
    }
  };
  return (
    <TextField
      label={label}
      value={value}
      fullWidth
      slotProps={{
        input: {
          readOnly: true,
          sx: { fontFamily: 'monospace' },
          endAdornment: (
            <InputAdornment position="end">
              <IconButton aria-label={`Copy ${label.toLowerCase()}`} onClick={copy} edge="end">
                <ContentCopyIcon />
              </IconButton>
            </InputAdornment>
          ),
        },
      }}
    />
  );
}

/** Shows a new credential's login and password: the only time CallFire sends the password. */
export function NewCredentialDialog({
  credential,
  onClose,
}: {
  credential: Schema<'ApiCredential'>;
  onClose: () => void;
}) {
  return (
    <Dialog open onClose={onClose} aria-labelledby="new-credential-title" fullWidth maxWidth="sm">
      <DialogTitle id="new-credential-title">API credential “{credential.name}” created</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Alert severity="warning">
            Copy the password now: it will not be shown again. If it is lost, delete this credential and create another.
          </Alert>
          <CopyableField label="Login" value={credential.username ?? ''} />
          <CopyableField label="Password" value={credential.password ?? ''} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose}>
          I have copied it
        </Button>
      </DialogActions>
    </Dialog>
  );
}
