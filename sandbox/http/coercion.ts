import { badRequest } from './errors';
import { flattenSchema, isObjectSchema, isPlainObject, type JsonSchema, mapValueSchema } from './schema';

/*
 * CallFire's server (Java, Jackson) reads JSON into typed models. What it accepts beyond strict JSON types,
 * and so what the sandbox accepts too:
 * - a number or boolean where a string belongs becomes its text (`"properties": {"age": 30}` → "30");
 * - the text "true" or "false", in any case, where a boolean belongs;
 * - a decimal integer written as text where an integer belongs, a decimal number as text for a number;
 * - null for a property means the property is not set;
 * - properties the model does not have, and read-only ones, are ignored: never stored nor echoed.
 * Everything else (text that is not a number, an object where a string belongs…) stays as sent, for the
 * contract validation to refuse.
 */

const BOOLEAN_TEXT = /^(true|false)$/i;
const INTEGER_TEXT = /^[+-]?\d+$/;
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function coerceScalar(type: string | undefined, value: unknown): unknown {
  switch (type) {
    case 'string':
      return typeof value === 'number' || typeof value === 'boolean' ? String(value) : value;
    case 'boolean':
      return typeof value === 'string' && BOOLEAN_TEXT.test(value.trim())
        ? value.trim().toLowerCase() === 'true'
        : value;
    case 'integer':
      return typeof value === 'string' && INTEGER_TEXT.test(value.trim()) ? Number(value) : value;
    case 'number':
      return typeof value === 'string' && NUMBER_TEXT.test(value.trim()) ? Number(value) : value;
    default:
      return value;
  }
}

export interface ConformOptions {
  /** Drop properties the schema does not name (request bodies); query strings keep theirs. */
  dropUnknown: boolean;
}

/** Brings a request part to the types its schema declares, the way CallFire's server reads it (see above). */
export function conformToSchema(schema: JsonSchema, value: unknown, options: ConformOptions): unknown {
  const flat = flattenSchema(schema);
  if (Array.isArray(value)) {
    return flat.type === 'array' && flat.items
      ? value.map((item) => conformToSchema(flat.items!, item, options))
      : value;
  }
  if (isPlainObject(value)) return isObjectSchema(flat) ? conformObject(flat, value, options) : value;
  return coerceScalar(flat.type, value);
}

function conformObject(schema: JsonSchema, value: Record<string, unknown>, options: ConformOptions) {
  const valueSchema = mapValueSchema(schema);
  const result: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(value)) {
    const declared = schema.properties?.[name];
    if (item === null) continue;
    if (declared) {
      if (!flattenSchema(declared).readOnly) result[name] = conformToSchema(declared, item, options);
    } else if (valueSchema) {
      result[name] = conformToSchema(valueSchema, item, options);
    } else if (schema.additionalProperties === true || !schema.properties || !options.dropUnknown) {
      // Declared open, or a free-form object the contract does not describe: kept as sent.
      result[name] = item;
    }
  }
  return result;
}

/** A boolean form field (multipart), read as CallFire reads it: "true"/"false" in any case; absent or empty is false. */
export function formBoolean(value: string | undefined, field: string): boolean {
  if (value === undefined || value.trim() === '') return false;
  const coerced = coerceScalar('boolean', value);
  if (typeof coerced !== 'boolean') throw badRequest(`${field} must be true or false, not "${value}"`);
  return coerced;
}
