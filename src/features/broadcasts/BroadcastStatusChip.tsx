import { Chip } from '@mui/material';
import type { CallBroadcast } from '../../api/resources/broadcasts';

// Only colours whose filled chips keep white text readable (info and warning do not).
const COLORS: Partial<Record<NonNullable<CallBroadcast['status']>, 'success' | 'primary'>> = {
  RUNNING: 'success',
  FINISHED: 'primary',
};

export function BroadcastStatusChip({ status }: { status: CallBroadcast['status'] }) {
  if (!status) return null;
  return <Chip size="small" color={COLORS[status] ?? 'default'} label={status.replace('_', ' ').toLowerCase()} />;
}
