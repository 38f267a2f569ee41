// Small loyalty display helpers (pure, no React).
import { toPersianDigits } from '@peyvand/text';

/** Persian digits are right-to-left neighbours for a sign or "×": a left-to-right isolate (LRI…PDI) keeps "+۵۰" as written. */
const ltrIsolate = (text: string) => `\u2066${text}\u2069`;

/** 150 → "×۱٫۵" in fa (isolated), "×1.5" in en. */
export function multiplierText(percent: number, locale: string): string {
  const text = `×${new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(percent / 100)}`;
  return locale === 'fa' ? ltrIsolate(toPersianDigits(text).replace('.', '٫')) : text;
}

/** A signed points change: "+۵۰" / "−۲۰" in fa (isolated), "+50" / "−20" in en (a real minus sign). */
export function signedPoints(delta: number, locale: string): string {
  const abs = new Intl.NumberFormat(locale === 'fa' ? 'fa-IR' : 'en-US').format(Math.abs(delta));
  const text = `${delta > 0 ? '+' : delta < 0 ? '−' : ''}${abs}`;
  return locale === 'fa' ? ltrIsolate(text) : text;
}
