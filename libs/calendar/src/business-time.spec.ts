import {
  addBusinessMinutes,
  alwaysOpenCalendar,
  BusinessCalendar,
  businessMinutesBetween,
  IRAN_DEFAULT_CALENDAR,
  IRAN_FIXED_HOLIDAYS,
  isOpen,
  nextOpening,
  validateBusinessCalendar,
} from './business-time';
import { toGregorian, toJalali } from './jalali';
import { zonedDateTime, zonedDateTimeToInstant } from './zone';

const cal = IRAN_DEFAULT_CALENDAR;

/** An instant from a Jalali wall-clock time in Tehran: '1404-02-17 16:30'. */
function teh(s: string, timeZone = 'Asia/Tehran'): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}:\d{2})$/.exec(s)!;
  return zonedDateTimeToInstant({ calendar: 'jalali', year: +m[1], month: +m[2], day: +m[3] }, m[4], timeZone);
}

/** The Jalali wall-clock time of an instant in Tehran, in the same format. */
function show(d: Date, timeZone = 'Asia/Tehran'): string {
  const z = zonedDateTime(d, timeZone);
  const j = toJalali(z);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${j.year}-${p(j.month)}-${p(j.day)} ${p(z.hour)}:${p(z.minute)}`;
}

const due = (start: string, minutes: number, c: BusinessCalendar = cal): string => show(addBusinessMinutes(teh(start), minutes, c));

describe('IRAN_DEFAULT_CALENDAR', () => {
  it('is valid and has the ten fixed official holidays', () => {
    expect(validateBusinessCalendar(cal)).toEqual([]);
    expect(IRAN_FIXED_HOLIDAYS.map((h) => `${h.month}/${h.day}`)).toEqual(['1/1', '1/2', '1/3', '1/4', '1/12', '1/13', '3/14', '3/15', '11/22', '12/29']);
    expect(Object.isFrozen(cal) && Object.isFrozen(cal.week) && Object.isFrozen(cal.week[6])).toBe(true);
  });

  it('is open Saturday–Wednesday 08:00–17:00 and Thursday 08:00–13:00, never on Friday', () => {
    // 1404-02-13 is a Saturday … 1404-02-19 a Friday.
    expect(isOpen(teh('1404-02-13 08:00'), cal)).toBe(true);
    expect(isOpen(teh('1404-02-13 07:59'), cal)).toBe(false);
    expect(isOpen(teh('1404-02-17 16:59'), cal)).toBe(true);
    expect(isOpen(teh('1404-02-17 17:00'), cal)).toBe(false); // ranges are [start, end)
    expect(isOpen(teh('1404-02-18 12:59'), cal)).toBe(true);
    expect(isOpen(teh('1404-02-18 13:00'), cal)).toBe(false);
    expect(isOpen(teh('1404-02-19 10:00'), cal)).toBe(false);
  });
});

describe('addBusinessMinutes on the Iranian default', () => {
  it('a ticket at 16:30 Wednesday with a 60-minute target is due Thursday 08:30', () => {
    expect(due('1404-02-17 16:30', 60)).toBe('1404-02-18 08:30');
  });

  it('Thursday 12:30 + 60 min → Saturday 08:30 (half day, Friday off)', () => {
    expect(due('1404-02-18 12:30', 60)).toBe('1404-02-20 08:30');
  });

  it('a target used up exactly at closing is due at closing', () => {
    expect(due('1404-02-17 16:00', 60)).toBe('1404-02-17 17:00');
    expect(due('1404-02-17 08:00', 9 * 60)).toBe('1404-02-17 17:00');
    expect(due('1404-02-17 08:00', 9 * 60 + 1)).toBe('1404-02-18 08:01');
  });

  it('starting outside hours starts counting at the next opening', () => {
    expect(due('1404-02-17 06:10', 30)).toBe('1404-02-17 08:30');
    expect(due('1404-02-17 22:00', 30)).toBe('1404-02-18 08:30');
    expect(due('1404-02-19 11:00', 30)).toBe('1404-02-20 08:30'); // Friday
    expect(due('1404-02-18 15:00', 1)).toBe('1404-02-20 08:01'); // Thursday afternoon
  });

  it('0 minutes is the start itself; seconds are kept', () => {
    const start = new Date(teh('1404-02-17 10:00').getTime() + 12_345);
    expect(addBusinessMinutes(start, 0, cal)).toEqual(start);
    expect(addBusinessMinutes(start, 1, cal).getTime()).toBe(start.getTime() + 60_000);
    expect(addBusinessMinutes(teh('1404-02-17 10:00'), 0.5, cal).getTime()).toBe(teh('1404-02-17 10:00').getTime() + 30_000);
  });

  it('skips 29 Esfand 1403 (a holiday) and works 30 Esfand (1403 is a leap year) as a Thursday', () => {
    // 28 Esfand 1403 is a Tuesday; 29 Esfand (Wednesday) is the oil nationalisation holiday.
    expect(due('1403-12-28 16:30', 60)).toBe('1403-12-30 08:30');
    expect(isOpen(teh('1403-12-29 10:00'), cal)).toBe(false);
    expect(isOpen(teh('1403-12-30 10:00'), cal)).toBe(true);
    expect(toGregorian({ year: 1403, month: 12, day: 30 })).toEqual({ year: 2025, month: 3, day: 20 });
  });

  it('skips Nowruz: 30 Esfand 1403 12:30 + 120 min → 5 Farvardin 1404 09:30', () => {
    // Friday 1 Farvardin, then 2–4 Farvardin (Saturday–Monday) are holidays.
    expect(due('1403-12-30 12:30', 120)).toBe('1404-01-05 09:30');
    expect(nextOpening(teh('1403-12-30 13:00'), cal)).toEqual(teh('1404-01-05 08:00'));
  });

  it('skips 12 and 13 Farvardin', () => {
    // 11 Farvardin 1404 is a Monday; 12 and 13 (Tuesday, Wednesday) are holidays.
    expect(due('1404-01-11 16:00', 120)).toBe('1404-01-14 09:00');
  });

  it('in a common year, 29 Esfand is still the holiday and the year ends that day', () => {
    // 1402 was not a leap year: 29 Esfand 1402 (Tuesday) is a holiday, 1 Farvardin 1403 (Wednesday) too.
    expect(due('1402-12-28 16:00', 120)).toBe('1403-01-05 09:00');
  });

  it('honours a one-off holiday in its year only', () => {
    // Eid al-Fitr 1404 fell on 11 Farvardin 1404 (Monday 31 March 2025).
    const withEid: BusinessCalendar = { ...cal, holidays: [...cal.holidays, { calendar: 'jalali', year: 1404, month: 1, day: 11 }] };
    expect(due('1404-01-10 16:30', 60, withEid)).toBe('1404-01-14 08:30'); // 11 Eid, 12–13 holidays
    expect(due('1404-01-10 16:30', 60, cal)).toBe('1404-01-11 08:30');
    // The same day a year later is a working day (11 Farvardin 1405 is a Wednesday).
    expect(due('1405-01-10 16:30', 60, withEid)).toBe('1405-01-11 08:30');
  });

  it('long targets span weeks: 40 working hours from Saturday 08:00', () => {
    // A week is 5 × 9 h + 5 h = 50 h; 40 h = Saturday–Wednesday 08:00 → Wednesday 12:00.
    expect(due('1404-02-13 08:00', 40 * 60)).toBe('1404-02-17 12:00');
    // 50 h is exactly a week: Thursday 13:00. 100 h → the next Thursday 13:00.
    expect(due('1404-02-13 08:00', 50 * 60)).toBe('1404-02-18 13:00');
    expect(due('1404-02-13 08:00', 100 * 60)).toBe('1404-02-25 13:00');
    // 200 h from Saturday 25 Esfand 1403, across 29 Esfand, Nowruz and 12–13 Farvardin: 36 h to Tuesday, Thursday
    // 30 Esfand 5 h, then 5 Farvardin on 50 h a week with 12–13 Farvardin off → 196 h by Thursday 28 Farvardin.
    const start = teh('1403-12-25 08:00');
    const end = addBusinessMinutes(start, 200 * 60, cal);
    expect(businessMinutesBetween(start, end, cal)).toBe(200 * 60);
    expect(show(end)).toBe('1404-01-30 12:00');
  });

  it('rejects negative or non-finite minutes and invalid instants', () => {
    expect(() => addBusinessMinutes(new Date(), -1, cal)).toThrow(RangeError);
    expect(() => addBusinessMinutes(new Date(), Number.NaN, cal)).toThrow(RangeError);
    expect(() => addBusinessMinutes(new Date(Number.NaN), 1, cal)).toThrow(RangeError);
  });
});

describe('businessMinutesBetween', () => {
  it('counts across a weekend: Thursday 12:00 → Saturday 09:00 = 60 + 60', () => {
    expect(businessMinutesBetween(teh('1404-02-18 12:00'), teh('1404-02-20 09:00'), cal)).toBe(120);
  });

  it('is zero inside closed time, negative when reversed, fractional for seconds', () => {
    expect(businessMinutesBetween(teh('1404-02-18 13:00'), teh('1404-02-20 08:00'), cal)).toBe(0);
    expect(businessMinutesBetween(teh('1404-02-20 09:00'), teh('1404-02-18 12:00'), cal)).toBe(-120);
    const a = teh('1404-02-17 10:00');
    expect(businessMinutesBetween(a, new Date(a.getTime() + 90_000), cal)).toBe(1.5);
  });

  it('counts a whole week as 50 hours and a Nowruz fortnight as far less', () => {
    expect(businessMinutesBetween(teh('1404-02-13 00:00'), teh('1404-02-20 00:00'), cal)).toBe(50 * 60);
    // 25 Esfand 1403 (Saturday) → 9 Farvardin 1404 (Saturday): Sat–Tue 4 × 9 h, 29 Esfand off, Thursday 30 Esfand 5 h,
    // then 5–8 Farvardin Tuesday, Wednesday, Thursday (9 + 9 + 5).
    expect(businessMinutesBetween(teh('1403-12-25 00:00'), teh('1404-01-09 00:00'), cal)).toBe((36 + 5 + 23) * 60);
  });
});

describe('nextOpening and isOpen', () => {
  it('is the instant itself when open', () => {
    const t = teh('1404-02-17 10:00');
    expect(nextOpening(t, cal)).toEqual(t);
  });

  it('crosses midnight and the weekend', () => {
    expect(show(nextOpening(teh('1404-02-17 23:59'), cal))).toBe('1404-02-18 08:00');
    expect(show(nextOpening(teh('1404-02-18 13:00'), cal))).toBe('1404-02-20 08:00');
  });

  it('uses Tehran’s historical DST: 08:00 was 03:30 UTC in summer 2021 and 04:30 UTC in winter', () => {
    // Tuesday 22 Tir 1400 (13 July 2021), +04:30.
    expect(isOpen(new Date('2021-07-13T03:30:00Z'), cal)).toBe(true);
    expect(isOpen(new Date('2021-07-13T03:29:59Z'), cal)).toBe(false);
    expect(nextOpening(new Date('2021-07-13T00:00:00Z'), cal)).toEqual(new Date('2021-07-13T03:30:00Z'));
    // Tuesday 19 Tir 1402 (2023), no DST any more: +03:30.
    expect(nextOpening(new Date('2023-07-11T00:00:00Z'), cal)).toEqual(new Date('2023-07-11T04:30:00Z'));
  });
});

describe('a custom 24/7 calendar', () => {
  it('counts every minute, including DST days of 23 and 25 hours in old Tehran', () => {
    const utc = alwaysOpenCalendar('UTC');
    expect(validateBusinessCalendar(utc)).toEqual([]);
    const a = new Date('2025-01-01T22:15:00Z');
    expect(addBusinessMinutes(a, 90, utc)).toEqual(new Date('2025-01-01T23:45:00Z'));
    expect(addBusinessMinutes(a, 7 * 1440, utc)).toEqual(new Date('2025-01-08T22:15:00Z'));
    expect(businessMinutesBetween(a, new Date('2025-01-03T22:15:00Z'), utc)).toBe(2880);
    expect(isOpen(new Date('2025-01-04T00:00:00Z'), utc)).toBe(true);

    const tehran = alwaysOpenCalendar('Asia/Tehran');
    // 2 Farvardin 1400 (22 March 2021) began at 01:00: 23 hours. 30 Shahrivar 1400 (21 Sept 2021) had 25.
    expect(businessMinutesBetween(teh('1400-01-02 00:00'), teh('1400-01-03 00:00'), tehran)).toBe(23 * 60);
    expect(businessMinutesBetween(teh('1400-06-30 00:00'), teh('1400-06-31 00:00'), tehran)).toBe(25 * 60);
  });

  it('29 February as a recurring Gregorian holiday only exists in leap years', () => {
    const leapOff = alwaysOpenCalendar('UTC', [{ calendar: 'gregorian', month: 2, day: 29 }]);
    expect(businessMinutesBetween(new Date('2024-02-28T00:00Z'), new Date('2024-03-01T00:00Z'), leapOff)).toBe(1440);
    expect(businessMinutesBetween(new Date('2025-02-28T00:00Z'), new Date('2025-03-01T00:00Z'), leapOff)).toBe(1440);
    expect(addBusinessMinutes(new Date('2024-02-28T23:00Z'), 120, leapOff)).toEqual(new Date('2024-03-01T01:00Z'));
    expect(isOpen(new Date('2024-02-29T12:00Z'), leapOff)).toBe(false);
  });

  it('30 Esfand as a recurring holiday occurs in leap years only', () => {
    const c = alwaysOpenCalendar('Asia/Tehran', [{ calendar: 'jalali', month: 12, day: 30 }]);
    expect(isOpen(teh('1403-12-30 12:00'), c)).toBe(false);
    expect(isOpen(teh('1404-01-01 00:00'), c)).toBe(true);
    expect(businessMinutesBetween(teh('1402-12-29 00:00'), teh('1403-01-01 00:00'), c)).toBe(1440);
  });
});

describe('several ranges a day (a lunch break)', () => {
  const split: BusinessCalendar = {
    timeZone: 'Asia/Tehran',
    week: { 0: [{ start: '13:00', end: '17:00' }, { start: '08:00', end: '12:00' }], 1: [], 2: [], 3: [], 4: [], 5: [], 6: [] },
    holidays: [],
  };
  it('skips the break and the closed days', () => {
    // 1404-02-14 is a Sunday.
    expect(due('1404-02-14 11:30', 60, split)).toBe('1404-02-14 13:30');
    expect(due('1404-02-14 16:30', 60, split)).toBe('1404-02-21 08:30');
    expect(businessMinutesBetween(teh('1404-02-14 00:00'), teh('1404-02-21 00:00'), split)).toBe(480);
  });
});

describe('addBusinessMinutes and businessMinutesBetween are inverse (seeded random inputs)', () => {
  // mulberry32: a small deterministic PRNG so failures reproduce.
  function rng(seed: number): () => number {
    return () => {
      seed |= 0;
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const calendars: Array<[string, BusinessCalendar]> = [
    ['Iran default', cal],
    ['24/7 Tehran', alwaysOpenCalendar('Asia/Tehran')],
    [
      'split hours in Berlin with holidays',
      {
        timeZone: 'Europe/Berlin',
        week: { 0: [], 1: [{ start: '09:00', end: '12:30' }, { start: '13:15', end: '18:00' }], 2: [{ start: '00:00', end: '24:00' }], 3: [{ start: '22:00', end: '24:00' }], 4: [{ start: '00:00', end: '02:30' }], 5: [{ start: '10:00', end: '16:00' }], 6: [] },
        holidays: [{ calendar: 'gregorian', month: 12, day: 25 }, { calendar: 'gregorian', month: 3, day: 31 }, { calendar: 'jalali', year: 1400, month: 1, day: 1 }],
      },
    ],
  ];
  const from = Date.UTC(2018, 0, 1);
  const to = Date.UTC(2027, 0, 1);

  it.each(calendars)('%s', (_name, c) => {
    const random = rng(20_240_229);
    for (let i = 0; i < 300; i++) {
      const start = new Date(from + Math.floor(random() * (to - from)));
      const minutes = Math.floor(random() * (i % 10 === 0 ? 20_000 : 1_500));
      const end = addBusinessMinutes(start, minutes, c);
      expect({ i, start, minutes, between: businessMinutesBetween(start, end, c) }).toEqual({ i, start, minutes, between: minutes });
      expect(end.getTime()).toBeGreaterThanOrEqual(start.getTime());
      if (minutes > 0) expect(isOpen(new Date(end.getTime() - 1), c)).toBe(true);

      // The other way round: b's distance from a, added to a, lands on b (or, when b is closed, on the last closing).
      const b = new Date(start.getTime() + Math.floor(random() * 30 * 86_400_000));
      const m = businessMinutesBetween(start, b, c);
      const back = addBusinessMinutes(start, m, c);
      expect(back.getTime()).toBeLessThanOrEqual(b.getTime());
      expect(businessMinutesBetween(back, b, c)).toBe(0);
      if (isOpen(b, c)) expect(back).toEqual(b);
    }
  });
});

describe('validateBusinessCalendar', () => {
  const base = (): BusinessCalendar => ({ timeZone: 'Asia/Tehran', week: { 0: [], 1: [], 2: [], 3: [], 4: [], 5: [], 6: [] }, holidays: [] });

  it('reports bad times, end ≤ start and overlaps with their paths', () => {
    const c = base();
    c.week[4] = [{ start: '8:00', end: '25:00' }];
    c.week[1] = [{ start: '10:00', end: '10:00' }];
    c.week[2] = [{ start: '08:00', end: '12:00' }, { start: '11:00', end: '14:00' }, { start: '14:00', end: '24:00' }];
    c.week[3] = [{ start: '24:00', end: '24:00' }];
    expect(validateBusinessCalendar(c)).toEqual([
      { path: 'week.1.0.end', message: 'must be later than the start (10:00)' },
      { path: 'week.2.1.start', message: 'overlaps range 0 of the same day' },
      { path: 'week.3.0.start', message: 'must be a time HH:MM between 00:00 and 23:59' },
      { path: 'week.4.0.start', message: 'must be a time HH:MM between 00:00 and 23:59' },
      { path: 'week.4.0.end', message: 'must be a time HH:MM between 00:01 and 24:00' },
    ]);
  });

  it('reports invalid holidays, the time zone and missing weekdays', () => {
    const c = base();
    c.timeZone = 'Mars/Olympus';
    delete (c.week as Partial<BusinessCalendar['week']>)[5];
    c.holidays = [
      { calendar: 'jalali', month: 12, day: 30 }, // fine: recurs in leap years
      { calendar: 'jalali', year: 1404, month: 12, day: 30 }, // 1404 is a common year
      { calendar: 'jalali', month: 7, day: 31 },
      { calendar: 'gregorian', month: 13, day: 1 },
      { calendar: 'lunar' as 'jalali', month: 1, day: 1 },
      { calendar: 'gregorian', year: 2.5, month: 1, day: 1 },
      { calendar: 'gregorian', year: 2025, month: 2, day: 29 },
    ];
    expect(validateBusinessCalendar(c).map((p) => p.path)).toEqual([
      'timeZone', 'week.5', 'holidays.1.day', 'holidays.2.day', 'holidays.3.month', 'holidays.4.calendar', 'holidays.5.year', 'holidays.6.day',
    ]);
  });

  it('the arithmetic refuses an invalid calendar and a calendar never open', () => {
    const bad = base();
    bad.week[0] = [{ start: '09:00', end: '08:00' }];
    expect(() => addBusinessMinutes(new Date(), 1, bad)).toThrow(/week\.0\.0\.end/);
    const never = base();
    expect(isOpen(new Date(), never)).toBe(false);
    expect(businessMinutesBetween(new Date(0), new Date(), never)).toBe(0);
    expect(() => nextOpening(new Date(), never)).toThrow(RangeError);
    const allHolidays = alwaysOpenCalendar('UTC', [{ calendar: 'gregorian', year: 2030, month: 1, day: 1 }]);
    expect(addBusinessMinutes(new Date('2029-12-31T23:30Z'), 60, allHolidays)).toEqual(new Date('2030-01-02T00:30Z'));
  });
});
