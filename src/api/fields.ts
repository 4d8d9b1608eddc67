/**
 * A CallFire partial-response selection: property names, or an object naming a property whose
 * own properties are selected, e.g. `['totalCount', { items: ['id', 'name'] }]`.
 */
export type FieldSpec = ReadonlyArray<string | { readonly [property: string]: FieldSpec }>;

/** Serialises a selection into the `fields` query value, e.g. `totalCount,items(id,name)`. */
export function fieldsParam(spec: FieldSpec): string {
  return spec
    .flatMap((entry) =>
      typeof entry === 'string'
        ? [entry]
        : Object.entries(entry).map(([property, nested]) => `${property}(${fieldsParam(nested)})`),
    )
    .join(',');
}
