/**
 * Reads a CallFire search page after page until its last page or until `max` rows were read, for
 * figures the console has to compute over every match. `complete` is false when rows were left unread.
 */
export async function readPages<Row>(
  fetchPage: (offset: number, limit: number) => Promise<{ items: Row[]; totalCount: number }>,
  { pageSize, max }: { pageSize: number; max: number },
): Promise<{ items: Row[]; complete: boolean }> {
  const items: Row[] = [];
  let total = 0;
  for (let offset = 0; offset < max; offset += pageSize) {
    const page = await fetchPage(offset, pageSize);
    total = page.totalCount;
    items.push(...page.items);
    if (page.items.length < pageSize) break;
  }
  return { items, complete: total <= max };
}
