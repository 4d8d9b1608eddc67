import { Switch } from '@mui/material';
import type { Schema } from '../../api/types';
import { formatPhone } from '../../lib/phone';
import { dncMutations } from '../../api/resources/dnc';
import { useMutation } from '@tanstack/react-query';

type Entry = Schema<'DoNotContact'>;

const LABELS = { call: 'Do not call', text: 'Do not text' } as const;

/**
 * A row's do-not-call or do-not-text switch. The change is shown at once and sent with the entry's
 * other list flag, so CallFire gets the full pair it expects.
 */
export function DncFlagSwitch({ entry, flag }: { entry: Entry; flag: 'call' | 'text' }) {
  const toggle = useMutation(dncMutations.toggleFlag());
  const checked = Boolean(entry[flag]);
  return (
    <Switch
      size="small"
      checked={checked}
      onChange={() =>
        toggle.mutate({
          number: entry.number!,
          changes: { call: Boolean(entry.call), text: Boolean(entry.text), [flag]: !checked },
        })
      }
      slotProps={{ input: { 'aria-label': `${LABELS[flag]} ${formatPhone(entry.number)}` } }}
    />
  );
}
