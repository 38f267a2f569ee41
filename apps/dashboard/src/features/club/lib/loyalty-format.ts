// Small loyalty display helpers (pure, no React).
import { toPersianDigits } from '@peyvand/text';

/** 150 → "×۱٫۵" in fa, "×1.5" in en. */
export function multiplierText(percent: number, locale: string): string {
  const text = `×${new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(percent / 100)}`;
  return locale === 'fa' ? toPersianDigits(text).replace('.', '٫') : text;
}

/** A signed points change: "+۵۰" / "−۲۰" in fa, "+50" / "−20" in en (a real minus sign, so it reads in RTL too). */
export function signedPoints(delta: number, locale: string): string {
  const abs = new Intl.NumberFormat(locale === 'fa' ? 'fa-IR' : 'en-US').format(Math.abs(delta));
  return `${delta > 0 ? '+' : delta < 0 ? '−' : ''}${abs}`;
}
