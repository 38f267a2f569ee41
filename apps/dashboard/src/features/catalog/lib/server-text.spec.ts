import i18next, { type i18n as I18n } from 'i18next';
import en from '@/locales/en.json';
import fa from '@/locales/fa.json';
import { fieldMessageText, translatingForm, type Translate } from './server-text';

describe('catalog and inventory server text', () => {
  let i18n: I18n;
  const tr = (lng: string): Translate => i18n.getFixedT(lng) as unknown as Translate;

  beforeAll(async () => {
    i18n = i18next.createInstance();
    await i18n.init({ resources: { fa: { translation: fa }, en: { translation: en } }, lng: 'fa', interpolation: { escapeValue: false }, showSupportNotice: false });
  });

  it('translates the known validation messages', () => {
    expect(fieldMessageText('is required: say why the stock changed (count, damage, loss …)', tr('en'))).toBe('Say why the stock changed (count, damage, loss…)');
    expect(fieldMessageText('is required: say why the stock changed (count, damage, loss …)', tr('fa'))).toBe('دلیل تغییر موجودی را بنویسید (شمارش، خرابی، گم‌شدن…)');
    expect(fieldMessageText('must be a whole number from 1 to 10000000', tr('en'))).toBe('Enter a whole number from 1 to 10,000,000');
    expect(fieldMessageText('must differ from fromWarehouseId', tr('en'))).toBe('Choose a different warehouse');
    expect(fieldMessageText('must be letters A–Z, digits and . _ / - (starting with a letter or digit), at most 64', tr('en'))).toContain('SKU');
  });

  it('keeps unknown messages as they came', () => {
    expect(fieldMessageText('something new', tr('fa'))).toBe('something new');
  });

  it('translates on the way into a form', () => {
    const set: Record<string, string> = {};
    const form = translatingForm({ setFieldError: (p: string, e: string) => void (set[p] = e), getValues: () => ({ reason: '' }) }, tr('en'));
    form.setFieldError('reason', 'must differ from fromWarehouseId');
    expect(set.reason).toBe('Choose a different warehouse');
  });
});
