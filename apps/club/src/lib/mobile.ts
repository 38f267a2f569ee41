import { normalizeIranianPhone } from '@peyvand/phone';

export type MobileInput = { ok: true; e164: string; national: string } | { ok: false; reason: 'EMPTY' | 'NOT_MOBILE' | 'INVALID' };

/** What a visitor typed as their mobile (Persian or Latin digits, 0912…, 912…, +98…, 0098…) → E.164. */
export function parseMobile(input: string): MobileInput {
  if (!input.trim()) return { ok: false, reason: 'EMPTY' };
  const result = normalizeIranianPhone(input);
  if (!result.ok) return { ok: false, reason: 'INVALID' };
  if (result.kind !== 'mobile') return { ok: false, reason: 'NOT_MOBILE' };
  return { ok: true, e164: result.e164, national: result.national };
}

/** What the code box holds: Persian/Arabic digits turned Latin, anything else dropped. */
export function codeDigits(input: string, length = 6): string {
  return input
    .replace(/[\u06f0-\u06f9]/g, (c) => String(c.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x0660))
    .replace(/\D/g, '')
    .slice(0, length);
}
