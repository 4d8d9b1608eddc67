import type { Schema } from '../../api/types';

const pad = (value: number) => String(value).padStart(2, '0');

/** "09:00–20:00 recipient time" or "None", for detail pages. */
export function describeRestriction(restriction: Schema<'LocalTimeRestriction'> | undefined): string {
  if (!restriction?.enabled) return 'None';
  return `${pad(restriction.beginHour ?? 0)}:${pad(restriction.beginMinute ?? 0)}–${pad(restriction.endHour ?? 0)}:${pad(restriction.endMinute ?? 0)} recipient time`;
}
