import { createLocale } from '@peyvand/web';
import { STORAGE_KEYS } from '@/config/constants';
import en from '@/locales/en.json';
import fa from '@/locales/fa.json';

const locale = createLocale({ resources: { fa: { translation: fa }, en: { translation: en } }, storageKey: STORAGE_KEYS.locale });

export const { i18n, setLocale, currentLocale } = locale;
export { directionOf, isLocale } from '@peyvand/web';
