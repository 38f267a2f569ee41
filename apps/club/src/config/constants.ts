export const STORAGE_KEYS = {
  /** Explicit language choice of the visitor; when absent the workspace's default applies. */
  locale: 'peyvand.club.locale',
} as const;

export const SUPPORTED_LOCALES = ['fa', 'en'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fa';
export const DEFAULT_BRAND_COLOR = '#0c8599';
