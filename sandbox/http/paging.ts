/** The paging window a find operation asked for, after the contract applied its defaults. */
export interface PageRequest {
  limit: number;
  offset: number;
}

export interface Page<T> {
  items: T[];
  limit: number;
  offset: number;
  totalCount: number;
}

export function pageRequest(query: { limit?: number; offset?: number }, defaultLimit = 100): PageRequest {
  return { limit: query.limit ?? defaultLimit, offset: query.offset ?? 0 };
}

export function page<T>(items: T[], request: PageRequest, totalCount: number): Page<T> {
  return { items, limit: request.limit, offset: request.offset, totalCount };
}
