/**
 * The query keys every searchable resource shares: everything under one root, its pages by filters and
 * position, and one record by id. Resources add their own keys beside these.
 */
export function listKeys<Filters, Root extends string = string>(root: Root) {
  const all = [root] as const;
  const lists = () => [...all, 'list'] as const;
  return {
    all,
    lists,
    list: (filters: Filters, offset: number, limit: number) => [...lists(), filters, offset, limit] as const,
    detail: (id: number) => [...all, 'detail', id] as const,
  };
}
