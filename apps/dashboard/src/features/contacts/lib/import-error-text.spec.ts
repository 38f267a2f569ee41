import i18next from 'i18next';
import en from '@/locales/en.json';
import fa from '@/locales/fa.json';
import { importErrorText } from './import-error-text';
import type { Translate } from './timeline-text';

describe('import row errors in the reader’s language', () => {
  const i18n = i18next.createInstance();
  beforeAll(() => i18n.init({ resources: { fa: { translation: fa }, en: { translation: en } }, lng: 'fa', interpolation: { escapeValue: false }, showSupportNotice: false }));
  const tr = (lng: string) => i18n.getFixedT(lng) as unknown as Translate;

  it('translates by code with the offending value and the phone library’s reason', () => {
    const e = { code: 'INVALID_PHONE', value: '0912-12', reason: 'TOO_SHORT', message: '0912-12: Phone number is too short.' };
    expect(importErrorText(e, tr('fa'), 'fa')).toBe('شماره درست نیست: شماره تلفن کوتاه است.');
    expect(importErrorText(e, tr('en'), 'en')).toBe('Not a valid number: Phone number is too short.');
    expect(importErrorText({ code: 'NAME_REQUIRED', message: 'a name is required' }, tr('fa'), 'fa')).toBe('نام لازم است');
  });

  it('falls back to the server’s text for an unknown code', () => {
    expect(importErrorText({ code: 'SOMETHING_NEW', message: 'server says' }, tr('fa'), 'fa')).toBe('server says');
  });
});
