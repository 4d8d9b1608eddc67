import type { Schema } from '../../api/types';

/** How many of an order's items, in words. */
export const ORDER_ITEM_LABELS = {
  localNumbers: { one: 'local number', many: 'local numbers' },
  tollFreeNumbers: { one: 'toll-free number', many: 'toll-free numbers' },
  keywords: { one: 'keyword', many: 'keywords' },
} as const;

/** "3 local numbers", "1 keyword". */
export function countOf(kind: keyof typeof ORDER_ITEM_LABELS, count: number): string {
  const label = ORDER_ITEM_LABELS[kind];
  return `${count.toLocaleString()} ${count === 1 ? label.one : label.many}`;
}

/** CallFire writes cities in capitals (SANTA MONICA); people read Santa Monica. */
export function cityName(city: string | undefined): string {
  return (city ?? '').toLowerCase().replace(/\b[a-z]/g, (letter) => letter.toUpperCase());
}

/** A region as a place: "Santa Monica, CA 90401". */
export function placeOf(region: Schema<'Region'> | undefined): string {
  if (!region?.city) return region?.state ?? '—';
  return `${cityName(region.city)}, ${region.state ?? ''}${region.zipcode ? ` ${region.zipcode}` : ''}`;
}
