import { STORAGE_KEYS } from '@/config/constants';

// A `?ref=` link is remembered until the visitor joins (they often browse the store first).
export function rememberReferral(slug: string, code: string | null) {
  const clean = code?.trim().slice(0, 64);
  if (!clean) return;
  try {
    window.localStorage.setItem(STORAGE_KEYS.referral(slug), clean);
  } catch {
    /* storage unavailable */
  }
}

export function storedReferral(slug: string): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEYS.referral(slug));
  } catch {
    return null;
  }
}

export function forgetReferral(slug: string) {
  try {
    window.localStorage.removeItem(STORAGE_KEYS.referral(slug));
  } catch {
    /* storage unavailable */
  }
}
