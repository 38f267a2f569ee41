import { formatMoney, normalizePersian, parseMoney, searchKey, toLatinDigits, toPersianDigits, toRialBigInt } from './index';

describe('digits', () => {
  it('converts both ways', () => {
    expect(toLatinDigits('۰۹۱۲۱۲۳۴۵۶۷')).toBe('09121234567');
    expect(toLatinDigits('٠١٢٣٤٥٦٧٨٩ و ۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789 و 0123456789');
    expect(toPersianDigits('1403/12/30')).toBe('۱۴۰۳/۱۲/۳۰');
    expect(toPersianDigits('٣٠ اسفند')).toBe('۳۰ اسفند');
    expect(toPersianDigits(2025)).toBe('۲۰۲۵');
    expect(toPersianDigits(12n)).toBe('۱۲');
    expect(toLatinDigits('abc')).toBe('abc');
  });
});

describe('normalizePersian', () => {
  it.each([
    ['علي', 'علی'], // Arabic yeh
    ['موسى', 'موسی'], // alef maksura
    ['كتاب', 'کتاب'], // Arabic kaf
    ['مدرسة', 'مدرسه'], // teh marbuta
    ['خانۀ ما', 'خانه ما'], // heh with yeh above
    ['خانهٔ ما', 'خانه ما'], // heh + combining hamza
    ['أحمد', 'احمد'],
    ['إبراهيم', 'ابراهیم'],
    ['آرش', 'آرش'], // madda alef kept
    ['پائیز', 'پاییز'],
    ['مسؤول', 'مسوول'],
    ['مُحَمَّد', 'محمد'], // harakat
    ['رحمٰن', 'رحمن'], // superscript alef
    ['سـلـام', 'سلام'], // tatweel
    ['می‌روم', 'می روم'], // ZWNJ -> space
    ['نیم\u200bفاصله', 'نیم فاصله'], // ZWSP
    ['  علی   رضایی \n\t تهرانی ', 'علی رضایی تهرانی'],
    ['\u200fعلی\u200e', 'علی'], // bidi marks removed
    ['Ali REZAEI', 'ali rezaei'],
    ['۰۹۱۲ ١٢٣ 4567', '0912 123 4567'],
    ['ﻻ', 'لا'], // presentation form
    ['شركت بازرگاني پيوند', 'شرکت بازرگانی پیوند'],
  ])('%j -> %j', (input, expected) => {
    expect(normalizePersian(input)).toBe(expected);
  });

  it('is idempotent', () => {
    const samples = ['شركت بازرگاني «پيوند»، تهران', 'می‌خواهم', 'Café ۱۲٣', 'خانۀ مُحَمَّد'];
    for (const s of samples) expect(normalizePersian(normalizePersian(s))).toBe(normalizePersian(s));
  });

  it('makes differently typed names match', () => {
    expect(normalizePersian('علي رضائي')).toBe(normalizePersian('علی رضایی'));
    expect(normalizePersian('كيميا')).toBe(normalizePersian('کیمیا'));
  });
});

describe('searchKey', () => {
  it.each([
    ['شرکت «پیوند»، تهران', 'شرکت پیوند تهران'],
    ['علی-رضا', 'علی رضا'],
    ['علی‌رضا', 'علی رضا'],
    ['چطوری؟', 'چطوری'],
    ['ali.rezaei@example.com', 'ali rezaei example com'],
    ['0912-123-4567', '0912 123 4567'],
    ['  ', ''],
  ])('%j -> %j', (input, expected) => {
    expect(searchKey(input)).toBe(expected);
  });
});

describe('formatMoney', () => {
  it.each([
    [123_450_000n, {}, '۱۲٬۳۴۵٬۰۰۰ تومان'],
    [123_450_000n, { unit: 'IRR' as const }, '۱۲۳٬۴۵۰٬۰۰۰ ریال'],
    [123_450_000, { locale: 'en' as const }, '12,345,000 Toman'],
    ['123450000', { unit: 'IRR' as const, locale: 'en' as const }, '123,450,000 IRR'],
    [12345, { locale: 'en' as const }, '1,234.5 Toman'],
    [12345, {}, '۱٬۲۳۴٫۵ تومان'],
    [0, { locale: 'en' as const }, '0 Toman'],
    [5, { locale: 'en' as const }, '0.5 Toman'],
    [-12345, { locale: 'en' as const }, '-1,234.5 Toman'],
    [-120, {}, '\u200e\u2212۱۲ تومان'],
    ['۱۲۳٬۴۵۰٬۰۰۰', { locale: 'en' as const }, '12,345,000 Toman'],
    ['1,000,000', { locale: 'en' as const, withUnit: false }, '100,000'],
    [123_456_789_012_345_678_901n, { locale: 'en' as const }, '12,345,678,901,234,567,890.1 Toman'],
  ])('%s %j -> %s', (amount, options, expected) => {
    expect(formatMoney(amount, options)).toBe(expected);
  });

  it('agrees with ICU number formatting', () => {
    for (const rial of [0n, 7n, 10n, 999n, 12345n, 1_000_000n, -98_765n, 123_450_000n, 9_007_199_254_740_993n]) {
      const fa = new Intl.NumberFormat('fa-IR');
      const en = new Intl.NumberFormat('en-US');
      expect(formatMoney(rial, { unit: 'IRR', withUnit: false })).toBe(fa.format(rial));
      expect(formatMoney(rial, { unit: 'IRR', locale: 'en', withUnit: false })).toBe(en.format(rial));
      if (rial % 10n === 0n) expect(formatMoney(rial, { withUnit: false })).toBe(fa.format(rial / 10n));
    }
    expect(formatMoney(12345, { withUnit: false })).toBe(new Intl.NumberFormat('fa-IR').format(1234.5));
  });

  it('rejects non-integer Rial', () => {
    expect(() => formatMoney(12.5)).toThrow(RangeError);
    expect(() => formatMoney('12.5')).toThrow(RangeError);
    expect(() => formatMoney(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
    expect(() => formatMoney('abc')).toThrow(RangeError);
    expect(() => formatMoney(NaN)).toThrow(RangeError);
    expect(toRialBigInt(' ۱٬۰۰۰ ')).toBe(1000n);
  });
});

describe('parseMoney', () => {
  it.each([
    ['۱۲٬۳۴۵٬۰۰۰ تومان', {}, 123_450_000n],
    ['12,345,000', {}, 123_450_000n],
    ['1234.5', {}, 12_345n],
    ['۱٬۲۳۴٫۵', {}, 12_345n],
    ['1234.50', {}, 12_345n],
    ['123,450,000 ریال', { unit: 'IRR' as const }, 123_450_000n],
    ['-1000', { unit: 'IRR' as const }, -1000n],
  ])('%s %j -> %s', (input, options, expected) => {
    expect(parseMoney(input, options)).toBe(expected);
  });

  it.each([['1234.55'], ['abc'], [''], ['12.5 ریال']])('rejects %s', (input) => {
    expect(parseMoney(input, input.includes('ریال') ? { unit: 'IRR' } : {})).toBeNull();
  });

  it('round-trips with formatMoney', () => {
    for (const rial of [0n, 5n, 12_345n, 123_450_000n, -77n]) {
      expect(parseMoney(formatMoney(rial))).toBe(rial);
      expect(parseMoney(formatMoney(rial, { unit: 'IRR', locale: 'en' }), { unit: 'IRR' })).toBe(rial);
    }
  });
});
