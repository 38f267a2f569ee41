import { daysUntil, nextOccurrence, resolveYearlyDate } from './occurrence';
import type { CalendarDate } from './types';

const at = (s: string): Date => new Date(s);

describe('nextOccurrence', () => {
  const nowruz: CalendarDate = { calendar: 'jalali', month: 1, day: 1 };

  it('finds Nowruz the day before it', () => {
    const o = nextOccurrence(nowruz, { from: at('2024-03-19T12:00:00Z') }); // 15:30 on 29 Esfand 1402 in Tehran
    expect(o).toEqual({
      gregorian: { year: 2024, month: 3, day: 20 },
      jalali: { year: 1403, month: 1, day: 1 },
      year: 1403,
      daysUntil: 1,
      adjusted: false,
    });
  });

  it('uses today in the time zone: 21:00 UTC on 19 March is already Nowruz in Tehran', () => {
    const from = at('2024-03-19T21:00:00Z');
    expect(nextOccurrence(nowruz, { from })).toMatchObject({ gregorian: { year: 2024, month: 3, day: 20 }, daysUntil: 0 });
    expect(nextOccurrence(nowruz, { from, timeZone: 'UTC' })).toMatchObject({ daysUntil: 1 });
    expect(nextOccurrence(nowruz, { from, includeToday: false })).toMatchObject({
      gregorian: { year: 2025, month: 3, day: 21 },
      jalali: { year: 1404, month: 1, day: 1 },
      daysUntil: 366,
    });
  });

  it('crosses the Jalali year end', () => {
    const o = nextOccurrence({ calendar: 'jalali', month: 1, day: 5 }, { from: at('2025-03-15T08:00:00Z') });
    expect(o).toMatchObject({ jalali: { year: 1404, month: 1, day: 5 }, gregorian: { year: 2025, month: 3, day: 25 }, daysUntil: 10 });
  });

  it('crosses the Gregorian year end', () => {
    const o = nextOccurrence({ calendar: 'gregorian', month: 1, day: 1 }, { from: at('2024-12-31T12:00:00Z') });
    expect(o).toMatchObject({ gregorian: { year: 2025, month: 1, day: 1 }, year: 2025, daysUntil: 1 });
    // 22:00 UTC on 31 December is already 1 January in Tehran.
    const o2 = nextOccurrence({ calendar: 'gregorian', month: 12, day: 31 }, { from: at('2024-12-31T22:00:00Z') });
    expect(o2).toMatchObject({ gregorian: { year: 2025, month: 12, day: 31 }, daysUntil: 364 });
  });

  it('moves 30 Esfand to 29 Esfand in common years', () => {
    const birthday: CalendarDate = { calendar: 'jalali', year: 1399, month: 12, day: 30 };
    expect(nextOccurrence(birthday, { from: at('2025-01-01T12:00:00Z') })).toEqual({
      gregorian: { year: 2025, month: 3, day: 20 },
      jalali: { year: 1403, month: 12, day: 30 },
      year: 1403,
      daysUntil: 78,
      adjusted: false,
      yearsSince: 4,
    });
    expect(nextOccurrence(birthday, { from: at('2025-04-01T12:00:00Z') })).toMatchObject({
      gregorian: { year: 2026, month: 3, day: 20 },
      jalali: { year: 1404, month: 12, day: 29 },
      adjusted: true,
      yearsSince: 5,
    });
  });

  it('moves 29 February to 28 February in common years', () => {
    const birthday: CalendarDate = { calendar: 'gregorian', year: 2000, month: 2, day: 29 };
    expect(nextOccurrence(birthday, { from: at('2025-01-01T12:00:00Z') })).toMatchObject({
      gregorian: { year: 2025, month: 2, day: 28 },
      adjusted: true,
      yearsSince: 25,
    });
    expect(nextOccurrence(birthday, { from: at('2027-03-01T12:00:00Z') })).toMatchObject({
      gregorian: { year: 2028, month: 2, day: 29 },
      adjusted: false,
      yearsSince: 28,
    });
  });

  it('a Jalali birthday moves around the Gregorian calendar', () => {
    const birthday: CalendarDate = { calendar: 'jalali', year: 1370, month: 6, day: 31 };
    const o = nextOccurrence(birthday, { from: at('2025-06-01T00:00:00Z') });
    expect(o).toMatchObject({ jalali: { year: 1404, month: 6, day: 31 }, gregorian: { year: 2025, month: 9, day: 22 }, yearsSince: 34 });
  });

  it('never returns an occurrence before a dated first occurrence', () => {
    const contract: CalendarDate = { calendar: 'gregorian', year: 2030, month: 5, day: 1 };
    expect(nextOccurrence(contract, { from: at('2025-01-01T00:00:00Z') })).toMatchObject({
      gregorian: { year: 2030, month: 5, day: 1 },
      yearsSince: 0,
    });
  });

  it('rejects impossible dates', () => {
    expect(() => nextOccurrence({ calendar: 'jalali', month: 7, day: 31 })).toThrow(RangeError);
    expect(() => nextOccurrence({ calendar: 'jalali', year: 1404, month: 12, day: 30 })).toThrow(RangeError);
    expect(() => nextOccurrence({ calendar: 'gregorian', month: 2, day: 30 })).toThrow(RangeError);
  });
});

describe('resolveYearlyDate / daysUntil', () => {
  it('resolves a yearly date in a given year of its calendar', () => {
    expect(resolveYearlyDate({ calendar: 'jalali', month: 12, day: 30 }, 1404)).toEqual({
      gregorian: { year: 2026, month: 3, day: 20 },
      adjusted: true,
    });
  });

  it('counts days in the zone', () => {
    const from = at('2024-03-19T21:00:00Z');
    expect(daysUntil({ year: 2024, month: 3, day: 21 }, { from })).toBe(1);
    expect(daysUntil({ year: 2024, month: 3, day: 21 }, { from, timeZone: 'UTC' })).toBe(2);
    expect(daysUntil({ calendar: 'jalali', year: 1402, month: 12, day: 29 }, { from })).toBe(-1);
  });
});
