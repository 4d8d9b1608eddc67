import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Skeleton } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { DetailList } from '../../components/DetailList';
import { apiCredentialQuery } from '../../api/resources/account';

/** One credential as CallFire has it now; the password's last characters tell which one a program holds. */
export function CredentialDetailsDialog({ id, onClose }: { id: number; onClose: () => void }) {
  const { data: credential, error } = useQuery({ ...apiCredentialQuery(id), throwOnError: false });
  return (
    <Dialog open onClose={onClose} aria-labelledby="credential-details-title" fullWidth maxWidth="sm">
      <DialogTitle id="credential-details-title">{credential?.name ?? 'API credential'}</DialogTitle>
      <DialogContent>
        {error ? (
          error.message
        ) : !credential ? (
          <Skeleton variant="rounded" height={100} role="status" aria-label="Loading" />
        ) : (
          <DetailList
            details={[
              { label: 'Name', value: credential.name },
              { label: 'Login', value: credential.username },
              { label: 'Password', value: `${credential.password} (only the end is ever shown again)` },
              { label: 'Status', value: credential.enabled ? 'Enabled' : 'Disabled' },
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
