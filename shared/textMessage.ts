/**
 * Text message rules shared by the console (live preview, character counter) and the sandbox (what
 * a text broadcast really sends): `${attribute}` placeholders and 160-character message parts.
 */

export const SEGMENT_LENGTH = 160;

export type BigMessageStrategy = 'SEND_MULTIPLE' | 'DO_NOT_SEND' | 'TRIM' | 'MMS';

const PLACEHOLDER = /\$\{\s*([^}\s]+)\s*\}/g;

/** The attribute names a message refers to, in order of first use. */
export function placeholderNames(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1]))];
}

/**
 * Fills `${name}` placeholders from `attributes`. A placeholder without a value becomes empty, as
 * CallFire sends it; `missing` names those so a preview can warn about them.
 */
export function fillPlaceholders(
  template: string,
  attributes: Record<string, string> | undefined,
): { text: string; missing: string[] } {
  const missing = new Set<string>();
  const text = template.replace(PLACEHOLDER, (_whole, name: string) => {
    const value = attributes?.[name];
    if (value === undefined) missing.add(name);
    return value ?? '';
  });
  return { text, missing: [...missing] };
}

/** How many 160-character parts a message is sent in (an empty message is still one part). */
export function segmentCount(text: string): number {
  return Math.max(1, Math.ceil([...text].length / SEGMENT_LENGTH));
}

/** What is sent for a message under a broadcast's big-message strategy. */
export type Delivery =
  | { kind: 'sms'; parts: string[] }
  | { kind: 'mms'; parts: [string] }
  /** DO_NOT_SEND and the message is over 160 characters: nothing goes out (TOO_BIG). */
  | { kind: 'tooBig' };

export function deliveryOf(text: string, strategy: BigMessageStrategy = 'SEND_MULTIPLE'): Delivery {
  const characters = [...text];
  if (characters.length <= SEGMENT_LENGTH) return { kind: 'sms', parts: [text] };
  switch (strategy) {
    case 'DO_NOT_SEND':
      return { kind: 'tooBig' };
    case 'TRIM':
      return { kind: 'sms', parts: [characters.slice(0, SEGMENT_LENGTH).join('')] };
    case 'MMS':
      return { kind: 'mms', parts: [text] };
    case 'SEND_MULTIPLE':
      return { kind: 'sms', parts: messageParts(text) };
  }
}

/** A message cut into the 160-character parts it is sent in. */
export function messageParts(text: string): string[] {
  const characters = [...text];
  const parts: string[] = [];
  for (let start = 0; start < characters.length; start += SEGMENT_LENGTH)
    parts.push(characters.slice(start, start + SEGMENT_LENGTH).join(''));
  return parts.length ? parts : [''];
}
