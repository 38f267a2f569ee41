import { toLatinDigits } from '@peyvand/text';

// Rates and discounts are basis points in the API (1000 = 10%); people type and read percents.

/** 1000 → "10", 925 → "9.25" (for inputs: ASCII digits, no sign). */
export function bpToPercentInput(bp: number | null | undefined): string {
  if (bp === null || bp === undefined) return '';
  return String(bp / 100);
}

/**
 * "10", "۹٫۲۵", "9.25%" → basis points; null when empty, 'invalid' when not a percent from 0 to 100 with at most
 * two decimals (a basis point is a hundredth of a percent).
 */
export function percentInputToBp(text: string): number | null | 'invalid' {
  const s = toLatinDigits(text).replace(/[%٪\s]/g, '').replace(/[\u066b/]/g, '.');
  if (!s) return null;
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return 'invalid';
  const bp = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return bp > 10_000 ? 'invalid' : bp;
}

/** Basis points as a percent for display: 1000 → "۱۰٪" in fa, "10%" in en. */
export function formatBp(bp: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'fa' ? 'fa-IR' : 'en-US', { style: 'percent', maximumFractionDigits: 2 }).format(bp / 10_000);
}
