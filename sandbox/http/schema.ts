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

/** Merges `allOf` parts into one schema, so an object's properties and required names are known in one place. */
export function flattenSchema(schema: JsonSchema): JsonSchema {
  if (!schema.allOf) return schema;
  const { allOf, ...own } = schema;
  return allOf.map(flattenSchema).reduce<JsonSchema>(
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
