/**
 * Phone numbers as operators type them and as CallFire wants them: North American numbers in
 * CallFire's 11-digit form without "+" (12135550100). Short codes (5-6 digits) pass through as is.
 */
export type PhoneParse = { ok: true; number: string } | { ok: false; reason: string };

export function normalizePhone(input: string, { allowShortCode = false } = {}): PhoneParse {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, reason: 'Enter a phone number' };
  if (/[^\d\s()+.-]/.test(trimmed)) {
    return { ok: false, reason: 'A phone number may only contain digits, spaces, +, -, . and parentheses' };
  }
  const digits = trimmed.replace(/\D/g, '');
  if (allowShortCode && /^\d{5,6}$/.test(digits) && !/[()+\-.\s]/.test(trimmed)) return { ok: true, number: digits };
  if (trimmed.startsWith('+') && !digits.startsWith('1')) {
    return { ok: false, reason: 'Only North American (+1) numbers are supported' };
  }
  const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  if (national.length !== 10) return { ok: false, reason: 'A phone number has 10 digits, or 11 starting with 1' };
  if (!/^[2-9]\d{2}[2-9]/.test(national)) {
    return { ok: false, reason: 'Area code and exchange cannot start with 0 or 1' };
  }
  return { ok: true, number: `1${national}` };
}

/** A number as typed, in CallFire's form; undefined when it is not a valid number. */
export function callFireNumber(input: string): string | undefined {
  const parsed = normalizePhone(input);
  return parsed.ok ? parsed.number : undefined;
}

/** `12135550100` → `(213) 555-0100`; anything else is shown as given. */
export function formatPhone(number: string | undefined): string {
  if (!number) return '—';
  const match = /^1?(\d{3})(\d{3})(\d{4})$/.exec(number);
  return match ? `(${match[1]}) ${match[2]}-${match[3]}` : number;
}

export interface PhoneListParse {
  /** Normalised numbers, first occurrence kept, in input order. */
  numbers: string[];
  invalid: { input: string; reason: string }[];
  duplicates: number;
}

/**
 * Reads a pasted block of numbers: one per line, or separated by commas, semicolons or tabs.
 * Spaces inside a number are kept, since people write `(213) 555 0100`.
 */
export function parsePhoneList(text: string, options?: { allowShortCode?: boolean }): PhoneListParse {
  const seen = new Set<string>();
  const result: PhoneListParse = { numbers: [], invalid: [], duplicates: 0 };
  for (const raw of text.split(/[\n\r,;\t]+/)) {
    const input = raw.trim();
    if (!input) continue;
    const parsed = normalizePhone(input, options);
    if (!parsed.ok) result.invalid.push({ input, reason: parsed.reason });
    else if (seen.has(parsed.number)) result.duplicates += 1;
    else {
      seen.add(parsed.number);
      result.numbers.push(parsed.number);
    }
  }
  return result;
}
