import { codesOf, labelsOf, TEXT_RESULT, TONE_COLOR, type TextResult } from './vocabulary';

export type { TextResult } from './vocabulary';

/** Texts' results as filters and charts list them; the words are the vocabulary's. */
export const TEXT_RESULT_LABELS = labelsOf(TEXT_RESULT);
export const TEXT_RESULTS = codesOf(TEXT_RESULT);

/** The palette colour a result is drawn in, in chips and charts alike. */
export const textResultColor = (result: TextResult) => TONE_COLOR[TEXT_RESULT[result].tone];
