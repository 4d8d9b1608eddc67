import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Skeleton } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { autoReplyQuery } from '../../api/resources/texts';
import { DetailList } from '../../components/DetailList';
import { formatPhone } from '../../lib/phone';

/** One auto-reply as CallFire has it now. */
export function AutoReplyDetailsDialog({ id, onClose }: { id: number; onClose: () => void }) {
  const { data: reply } = useQuery(autoReplyQuery(id));
  return (
    <Dialog open onClose={onClose} aria-labelledby="auto-reply-title" fullWidth maxWidth="sm">
      <DialogTitle id="auto-reply-title">Auto-reply {id}</DialogTitle>
      <DialogContent>
        {reply ? (
          <DetailList
            details={[
              {
                label: 'Texts to',
                value: reply.keyword ? `Keyword ${reply.keyword} on 67076` : formatPhone(reply.number),
              },
              { label: 'Containing', value: reply.match ?? 'Anything' },
              { label: 'Reply', value: reply.message },
            ]}
          />
        ) : (
          <Skeleton variant="rounded" height={100} aria-label="Loading the auto-reply" />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
