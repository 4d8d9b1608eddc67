import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Skeleton, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { planUsageQuery } from '../../api/resources/account';
import { DetailList } from '../../components/DetailList';
import { formatNumber } from '../../lib/format';
import type { PreflightSummary } from './preflight';

interface PreflightDialogProps {
  name: string;
  open: boolean;
  starting: boolean;
  /** Undefined while the broadcast's statistics load. */
  summary: PreflightSummary | undefined;
  onCancel: () => void;
  onStart: () => void;
}

/** Before a start: how many recipients, how many are on the do-not-contact list, and what it may cost. */
export function PreflightDialog({ name, open, starting, summary, onCancel, onStart }: PreflightDialogProps) {
  const { data: usage } = useQuery({ ...planUsageQuery(), enabled: open });
  const remaining = usage?.totalRemainingCredits;
  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby="preflight-title" fullWidth maxWidth="sm">
      <DialogTitle id="preflight-title">Start {name}?</DialogTitle>
      <DialogContent>
        {!summary || remaining === undefined ? (
          <Skeleton variant="rounded" height={140} aria-label="Loading the summary" />
        ) : (
          <>
            <DetailList
              details={[
                { label: summary.recipientsLabel, value: formatNumber(summary.recipients) },
                {
                  label: summary.blockedLabel,
                  value: `${summary.blockedAtLeast ? 'at least ' : ''}${formatNumber(summary.blocked)}`,
                },
                { label: 'Estimated cost', value: `about ${formatNumber(summary.estimate)} credits (estimate)` },
                ...(summary.worstCase === undefined
                  ? []
                  : [
                      {
                        label: 'With every retry',
                        value: `up to ${formatNumber(summary.worstCase)} credits (estimate)`,
                      },
                    ]),
                { label: 'Credits remaining', value: formatNumber(remaining) },
              ]}
            />
            <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
              {summary.explanation}
            </Typography>
            {summary.estimate > remaining && (
              <Alert severity="warning" sx={{ mt: 2 }}>
                The estimate is more than the credits left; the broadcast may stop when they run out.
              </Alert>
            )}
            {summary.recipients === 0 && (
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
        <Button variant="contained" onClick={onStart} disabled={starting || !summary}>
          Start broadcast
        </Button>
      </DialogActions>
    </Dialog>
  );
}
