import { flattenSchema, isObjectSchema, isPlainObject, type JsonSchema, mapValueSchema } from './schema';

/**
 * Gives an answer the shape CallFire's answers have, from the operation's response schema: a property the
 * schema gives a `default` is filled in when unset (CallFire returns its defaults, e.g. a broadcast's retry
 * configuration), and an empty list or map is left out unless the schema requires it (CallFire omits
 * `labels` on a broadcast without labels, but a page always has `items`). Values are not otherwise changed.
 */
export function shapeResponse(schema: JsonSchema, value: unknown): unknown {
  const flat = flattenSchema(schema);
  if (Array.isArray(value)) return flat.items ? value.map((item) => shapeResponse(flat.items!, item)) : value;
  if (!isPlainObject(value) || !isObjectSchema(flat)) return value;
  const filled: Record<string, unknown> = { ...value };
  for (const [name, declared] of Object.entries(flat.properties ?? {})) {
    if (filled[name] === undefined && declared.default !== undefined) filled[name] = structuredClone(declared.default);
  }
  const result: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(filled)) {
    const declared = flat.properties?.[name] ?? mapValueSchema(flat);
    const shaped = declared ? shapeResponse(declared, item) : item;
    if (!isEmptyCollection(shaped, declared) || flat.required?.includes(name)) result[name] = shaped;
  }
  return result;
}

function isEmptyCollection(value: unknown, schema: JsonSchema | undefined): boolean {
  if (Array.isArray(value)) return value.length === 0;
  // A map (contact `properties`, call `attributes`) without entries; an object whose properties are unset stays.
  const isMap = schema !== undefined && mapValueSchema(flattenSchema(schema)) !== undefined;
  return isMap && isPlainObject(value) && Object.keys(value).length === 0;
}
