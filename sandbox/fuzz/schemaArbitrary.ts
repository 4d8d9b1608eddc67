import fc from 'fast-check';

/** A JSON Schema node of the contract, already dereferenced. */
export type Schema = Record<string, unknown> & {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
};

export interface ArbitraryLimits {
  /** Longest generated string, whatever the schema allows: long texts make slow requests (speech). */
  maxString: number;
  /** Most items in a generated array. */
  maxItems: number;
}

const INT32 = 2 ** 31 - 1;

/** Numbers the schema allows, mostly small ones (where the ids of demo data are), sometimes anywhere in range. */
function integerArbitrary(schema: Schema): fc.Arbitrary<number> {
  const wide = schema.format === 'int32' ? INT32 : Number.MAX_SAFE_INTEGER;
  const min = typeof schema.minimum === 'number' ? schema.minimum : -wide;
  const max = typeof schema.maximum === 'number' ? schema.maximum : wide;
  const small = fc.integer({ min: Math.max(min, 0), max: Math.max(Math.min(max, 40), Math.max(min, 0)) });
  return fc.oneof({ weight: 4, arbitrary: small }, { weight: 1, arbitrary: fc.integer({ min, max }) });
}

function stringArbitrary(schema: Schema, limits: ArbitraryLimits): fc.Arbitrary<string> {
  if (typeof schema.pattern === 'string') return fc.stringMatching(new RegExp(schema.pattern));
  if (schema.format === 'date-time')
    return fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) }).map((date) => date.toISOString());
  if (schema.format === 'date')
    return fc
      .date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) })
      .map((date) => date.toISOString().slice(0, 10));
  if (schema.format === 'email') return fc.emailAddress();
  if (schema.format === 'uri') return fc.webUrl();
  const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const maxLength = Math.max(
    minLength,
    Math.min(typeof schema.maxLength === 'number' ? schema.maxLength : Infinity, limits.maxString),
  );
  return fc.string({ minLength, maxLength, unit: 'grapheme' });
}

function objectArbitrary(schema: Schema, limits: ArbitraryLimits, forRequest: boolean): fc.Arbitrary<unknown> {
  // Read-only properties are the server's to set; a request leaves them out.
  const entries = Object.entries(schema.properties ?? {}).filter(([, property]) => !(forRequest && property.readOnly));
  const required = (schema.required ?? []).filter((name) => entries.some(([key]) => key === name));
  const record = fc.record(
    Object.fromEntries(entries.map(([name, property]) => [name, arbitraryOf(property, limits, forRequest)])),
    { requiredKeys: required },
  );
  if (entries.length === 0 && schema.additionalProperties) {
    return fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.string({ maxLength: limits.maxString }), {
      maxKeys: 4,
    });
  }
  return record;
}

/** Merges `allOf` members into one schema (the contract uses it to extend objects). */
function mergeAll(schemas: Schema[]): Schema {
  return schemas.reduce<Schema>(
    (merged, schema) => ({
      ...merged,
      ...schema,
      properties: { ...merged.properties, ...schema.properties },
      required: [...(merged.required ?? []), ...(schema.required ?? [])],
    }),
    {},
  );
}

/**
 * An arbitrary of the values a JSON Schema accepts: enough of the vocabulary for an OpenAPI contract
 * (types, enums, formats, patterns, bounds, required properties, oneOf/anyOf/allOf).
 */
export function arbitraryOf(schema: Schema, limits: ArbitraryLimits, forRequest = true): fc.Arbitrary<unknown> {
  if ('const' in schema) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const choices = schema.oneOf ?? schema.anyOf;
  if (choices) return fc.oneof(...choices.map((choice) => arbitraryOf(choice, limits, forRequest)));
  if (schema.allOf) return arbitraryOf(mergeAll(schema.allOf), limits, forRequest);
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? (schema.properties ? 'object' : 'any')];
  if (types.length > 1) return fc.oneof(...types.map((type) => arbitraryOf({ ...schema, type }, limits, forRequest)));
  switch (types[0]) {
    case 'string':
      return stringArbitrary(schema, limits);
    case 'integer':
      return integerArbitrary(schema);
    case 'number':
      return fc.double({
        noNaN: true,
        noDefaultInfinity: true,
        min: typeof schema.minimum === 'number' ? schema.minimum : -1e9,
        max: typeof schema.maximum === 'number' ? schema.maximum : 1e9,
      });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = typeof schema.minItems === 'number' ? schema.minItems : 0;
      const maxLength = Math.max(
        minLength,
        Math.min(typeof schema.maxItems === 'number' ? schema.maxItems : Infinity, limits.maxItems),
      );
      const items = arbitraryOf(schema.items ?? {}, limits, forRequest);
      return schema.uniqueItems
        ? fc.uniqueArray(items, { minLength, maxLength, selector: (item) => JSON.stringify(item) })
        : fc.array(items, { minLength, maxLength });
    }
    case 'object':
      return objectArbitrary(schema, limits, forRequest);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}
