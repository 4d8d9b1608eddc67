import { badRequest } from './errors';

/** A parsed `fields` selector: each selected property, with the selector for its own properties when given. */
export type FieldSelection = Map<string, FieldSelection | null>;

/**
 * Parses CallFire's partial-response selector, e.g. `id,name` or `items(id,contact(id,homePhone)),totalCount`.
 * Whitespace around names is ignored, as CallFire's own examples carry it.
 */
export function parseFields(selector: string): FieldSelection {
  let position = 0;

  function parseList(depth: number): FieldSelection {
    const selection: FieldSelection = new Map();
    for (;;) {
      const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*/.exec(selector.slice(position));
      if (!match) throw badRequest(`fields: expected a property name at position ${position + 1} of "${selector}"`);
      position += match[0].length;
      let nested: FieldSelection | null = null;
      if (selector[position] === '(') {
        position += 1;
        nested = parseList(depth + 1);
        if (selector[position] !== ')') throw badRequest(`fields: missing ")" in "${selector}"`);
        position += 1;
        while (selector[position] === ' ') position += 1;
      }
      selection.set(match[1], nested);
      if (selector[position] === ',') {
        position += 1;
        continue;
      }
      if (selector[position] === ')' && depth > 0) return selection;
      if (position === selector.length) {
        if (depth === 0) return selection;
        throw badRequest(`fields: missing ")" in "${selector}"`);
      }
      throw badRequest(
        `fields: unexpected "${selector[position] ?? 'end'}" at position ${position + 1} of "${selector}"`,
      );
    }
  }

  return parseList(0);
}

/** Keeps only the selected properties; a selection applies to each element of an array. */
export function projectFields(value: unknown, selection: FieldSelection): unknown {
  if (Array.isArray(value)) return value.map((item) => projectFields(item, selection));
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const [name, nested] of selection) {
    if (!(name in source)) continue;
    result[name] = nested ? projectFields(source[name], nested) : source[name];
  }
  return result;
}

/** CallFire leaves unset properties out of its answers instead of sending null. */
export function omitNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(omitNulls);
  if (value === null || typeof value !== 'object' || value instanceof Buffer) return value;
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== null && item !== undefined) result[key] = omitNulls(item);
  }
  return result;
}
