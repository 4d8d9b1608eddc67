import { ACTION_STATE, CALL_RESULT, type ActionState, type CallResult } from '../lib/vocabulary';
import { StatusChip } from './StatusChip';

export const CallResultChip = ({ result }: { result: CallResult | undefined }) => (
  <StatusChip terms={CALL_RESULT} code={result} />
);

/** A call's or a text's state. */
export const CallStateChip = ({ state }: { state: ActionState | undefined }) => (
  <StatusChip terms={ACTION_STATE} code={state} />
);
