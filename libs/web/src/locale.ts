import i18n, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

/** The two UI languages; Persian is the default (RTL, Jalali dates, Persian digits). */
export const SUPPORTED_LOCALES = ['fa', 'en'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fa';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

export function directionOf(locale: string): 'rtl' | 'ltr' {
  return locale === 'fa' ? 'rtl' : 'ltr';
}

/**
 * i18next set up the same way for every Peyvand SPA: the remembered choice (per app storage key) or Persian,
 * `<html lang dir>` kept in step with the language.
 */
export function createLocale(options: { resources: Resource; storageKey: string }) {
  const stored = (): Locale | null => {
    try {
      const value = window.localStorage.getItem(options.storageKey);
      return isLocale(value) ? value : null;
    } catch {
      return null;
    }
  };
  const applyToDocument = (locale: string) => {
    document.documentElement.lang = locale;
    document.documentElement.dir = directionOf(locale);
  };

  void i18n.use(initReactI18next).init({
    resources: options.resources,
    lng: stored() ?? DEFAULT_LOCALE,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: SUPPORTED_LOCALES,
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  applyToDocument(i18n.language);
  i18n.on('languageChanged', applyToDocument);

  return {
    i18n,
    /** Switches the UI language and remembers the choice. */
    setLocale(locale: Locale) {
      try {
        window.localStorage.setItem(options.storageKey, locale);
      } catch {
        /* private mode: the choice lasts for this page only */
      }
      void i18n.changeLanguage(locale);
    },
    currentLocale(): Locale {
      return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
    },
    /** A default (e.g. the workspace's language) that applies unless the user picked one themselves. */
    applyDefaultLocale(locale: string) {
      if (stored() || !isLocale(locale) || i18n.language === locale) return;
      void i18n.changeLanguage(locale);
    },
  };
}
