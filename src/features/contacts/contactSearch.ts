import { type ContactSearch, contactsQuery } from '../../api/resources/contacts';
import { callFireNumber } from '../../lib/phone';

export const SEARCH_FILTERS = ['number', 'propertyName', 'propertyValue', 'list'] as const;
export type SearchFilters = Record<(typeof SEARCH_FILTERS)[number], string>;

/** The search the contacts page's address describes, as CallFire is asked it. */
export function contactSearchOf(filters: SearchFilters): ContactSearch {
  return {
    // The address keeps the number as the operator typed it; CallFire is asked in its own form.
    number: filters.number ? callFireNumber(filters.number) : undefined,
    propertyName: filters.propertyName || undefined,
    propertyValue: filters.propertyValue || undefined,
    contactListId: filters.list ? Number(filters.list) : undefined,
  };
}

/** The contacts page's query: the page and its route's loader ask the same. */
export const contactSearchQuery = ({
  filters,
  offset,
  limit,
}: {
  filters: SearchFilters;
  offset: number;
  limit: number;
}) => contactsQuery(contactSearchOf(filters), { limit, offset });
