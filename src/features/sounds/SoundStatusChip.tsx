import { Chip, type ChipProps } from '@mui/material';
import type { SoundStatus } from '../../lib/soundQueries';

const COLORS: Record<SoundStatus, ChipProps['color']> = {
  ACTIVE: 'success',
  ACTIVE_SYSTEM: 'success',
  UPLOAD: 'info',
  RECORDING: 'info',
  FAILED: 'error',
  ARCHIVED: 'default',
  SCRUBBED: 'warning',
};

export function SoundStatusChip({ status }: { status: SoundStatus | undefined }) {
  if (!status) return null;
  return (
    <Chip size="small" label={status} color={COLORS[status]} variant={status === 'ARCHIVED' ? 'outlined' : 'filled'} />
  );
}
