const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const zoneName = new Intl.DateTimeFormat(undefined, { timeZoneName: 'short' });
// The zone is named with every time, since operators and their recipients are often in different ones.
const dateTimeZone = (epochMs: number) =>
  `${dateTime.format(epochMs)} ${zoneName.formatToParts(epochMs).find((part) => part.type === 'timeZoneName')?.value ?? ''}`.trim();
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const credits = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

/** Epoch milliseconds as a local date and time with its zone ("Dec 2, 2026, 3:41 AM UTC"); absent, an em dash. */
export function formatDateTime(epochMs: number | undefined): string {
  return epochMs === undefined ? '—' : dateTimeZone(epochMs);
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
