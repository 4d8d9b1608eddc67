import { badRequest } from '../../http/errors';
import { fullPrefix } from './catalogue';

/** A number prefix (4-7 digits) in its full form, or a 400 that says what a prefix is. */
export function checkedPrefix(value: string | undefined, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4,7}$/.test(value))
    throw badRequest(
      `${field}: "${value}" is not a number prefix; give 4-7 digits, 1 and the area code first (1310, 1310230)`,
    );
  return fullPrefix(value);
}

/** A toll-free pattern: three characters, digits or `*`, the last one `*`. */
export function checkedTollFreePattern(value: string | undefined, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (!/^[0-9*]{2}\*$/.test(value))
    throw badRequest(`${field}: "${value}" is not a toll-free pattern; give three characters ending in * (8**, 88*)`);
  return value;
}
