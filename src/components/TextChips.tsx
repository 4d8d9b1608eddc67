import { TEXT_RESULT, type TextResult } from '../lib/vocabulary';
import { StatusChip } from './StatusChip';

export const TextResultChip = ({ result }: { result: TextResult | undefined }) => (
  <StatusChip terms={TEXT_RESULT} code={result} />
);
