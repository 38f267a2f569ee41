import { formatJalali, jalaliMonthName, parseJalali } from './format';
import { addDays, compareDates, daysBetween, formatISODate, parseISODate } from './plain-date';

describe('parseJalali', () => {
  it.each([
    ['1403/12/30', { year: 1403, month: 12, day: 30 }],
    ['۱۴۰۳/۱۲/۳۰', { year: 1403, month: 12, day: 30 }],
    ['١٤٠٣/١٢/٣٠', { year: 1403, month: 12, day: 30 }],
    ['1404-1-5', { year: 1404, month: 1, day: 5 }],
    [' 1404.01.05 ', { year: 1404, month: 1, day: 5 }],
    ['\u200f۱۴۰۴/۰۱/۰۵\u200f', { year: 1404, month: 1, day: 5 }],
  ])('%s', (input, expected) => {
    expect(parseJalali(input)).toEqual(expected);
  });

  it.each(['1404/12/30', '1403/13/01', '1403/07/31', '03/12/30', '1403/12', '1403/12/30/1', 'abc', ''])(
    'rejects %s',
    (input) => {
      expect(parseJalali(input)).toBeNull();
    },
  );
});

describe('formatJalali', () => {
  const date = { year: 1403, month: 12, day: 30 };
  it('formats numerically and in words', () => {
    expect(formatJalali(date)).toBe('۱۴۰۳/۱۲/۳۰');
    expect(formatJalali({ year: 1404, month: 1, day: 5 }, { digits: 'latn' })).toBe('1404/01/05');
    expect(formatJalali({ year: 1404, month: 1, day: 5 }, { digits: 'latn', separator: '-' })).toBe('1404-01-05');
    expect(formatJalali(date, { style: 'long' })).toBe('۳۰ اسفند ۱۴۰۳');
    expect(formatJalali(date, { style: 'long', weekday: true })).toBe('پنجشنبه ۳۰ اسفند ۱۴۰۳');
    expect(formatJalali(date, { style: 'long', locale: 'en', weekday: true })).toBe('Thursday 30 Esfand 1403');
    expect(() => formatJalali({ year: 1404, month: 12, day: 30 })).toThrow(RangeError);
  });

  it('round-trips with parseJalali', () => {
    expect(parseJalali(formatJalali(date))).toEqual(date);
  });

  it('names months', () => {
    expect(jalaliMonthName(1)).toBe('فروردین');
    expect(jalaliMonthName(12, 'en')).toBe('Esfand');
    expect(jalaliMonthName(5, 'en')).toBe('Mordad');
    expect(() => jalaliMonthName(13)).toThrow(RangeError);
  });
});

describe('plain dates', () => {
  it('adds days and counts between', () => {
    expect(addDays({ year: 2024, month: 2, day: 28 }, 1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addDays({ year: 2024, month: 12, day: 31 }, 1)).toEqual({ year: 2025, month: 1, day: 1 });
    expect(addDays({ year: 2025, month: 3, day: 1 }, -1)).toEqual({ year: 2025, month: 2, day: 28 });
    expect(addDays({ calendar: 'jalali', year: 1403, month: 12, day: 30 }, 1)).toEqual({ year: 2025, month: 3, day: 21 });
    expect(daysBetween({ year: 2024, month: 3, day: 20 }, { year: 2025, month: 3, day: 21 })).toBe(366);
    expect(compareDates({ year: 2024, month: 1, day: 2 }, { calendar: 'jalali', year: 1402, month: 10, day: 13 })).toBe(
      -1,
    );
  });

  it('formats and parses ISO dates', () => {
    expect(formatISODate({ calendar: 'jalali', year: 1403, month: 1, day: 1 })).toBe('2024-03-20');
    expect(parseISODate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseISODate('2025-02-29')).toBeNull();
    expect(parseISODate('2025-2-1')).toBeNull();
  });
});
