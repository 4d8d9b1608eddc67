import { Chip, type ChipProps } from '@mui/material';
import type { SoundStatus } from '../../api/resources/sounds';

const COLORS: Record<SoundStatus, ChipProps['color']> = {
  ACTIVE: 'success',
  ACTIVE_SYSTEM: 'success',
  // Colours whose white label keeps a 4.5:1 contrast in the light scheme.
  UPLOAD: 'secondary',
  RECORDING: 'secondary',
  FAILED: 'error',
  ARCHIVED: 'default',
  SCRUBBED: 'default',
};

export function SoundStatusChip({ status }: { status: SoundStatus | undefined }) {
  if (!status) return null;
  return (
    <Chip size="small" label={status} color={COLORS[status]} variant={status === 'ARCHIVED' ? 'outlined' : 'filled'} />
  );
}
