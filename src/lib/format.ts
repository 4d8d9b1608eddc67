const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const credits = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

/** Epoch milliseconds as a local date and time; an absent value as an em dash. */
export function formatDateTime(epochMs: number | undefined): string {
  return epochMs === undefined ? '—' : dateTime.format(epochMs);
}

export function formatDate(epochMs: number | undefined): string {
  return epochMs === undefined ? '—' : date.format(epochMs);
}

export function formatNumber(value: number | undefined): string {
  return value === undefined ? '—' : credits.format(value);
}
