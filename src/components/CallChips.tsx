import { Chip } from '@mui/material';
import {
  CALL_RESULT_LABELS,
  CALL_STATE_LABELS,
  resultColor,
  type ActionState,
  type CallResult,
} from '../lib/callOutcomes';

/** Filled info and warning chips are too pale for their white text; they are drawn neutral instead. */
export const chipColor = (color: ReturnType<typeof resultColor>) =>
  color === 'info' || color === 'warning' ? 'default' : color;

export function CallResultChip({ result }: { result: CallResult | undefined }) {
  if (!result) return null;
  return <Chip size="small" color={chipColor(resultColor(result))} label={CALL_RESULT_LABELS[result]} />;
}

export function CallStateChip({ state }: { state: ActionState | undefined }) {
  if (!state) return null;
  const color = state === 'FINISHED' ? 'success' : state === 'SELECTED' ? 'primary' : 'default';
  return <Chip size="small" color={color} label={CALL_STATE_LABELS[state]} />;
}
