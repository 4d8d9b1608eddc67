import { z } from 'zod';
import { parsePhoneList, type PhoneListParse } from './phone';

/** What is wrong with a pasted list of numbers, in words for the field's helper text; undefined when nothing. */
export function phoneListProblem(parsed: PhoneListParse, { required = true } = {}): string | undefined {
  if (parsed.invalid.length) return `Not a phone number: ${parsed.invalid.map((entry) => entry.input).join(', ')}`;
  if (required && parsed.numbers.length === 0) return 'Enter at least one phone number';
  return undefined;
}

/** A form field of pasted phone numbers: valid when every entry is a number (and, if required, one is there). */
export const phoneListText = ({ required = true } = {}) =>
  z.string().superRefine((text, context) => {
    const problem = phoneListProblem(parsePhoneList(text), { required });
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });
