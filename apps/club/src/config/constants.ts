export const STORAGE_KEYS = {
  /** Explicit language choice of the visitor; when absent the workspace's default applies. */
  locale: 'peyvand.club.locale',
} as const;

export { DEFAULT_LOCALE, SUPPORTED_LOCALES, type Locale } from '@peyvand/web';
export const DEFAULT_BRAND_COLOR = '#0c8599';
