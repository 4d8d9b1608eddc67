import { omitNulls } from './fields';
import { flattenSchema, isObjectSchema, isPlainObject, type JsonSchema, mapValueSchema } from './schema';

/** Gives one value the shape its schema asks for (see `shapeResponse`). */
type Shaper = (value: unknown) => unknown;

/** What shaping an object reads from its schema, worked out once per schema rather than per answer. */
interface ObjectPlan {
  properties: Map<string, ShapedPart & { required: boolean }>;
  defaults: [string, unknown][];
  /** The values of a map (contact `properties`), when the object is one. */
  mapValues?: ShapedPart;
}

/** How a property's value is shaped, and whether it is a map (left out when it has no entries). */
interface ShapedPart {
  shape: Shaper;
  isMap: boolean;
}

// The contract's schemas never change while the sandbox runs: each becomes a shaping function once.
const shapers = new WeakMap<JsonSchema, Shaper>();

/**
 * Gives an answer the shape CallFire's answers have, from the operation's response schema: an unset
 * property (null or undefined) is left out, as CallFire sends no nulls; a property the schema gives a
 * `default` is filled in when unset (CallFire returns its defaults, e.g. a broadcast's retry
 * configuration); an empty list or map is left out unless the schema requires it (CallFire omits `labels`
 * on a broadcast without labels, but a page always has `items`). Values are not otherwise changed.
 */
export function shapeResponse(schema: JsonSchema, value: unknown): unknown {
  return shaperOf(schema)(value);
}

function shaperOf(schema: JsonSchema): Shaper {
  let shaper = shapers.get(schema);
  if (!shaper) {
    // Set before compiling the parts, so a schema that contains itself refers to its own shaper.
    let compiled: Shaper = omitNulls;
    shapers.set(schema, (value) => compiled(value));
    compiled = compile(flattenSchema(schema));
    shaper = compiled;
    shapers.set(schema, shaper);
  }
  return shaper;
}

function compile(flat: JsonSchema): Shaper {
  if (flat.items) {
    const item = shaperOf(flat.items);
    return (value) => (Array.isArray(value) ? value.map(item) : omitNulls(value));
  }
  if (!isObjectSchema(flat)) return omitNulls;
  const plan = objectPlan(flat);
  return (value) => (isPlainObject(value) ? shapeObject(plan, value) : omitNulls(value));
}

function part(schema: JsonSchema): ShapedPart {
  return { shape: shaperOf(schema), isMap: mapValueSchema(flattenSchema(schema)) !== undefined };
}

function objectPlan(flat: JsonSchema): ObjectPlan {
  const required = new Set(flat.required ?? []);
  const declared = Object.entries(flat.properties ?? {});
  const mapValues = mapValueSchema(flat);
  return {
    properties: new Map(declared.map(([name, schema]) => [name, { ...part(schema), required: required.has(name) }])),
    defaults: declared.flatMap(([name, schema]) => (schema.default === undefined ? [] : [[name, schema.default]])),
    mapValues: mapValues && part(mapValues),
  };
}

function shapeObject(plan: ObjectPlan, value: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const name in value) {
    const item = value[name];
    if (item === null || item === undefined) continue;
    const declared = plan.properties.get(name);
    const how = declared ?? plan.mapValues;
    const shaped = how ? how.shape(item) : omitNulls(item);
    if (declared?.required || !isEmptyCollection(shaped, how?.isMap ?? false)) result[name] = shaped;
  }
  for (const [name, fallback] of plan.defaults) {
    if (value[name] !== null && value[name] !== undefined) continue;
    const declared = plan.properties.get(name)!;
    const shaped = declared.shape(structuredClone(fallback));
    if (declared.required || !isEmptyCollection(shaped, declared.isMap)) result[name] = shaped;
  }
  return result;
}

// A map (contact `properties`, call `attributes`) without entries; an object whose properties are unset stays.
function isEmptyCollection(value: unknown, isMap: boolean): boolean {
  if (Array.isArray(value)) return value.length === 0;
  return isMap && isPlainObject(value) && Object.keys(value).length === 0;
}
