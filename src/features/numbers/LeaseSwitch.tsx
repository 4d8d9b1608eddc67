import { FormControlLabel, Switch } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { numberMutations, type NumberLease } from '../../api/resources/numbers';
import { formatPhone } from '../../lib/phone';

export type LeaseSetting = 'autoRenew' | 'callFeatureStatus' | 'textFeatureStatus';

const SETTING_LABELS: Record<LeaseSetting, string> = {
  autoRenew: 'Auto-renew',
  callFeatureStatus: 'Calls',
  textFeatureStatus: 'Texts',
};

const isOn = (lease: NumberLease, setting: LeaseSetting) =>
  setting === 'autoRenew' ? Boolean(lease.autoRenew) : lease[setting] === 'ENABLED';

/**
 * Switches one lease setting (auto-renewal, or the call or text feature) at once; the lease is
 * fetched again after, so what shows is what CallFire kept. A feature the number does not support,
 * or one still being enabled, cannot be switched.
 */
export function LeaseSwitch({
  lease,
  setting,
  showLabel,
}: {
  lease: NumberLease;
  setting: LeaseSetting;
  showLabel?: boolean;
}) {
  const { mutate, isPending, variables } = useMutation(numberMutations.updateLease());
  const fixed =
    lease.status === 'RELEASED' ||
    (setting !== 'autoRenew' && (lease[setting] === 'UNSUPPORTED' || lease[setting] === 'PENDING'));
  const checked = isPending && variables ? Boolean(variables.on) : isOn(lease, setting);
  const label = `${SETTING_LABELS[setting]} ${formatPhone(lease.number)}`;
  const toggle = (on: boolean) =>
    mutate({
      number: lease.number!,
      on,
      changes: setting === 'autoRenew' ? { autoRenew: on } : { [setting]: on ? 'ENABLED' : 'DISABLED' },
    });
  const control = (
    <Switch
      checked={checked}
      disabled={isPending || fixed}
      onChange={(event) => toggle(event.target.checked)}
      slotProps={{ input: { 'aria-label': label } }}
    />
  );
  return showLabel ? <FormControlLabel control={control} label={SETTING_LABELS[setting]} /> : control;
}
