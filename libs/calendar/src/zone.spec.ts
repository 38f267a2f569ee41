import { timeZoneOffsetMinutes, zonedDateTime, zonedDateTimeToInstant, zonedToday } from './zone';

const iso = (d: Date): string => d.toISOString();

describe('zonedToday / zonedDateTime', () => {
  const instant = new Date('2024-03-19T21:00:00Z');

  it('takes "today" in the zone, not in UTC', () => {
    expect(zonedToday(instant, 'Asia/Tehran')).toEqual({ year: 2024, month: 3, day: 20 });
    expect(zonedToday(instant, 'UTC')).toEqual({ year: 2024, month: 3, day: 19 });
    expect(zonedToday(instant)).toEqual({ year: 2024, month: 3, day: 20 });
    expect(zonedDateTime(instant, 'Asia/Tehran')).toEqual({ year: 2024, month: 3, day: 20, hour: 0, minute: 30, second: 0 });
  });

  it('knows Tehran offsets, including the DST abolished in 2022', () => {
    expect(timeZoneOffsetMinutes(new Date('2024-06-01T00:00:00Z'))).toBe(210);
    expect(timeZoneOffsetMinutes(new Date('2021-06-01T00:00:00Z'))).toBe(270);
    expect(timeZoneOffsetMinutes(new Date('2024-01-01T00:00:00Z'), 'America/New_York')).toBe(-300);
  });

  it('rejects an unknown zone', () => {
    expect(() => zonedToday(instant, 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('zonedDateTimeToInstant', () => {
  it.each([
    [{ calendar: 'jalali' as const, year: 1403, month: 1, day: 1 }, '09:00', '2024-03-20T05:30:00.000Z'],
    [{ calendar: 'jalali' as const, year: 1401, month: 3, day: 1 }, '09:00', '2022-05-22T04:30:00.000Z'], // DST +04:30
    [{ calendar: 'jalali' as const, year: 1402, month: 3, day: 1 }, '09:00', '2023-05-22T05:30:00.000Z'], // no DST any more
    [{ year: 2024, month: 3, day: 20 }, '00:30', '2024-03-19T21:00:00.000Z'],
    [{ year: 2024, month: 3, day: 20 }, '۰۹:۱۵:۳۰', '2024-03-20T05:45:30.000Z'],
  ])('%j %s Tehran -> %s', (date, time, expected) => {
    expect(iso(zonedDateTimeToInstant(date, time, 'Asia/Tehran'))).toBe(expected);
  });

  it('accepts a time object and other zones', () => {
    expect(iso(zonedDateTimeToInstant({ year: 2024, month: 7, day: 1 }, { hour: 9, minute: 0 }, 'Europe/Berlin'))).toBe(
      '2024-07-01T07:00:00.000Z',
    );
    expect(iso(zonedDateTimeToInstant({ year: 1930, month: 1, day: 1 }, '12:00', 'Asia/Tehran'))).toBe(
      '1930-01-01T08:34:16.000Z', // local mean time +03:25:44
    );
  });

  it('pushes a skipped local time forward (Tehran spring-forward 2008-03-21 00:00 -> 01:00)', () => {
    const instant = zonedDateTimeToInstant({ year: 2008, month: 3, day: 21 }, '00:30', 'Asia/Tehran');
    expect(iso(instant)).toBe('2008-03-20T21:00:00.000Z');
    expect(zonedDateTime(instant, 'Asia/Tehran')).toMatchObject({ day: 21, hour: 1, minute: 30 });
  });

  it('takes the earlier instant of a repeated local time (fall-back 2008-09-20 24:00 -> 23:00)', () => {
    const instant = zonedDateTimeToInstant({ year: 2008, month: 9, day: 20 }, '23:30', 'Asia/Tehran');
    expect(iso(instant)).toBe('2008-09-20T19:00:00.000Z');
  });

  it('round-trips every existing local quarter-hour around DST transitions', () => {
    const windows: [string, string][] = [
      ['Asia/Tehran', '2008-03-20T00:00:00Z'],
      ['Asia/Tehran', '2008-09-20T00:00:00Z'],
      ['Asia/Tehran', '2022-09-21T00:00:00Z'],
      ['America/New_York', '2024-03-09T12:00:00Z'],
      ['America/New_York', '2024-11-02T12:00:00Z'],
    ];
    for (const [zone, start] of windows) {
      const t0 = Date.parse(start);
      for (let ms = t0; ms < t0 + 2 * 86_400_000; ms += 900_000) {
        const local = zonedDateTime(ms, zone);
        const back = zonedDateTimeToInstant(local, local, zone);
        expect(zonedDateTime(back, zone)).toEqual(local);
      }
    }
  });

  it('rejects invalid times and dates', () => {
    expect(() => zonedDateTimeToInstant({ year: 2024, month: 1, day: 1 }, '24:00')).toThrow(RangeError);
    expect(() => zonedDateTimeToInstant({ year: 2024, month: 1, day: 1 }, '9:60')).toThrow(RangeError);
    expect(() => zonedDateTimeToInstant({ year: 2024, month: 1, day: 1 }, 'noon')).toThrow(RangeError);
    expect(() => zonedDateTimeToInstant({ calendar: 'jalali', year: 1404, month: 12, day: 30 }, '09:00')).toThrow(
      RangeError,
    );
  });
});
