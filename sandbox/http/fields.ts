import { badRequest } from './errors';

/** A parsed `fields` selector: each selected property, with the selector for its own properties when given. */
export type FieldSelection = Map<string, FieldSelection | null>;

/**
 * Parses CallFire's partial-response selector, in its parenthesised form (`items(id,contact(id,homePhone))`),
 * its slash form (`items/id,items/contact/homePhone`), or both mixed (`items/contact(id,homePhone),limit`).
 * Names selected more than once merge: `items/id,items/name` is `items(id,name)`. Whitespace around names is
 * ignored, as CallFire's own examples carry it.
 */
export function parseFields(selector: string): FieldSelection {
  let position = 0;

  function skipSpaces() {
    while (selector[position] === ' ') position += 1;
  }

  function parseName(): string {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*/.exec(selector.slice(position));
    if (!match) throw badRequest(`fields: expected a property name at position ${position + 1} of "${selector}"`);
    position += match[0].length;
    return match[1];
  }

  function parseList(depth: number): FieldSelection {
    let selection: FieldSelection = new Map();
    for (;;) {
      const path = [parseName()];
      while (selector[position] === '/') {
        position += 1;
        path.push(parseName());
      }
      let nested: FieldSelection | null = null;
      if (selector[position] === '(') {
        position += 1;
        nested = parseList(depth + 1);
        if (selector[position] !== ')') throw badRequest(`fields: missing ")" in "${selector}"`);
        position += 1;
        skipSpaces();
      }
      selection = merged(selection, pathSelection(path, nested))!;
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

/** `a/b/c` with c's own selection, as the nested selection `a(b(c(…)))`. */
function pathSelection([name, ...rest]: string[], nested: FieldSelection | null): FieldSelection {
  return new Map([[name, rest.length ? pathSelection(rest, nested) : nested]]);
}

/** Two selections of the same object in one; a whole property (null) wins over a partial one. */
function merged(first: FieldSelection | null, second: FieldSelection | null): FieldSelection | null {
  if (first === null || second === null) return null;
  const result: FieldSelection = new Map(first);
  for (const [name, nested] of second)
    result.set(name, result.has(name) ? merged(result.get(name) as FieldSelection | null, nested) : nested);
  return result;
}

/**
 * What an answer to a create keeps whatever `fields` selects: the new resource's `id`, or each new item's.
 * Without it a client could not tell what it made; CallFire's own sound-creation answers are `{id}` at least.
 */
export function withCreatedIds(selection: FieldSelection): FieldSelection {
  return merged(merged(selection, pathSelection(['id'], null)), pathSelection(['items', 'id'], null))!;
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
  for (const key in value) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== null && item !== undefined) result[key] = omitNulls(item);
  }
  return result;
}
