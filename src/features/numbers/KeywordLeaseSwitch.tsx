import { Switch } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { numberMutations, type KeywordLease } from '../../api/resources/numbers';

/** Turns a keyword lease's auto-renewal on or off at once; the list refreshes from CallFire after. */
export function KeywordLeaseSwitch({ lease }: { lease: KeywordLease }) {
  const { mutate, isPending, variables } = useMutation(numberMutations.updateKeywordLease());
  const checked = isPending && variables ? Boolean(variables.changes.autoRenew) : Boolean(lease.autoRenew);
  return (
    <Switch
      checked={checked}
      disabled={isPending || lease.status === 'RELEASED'}
      onChange={(event) => mutate({ keyword: lease.keyword!, changes: { autoRenew: event.target.checked } })}
      slotProps={{ input: { 'aria-label': `Auto-renew ${lease.keyword}` } }}
    />
  );
}
