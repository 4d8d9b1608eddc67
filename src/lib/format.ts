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

/** `1536` → `1.5 KB`. */
export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return '—';
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** "1 row", "2 rows", "1,204 numbers": a count with its noun, singular for one. */
export function countLabel(count: number, noun: string, plural = `${noun}s`): string {
  return `${credits.format(count)} ${count === 1 ? noun : plural}`;
}
