export const STORAGE_KEYS = {
  /** Explicit language choice of the visitor; when absent the workspace's default applies. */
  locale: 'peyvand.club.locale',
  /** Member refresh token, one per club (members of two shops have two sessions). */
  refreshToken: (slug: string) => `peyvand.club.${slug}.refreshToken`,
  /** The shopping cart, one per club. */
  cart: (slug: string) => `peyvand.club.${slug}.cart`,
  /** A referral code from a `?ref=` link, kept until the visitor joins. */
  referral: (slug: string) => `peyvand.club.${slug}.ref`,
} as const;

export { DEFAULT_LOCALE, SUPPORTED_LOCALES, type Locale } from '@peyvand/web';
export const DEFAULT_BRAND_COLOR = '#0c8599';
