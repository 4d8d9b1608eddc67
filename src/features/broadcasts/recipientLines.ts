import { normalizePhone } from '../../lib/phone';

export interface RecipientLine {
  phoneNumber: string;
  attributes?: Record<string, string>;
}

export interface RecipientLinesParse {
  recipients: RecipientLine[];
  /** Lines that could not be read, with the line number (from 1) and why. */
  problems: { line: number; reason: string }[];
}

/**
 * Reads recipients typed one a line: a phone number, then optional `name=value` attributes
 * separated by commas, e.g. `(213) 555-0100, first=Ann, time=9:30`. Attribute names are what
 * `${name}` placeholders in the message refer to.
 */
export function parseRecipientLines(text: string): RecipientLinesParse {
  const result: RecipientLinesParse = { recipients: [], problems: [] };
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim()) return;
    const [numberPart, ...attributeParts] = raw.split(',');
    const parsed = normalizePhone(numberPart);
    if (!parsed.ok) return result.problems.push({ line, reason: `${numberPart.trim()}: ${parsed.reason}` });
    const { attributes, problem } = readAttributes(attributeParts);
    if (problem) return result.problems.push({ line, reason: problem });
    result.recipients.push({
      phoneNumber: parsed.number,
      ...(Object.keys(attributes).length ? { attributes } : {}),
    });
  });
  return result;
}

/** `name=value` parts; the first part that is not one is the problem. */
function readAttributes(parts: string[]): { attributes: Record<string, string>; problem?: string } {
  const attributes: Record<string, string> = {};
  for (const part of parts) {
    if (!part.trim()) continue;
    const match = /^\s*([A-Za-z_][\w.-]*)\s*=(.*)$/.exec(part);
    if (!match) return { attributes, problem: `"${part.trim()}" is not name=value` };
    attributes[match[1]] = match[2].trim();
  }
  return { attributes };
}

/** Attributes typed as `name=value` pairs separated by commas (parts that are not are left out). */
export const parseAttributes = (text: string) =>
  Object.fromEntries(
    text.split(',').flatMap((part) => {
      const { attributes } = readAttributes([part]);
      return Object.entries(attributes);
    }),
  );

/** The problems as one sentence for a field's helper text (the first three lines named). */
export function recipientLinesProblem(parse: RecipientLinesParse): string | undefined {
  if (!parse.problems.length) return undefined;
  const shown = parse.problems.slice(0, 3).map((problem) => `line ${problem.line}: ${problem.reason}`);
  const more = parse.problems.length > 3 ? ` and ${parse.problems.length - 3} more` : '';
  return `Check ${shown.join('; ')}${more}`;
}
