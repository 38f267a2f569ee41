import { formatCalendarDate, formatDate, formatPhone, formatRial, localDigits } from './format';

describe('club formatting', () => {
  it('shows instants in Jalali with Persian digits in fa, Gregorian in en (Tehran time)', () => {
    expect(formatDate('2026-03-20T21:00:00Z', 'fa')).toBe('۱ فروردین ۱۴۰۵');
    expect(formatDate('2026-03-20T21:00:00Z', 'en')).toBe('March 21, 2026');
  });

  it('shows calendar dates in the reader’s calendar, yearly ones in their own', () => {
    expect(formatCalendarDate({ calendar: 'JALALI', year: 1370, month: 9, day: 5 }, 'fa')).toBe('۵ آذر ۱۳۷۰');
    expect(formatCalendarDate({ calendar: 'JALALI', year: 1370, month: 9, day: 5 }, 'en')).toBe('November 26, 1991');
    expect(formatCalendarDate({ calendar: 'JALALI', month: 1, day: 13 }, 'fa')).toBe('۱۳ فروردین');
  });

  it('shows money in the workspace unit and digits in the reader’s', () => {
    expect(formatRial(1_250_000, 'IRT', 'fa')).toBe('۱۲۵٬۰۰۰ تومان');
    expect(formatRial(1_250_000, 'IRR', 'en')).toBe('1,250,000 IRR');
    expect(localDigits('0912', 'fa')).toBe('۰۹۱۲');
    expect(formatPhone('+989120001101', 'fa')).toBe('۰۹۱۲ ۰۰۰ ۱۱۰۱');
    expect(formatPhone('+989120001101', 'en')).toBe('0912 000 1101');
  });
});
