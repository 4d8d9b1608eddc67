import { Chip } from '@mui/material';
import {
  CALL_RESULT_LABELS,
  CALL_STATE_LABELS,
  resultColor,
  type ActionState,
  type CallResult,
} from '../lib/callOutcomes';

export function CallResultChip({ result }: { result: CallResult | undefined }) {
  if (!result) return null;
  return <Chip size="small" variant="outlined" color={resultColor(result)} label={CALL_RESULT_LABELS[result]} />;
}

export function CallStateChip({ state }: { state: ActionState | undefined }) {
  if (!state) return null;
  const color =
    state === 'FINISHED' ? 'success' : state === 'SELECTED' ? 'primary' : state === 'READY' ? 'default' : 'warning';
  return <Chip size="small" color={color} label={CALL_STATE_LABELS[state]} />;
}
