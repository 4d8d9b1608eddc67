import { Chip } from '@mui/material';
import type { CallBroadcast } from './broadcastQueries';

const COLORS: Partial<
  Record<NonNullable<CallBroadcast['status']>, 'success' | 'primary' | 'warning' | 'default' | 'info'>
> = {
  RUNNING: 'success',
  SCHEDULED: 'info',
  STOPPED: 'warning',
  FINISHED: 'primary',
};

export function BroadcastStatusChip({ status }: { status: CallBroadcast['status'] }) {
  if (!status) return null;
  return <Chip size="small" color={COLORS[status] ?? 'default'} label={status.replace('_', ' ').toLowerCase()} />;
}
