import { badRequest } from '../../http/errors';
import { normalizeNumber } from '../../http/phone';

const LISTED_INVALID = 10;

/**
 * Normalises every number of a list. Any invalid one makes the whole request a 400 that names the
 * field and lists the bad values with their positions, so a client can point at each one.
 */
export function requireNumbers(values: string[], field: string): string[] {
  const numbers: string[] = [];
  const invalid: string[] = [];
  values.forEach((value, index) => {
    const number = normalizeNumber(value);
    if (number) numbers.push(number);
    else invalid.push(`[${index}] "${value}"`);
  });
  if (invalid.length === 0) return numbers;
  const listed = invalid.slice(0, LISTED_INVALID).join(', ');
  const more = invalid.length > LISTED_INVALID ? ` and ${invalid.length - LISTED_INVALID} more` : '';
  throw badRequest(
    `${field}: ${invalid.length} invalid phone number${invalid.length === 1 ? '' : 's'} (expected 11 digits such as 12135550100): ${listed}${more}`,
  );
}
