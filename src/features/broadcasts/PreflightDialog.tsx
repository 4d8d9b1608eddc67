import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Skeleton, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { DetailList } from '../../components/DetailList';
import { formatNumber } from '../../lib/format';
import { preflightOf } from './preflight';
import { planUsageQuery } from '../../api/resources/account';
import { type CallBroadcast, statsQuery } from '../../api/resources/broadcasts';

interface PreflightDialogProps {
  broadcast: CallBroadcast;
  open: boolean;
  starting: boolean;
  onCancel: () => void;
  onStart: () => void;
}

/** Before a start: how many will be called, how many are on the do-not-call list, and what it may cost. */
export function PreflightDialog({ broadcast, open, starting, onCancel, onStart }: PreflightDialogProps) {
  const { data: stats } = useQuery({ ...statsQuery(broadcast.id!, false), enabled: open, staleTime: 0 });
  const { data: usage } = useQuery({ ...planUsageQuery(), enabled: open });
  const preflight = stats && preflightOf(broadcast, stats);
  const remaining = usage?.totalRemainingCredits;
  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby="preflight-title" fullWidth maxWidth="sm">
      <DialogTitle id="preflight-title">Start {broadcast.name}?</DialogTitle>
      <DialogContent>
        {!preflight || remaining === undefined ? (
          <Skeleton variant="rounded" height={140} aria-label="Loading the summary" />
        ) : (
          <>
            <DetailList
              details={[
                { label: 'Recipients to call', value: formatNumber(preflight.recipients) },
                { label: 'On the do-not-call list (skipped)', value: formatNumber(preflight.doNotCall) },
                { label: 'Estimated cost', value: `about ${formatNumber(preflight.estimate)} credits (estimate)` },
                { label: 'With every retry', value: `up to ${formatNumber(preflight.worstCase)} credits (estimate)` },
                { label: 'Credits remaining', value: formatNumber(remaining) },
              ]}
            />
            <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
              The estimate assumes each call is answered for up to a minute at {formatNumber(1)} credit per minute;
              unanswered calls cost nothing and longer calls cost more.
            </Typography>
            {preflight.estimate > remaining && (
              <Alert severity="warning" sx={{ mt: 2 }}>
                The estimate is more than the credits left; calls may stop when they run out.
              </Alert>
            )}
            {preflight.recipients === 0 && (
              <Alert severity="info" sx={{ mt: 2 }}>
                No recipients are waiting; add a batch first or the broadcast finishes at once.
              </Alert>
            )}
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} autoFocus>
          Cancel
        </Button>
        <Button variant="contained" onClick={onStart} disabled={starting || !preflight}>
          Start broadcast
        </Button>
      </DialogActions>
    </Dialog>
  );
}
