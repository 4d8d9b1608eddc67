import { badRequest } from './errors';

/**
 * CallFire's wire form of a number: 11 digits starting with 1 (North America), or a 5-6 digit
 * short code. A leading "+" and a bare 10-digit number are accepted and normalised, as CallFire does.
 */
export function normalizeNumber(value: string): string | undefined {
  const digits = value.trim().replace(/^\+/, '');
  if (!/^\d+$/.test(digits)) return undefined;
  if (/^\d{5,6}$/.test(digits)) return digits;
  if (/^[2-9]\d{9}$/.test(digits)) return `1${digits}`;
  if (/^1[2-9]\d{9}$/.test(digits)) return digits;
  return undefined;
}

/** Like normalizeNumber, but a bad number is a 400 that names the field and the value. */
export function requireNumber(value: string, field: string): string {
  const number = normalizeNumber(value);
  if (!number)
    throw badRequest(`${field}: "${value}" is not a valid phone number (expected 11 digits such as 12135550100)`);
  return number;
}
