import AutorenewIcon from '@mui/icons-material/Autorenew';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import ScheduleIcon from '@mui/icons-material/Schedule';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Chip } from '@mui/material';
import type { ReactElement } from 'react';
import { TONE_COLOR, type Terms, type Tone } from '../lib/vocabulary';

const ICONS: Record<Tone, ReactElement> = {
  success: <CheckCircleIcon />,
  active: <AutorenewIcon />,
  waiting: <ScheduleIcon />,
  warning: <WarningAmberIcon />,
  error: <ErrorIcon />,
  neutral: <RadioButtonUncheckedIcon />,
};

interface StatusChipProps<Code extends string> {
  /** The vocabulary the code belongs to (`CALL_RESULT`, `BROADCAST_STATUS`…). */
  terms: Terms<Code>;
  code: Code | undefined;
}

/**
 * Every state and result in the console, drawn one way: its words, with the tone's icon and outline.
 * The words stay in the text colour (readable in both schemes); the colour and icon say the tone.
 * An absent code draws nothing; an unknown one (a newer CallFire) reads "Other".
 */
export function StatusChip<Code extends string>({ terms, code }: StatusChipProps<Code>) {
  if (code === undefined) return null;
  const { label, tone } = (terms[code] as Terms<Code>[Code] | undefined) ?? {
    label: 'Other',
    tone: 'neutral' as const,
  };
  const color = TONE_COLOR[tone];
  return (
    <Chip
      size="small"
      variant="outlined"
      label={label}
      icon={ICONS[tone]}
      sx={{
        color: 'text.primary',
        borderColor: color === 'grey' ? 'divider' : `${color}.main`,
        '& .MuiChip-icon': { color: color === 'grey' ? 'text.secondary' : `${color}.main` },
      }}
    />
  );
}
