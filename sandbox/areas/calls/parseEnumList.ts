import { badRequest } from '../../http/errors';

/** Reads CallFire's comma-separated filters (`states=READY,FINISHED`), rejecting values it does not know. */
export function parseEnumList<Value extends string>(
  text: string | undefined,
  allowed: readonly Value[],
  field: string,
): Value[] | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  return text.split(',').map((raw) => {
    const value = raw.trim().toUpperCase();
    if (!(allowed as readonly string[]).includes(value))
      throw badRequest(`${field}: "${raw.trim()}" is not one of ${allowed.join(', ')}`);
    return value as Value;
  });
}
