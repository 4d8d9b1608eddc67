import type { Voice } from '../api/resources/sounds';

export const VOICES: Record<Voice, string> = {
  MALE1: 'Male (English)',
  FEMALE1: 'Female 1 (English)',
  FEMALE2: 'Female 2 (English)',
  SPANISH1: 'Spanish',
  FRENCHCANADIAN1: 'French Canadian',
};

/** `605` → `10:05`. */
export function formatSoundLength(seconds: number | undefined): string {
  if (seconds === undefined) return '—';
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
