import { toPersianDigits } from '@peyvand/text';

/** "1405/000012" as the API prints it → Persian digits in fa. */
export function documentNumber(display: string | number, locale: string): string {
  const text = String(display);
  return locale === 'fa' ? toPersianDigits(text) : text;
}

/** Basis points → a percent text: 900 → "9", 250 → "2.5" (Persian digits in fa). */
export function percentOfBp(bp: number, locale: string): string {
  const text = String(bp / 100);
  return locale === 'fa' ? toPersianDigits(text).replace('.', '٫') : text;
}

/** Percent typed by a person → basis points (2.5 → 250); null when not a percent between 0 and 100 with ≤ 2 decimals. */
export function bpOfPercent(percent: number | string): number | null {
  const n = typeof percent === 'number' ? percent : Number(percent);
  if (!Number.isFinite(n) || n < 0 || n > 100) return null;
  const bp = Math.round(n * 100);
  return Math.abs(bp - n * 100) < 1e-6 ? bp : null;
}

export interface EditableLine {
  productId: string;
  quantity: number;
}

/** Adds a product as a line; a product already on the pro-forma gets one more instead (one line per product). */
export function addProductLine(lines: EditableLine[], productId: string): EditableLine[] {
  const existing = lines.findIndex((l) => l.productId === productId);
  if (existing >= 0) return lines.map((l, i) => (i === existing ? { ...l, quantity: l.quantity + 1 } : l));
  return [...lines, { productId, quantity: 1 }];
}

/** The lines worth pricing: whole quantities of at least 1. */
export function priceableLines(lines: EditableLine[]): EditableLine[] {
  return lines.filter((l) => l.productId && Number.isInteger(l.quantity) && l.quantity >= 1);
}

/** A confirmed pro-forma's reservation ends at `expiresAt`: whole days (rounded up) left, 0 when past. */
export function daysLeft(expiresAt: string | null | undefined, now: Date = new Date()): number | null {
  if (!expiresAt) return null;
  const ms = new Date(expiresAt).getTime() - now.getTime();
  return ms <= 0 ? 0 : Math.ceil(ms / 86_400_000);
}
