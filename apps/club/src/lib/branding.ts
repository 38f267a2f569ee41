import { DEFAULT_BRAND_COLOR } from '@/config/constants';

/** Only accept hex / rgb() colours from branding, so it can be used safely in inline styles. */
export function safeColor(value: string | null | undefined): string {
  if (value && /^(#[0-9a-f]{3,8}|rgba?\([\d\s.,%]+\))$/i.test(value.trim())) return value.trim();
  return DEFAULT_BRAND_COLOR;
}

export function safeImageUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, window.location.origin);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}
