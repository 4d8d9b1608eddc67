/** `605` → `10:05`. */
export function formatSoundLength(seconds: number | undefined): string {
  if (seconds === undefined) return '—';
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
