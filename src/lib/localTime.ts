import type { Schema } from '../api/types';

type LocalTime = Schema<'LocalTime'>;

/** CallFire's days of the week, Monday first. */
export const DAYS_OF_WEEK = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;

const pad = (value: number) => String(value).padStart(2, '0');

/** CallFire's time of day as the `HH:MM` a time input holds; '' when absent. */
export const timeText = (time: LocalTime | undefined) => (time ? `${pad(time.hour)}:${pad(time.minute)}` : '');

/** An `HH:MM` text as CallFire's time of day; undefined when empty. */
export function localTimeOf(text: string): LocalTime | undefined {
  if (!text) return undefined;
  const [hour, minute] = text.split(':').map(Number);
  return { hour, minute, second: 0 };
}
