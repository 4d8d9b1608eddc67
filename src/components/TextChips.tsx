import { Chip } from '@mui/material';
import { TEXT_RESULT_LABELS, textResultColor, type TextResult } from '../lib/textOutcomes';
import { chipColor } from './CallChips';

export function TextResultChip({ result }: { result: TextResult | undefined }) {
  if (!result) return null;
  return <Chip size="small" color={chipColor(textResultColor(result))} label={TEXT_RESULT_LABELS[result]} />;
}
