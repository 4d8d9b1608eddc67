/** The parts of a (dereferenced) contract schema that the sandbox's request and response shaping read. */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  required?: string[];
  items?: JsonSchema;
  allOf?: JsonSchema[];
  readOnly?: boolean;
  default?: unknown;
  [keyword: string]: unknown;
}

// The contract's schemas never change while the sandbox runs: each is flattened once, not per answer.
const flattened = new WeakMap<JsonSchema, JsonSchema>();

/** Merges `allOf` parts into one schema, so an object's properties and required names are known in one place. */
export function flattenSchema(schema: JsonSchema): JsonSchema {
  if (!schema.allOf) return schema;
  let flat = flattened.get(schema);
  if (!flat) {
    flat = mergeAllOf(schema);
    flattened.set(schema, flat);
  }
  return flat;
}

function mergeAllOf({ allOf, ...own }: JsonSchema): JsonSchema {
  return allOf!.map(flattenSchema).reduce<JsonSchema>(
    (merged, part) => ({
      ...part,
      ...merged,
      properties: { ...part.properties, ...merged.properties },
      required: [...(merged.required ?? []), ...(part.required ?? [])],
    }),
    own,
  );
}

export function isObjectSchema(schema: JsonSchema): boolean {
  return schema.type === 'object' || schema.properties !== undefined;
}

/** A map (name to value, like contact `properties`): values are described, names are free. */
export function mapValueSchema(schema: JsonSchema): JsonSchema | undefined {
  return typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !Buffer.isBuffer(value);
}
