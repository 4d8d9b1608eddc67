import { ACTION_STATE, CALL_RESULT, codesOf, labelsOf, TONE_COLOR, type CallResult } from './vocabulary';

export type { ActionState, CallResult } from './vocabulary';

/** Calls' states and results as filters and charts list them; the words are the vocabulary's. */
export const CALL_RESULT_LABELS = labelsOf(CALL_RESULT);
export const CALL_STATE_LABELS = labelsOf(ACTION_STATE);
export const CALL_RESULTS = codesOf(CALL_RESULT);
export const CALL_STATES = codesOf(ACTION_STATE);

/** The palette colour a result is drawn in, in chips and charts alike. */
export const resultColor = (result: CallResult) => TONE_COLOR[CALL_RESULT[result].tone];
