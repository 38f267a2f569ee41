// Quiet hours are kept by the API as minutes of the day (0–1439); the form edits them as "HH:MM".
import { toLatinDigits } from '@peyvand/text';

export function minutesToTime(minutes: number): string {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** "22:00" (Persian digits accepted) → 1320; null when it is not a time of day. */
export function timeToMinutes(value: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(toLatinDigits(value.trim()));
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h < 24 && min < 60 ? h * 60 + min : null;
}
