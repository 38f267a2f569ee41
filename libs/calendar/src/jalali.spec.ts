import {
  gregorianToJdn,
  isJalaliLeapYear,
  isValidJalaliDate,
  jalaliMonthLength,
  jdnToGregorian,
  toGregorian,
  toJalali,
} from './jalali';

const DAY = 86_400_000;
const icu = new Intl.DateTimeFormat('en-US-u-ca-persian-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** ICU's Persian date of a UTC midnight, as [year, month, day]. */
function icuJalali(ms: number): [number, number, number] {
  const m = /^(\d+)\/(\d+)\/(\d+)/.exec(icu.format(ms));
  if (!m) throw new Error(`unexpected ICU output ${icu.format(ms)}`);
  return [Number(m[3]), Number(m[1]), Number(m[2])];
}

function utc(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

describe('Jalali <-> Gregorian', () => {
  it.each([
    [{ year: 1403, month: 1, day: 1 }, { year: 2024, month: 3, day: 20 }],
    [{ year: 1404, month: 1, day: 1 }, { year: 2025, month: 3, day: 21 }],
    [{ year: 1403, month: 12, day: 30 }, { year: 2025, month: 3, day: 20 }],
    [{ year: 1402, month: 12, day: 29 }, { year: 2024, month: 3, day: 19 }],
    [{ year: 1357, month: 11, day: 22 }, { year: 1979, month: 2, day: 11 }],
    [{ year: 1399, month: 12, day: 30 }, { year: 2021, month: 3, day: 20 }],
    [{ year: 1400, month: 7, day: 1 }, { year: 2021, month: 9, day: 23 }],
    [{ year: 1, month: 1, day: 1 }, { year: 622, month: 3, day: 21 }],
  ])('%j = %j', (jalali, gregorian) => {
    expect(toGregorian(jalali)).toEqual(gregorian);
    expect(toJalali(gregorian)).toEqual(jalali);
  });

  it('knows leap years', () => {
    expect([1399, 1403, 1408, 1412].map(isJalaliLeapYear)).toEqual([true, true, true, true]);
    expect([1400, 1401, 1402, 1404, 1405].map(isJalaliLeapYear)).toEqual([false, false, false, false, false]);
    expect(jalaliMonthLength(1403, 12)).toBe(30);
    expect(jalaliMonthLength(1404, 12)).toBe(29);
    expect(jalaliMonthLength(1404, 6)).toBe(31);
    expect(jalaliMonthLength(1404, 7)).toBe(30);
  });

  it('validates dates', () => {
    expect(isValidJalaliDate({ year: 1403, month: 12, day: 30 })).toBe(true);
    expect(isValidJalaliDate({ year: 1404, month: 12, day: 30 })).toBe(false);
    expect(isValidJalaliDate({ year: 1404, month: 7, day: 31 })).toBe(false);
    expect(isValidJalaliDate({ year: 1404, month: 13, day: 1 })).toBe(false);
    expect(isValidJalaliDate({ year: 1404, month: 1, day: 0 })).toBe(false);
    expect(isValidJalaliDate({ year: 1404.5, month: 1, day: 1 })).toBe(false);
    expect(() => toGregorian({ year: 1404, month: 12, day: 30 })).toThrow(RangeError);
    expect(() => toJalali({ year: 2025, month: 2, day: 29 })).toThrow(RangeError);
  });

  it('round-trips Gregorian JDNs', () => {
    expect(gregorianToJdn(2000, 1, 1)).toBe(2451545);
    for (let jdn = 2400000; jdn < 2500000; jdn += 17) {
      const g = jdnToGregorian(jdn);
      expect(gregorianToJdn(g.year, g.month, g.day)).toBe(jdn);
    }
  });

  it('agrees with ICU on every day from 1925 to 2124 (Jalali 1303-1502)', () => {
    const end = utc(2124, 3, 20);
    const mismatches: string[] = [];
    for (let ms = utc(1925, 1, 1); ms < end; ms += DAY) {
      const d = new Date(ms);
      const j = toJalali({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
      const [y, m, dd] = icuJalali(ms);
      if (j.year !== y || j.month !== m || j.day !== dd) mismatches.push(`${d.toISOString()} ${y}/${m}/${dd}`);
      if (mismatches.length > 5) break;
    }
    expect(mismatches).toEqual([]);
  });

  // Older ICU versions use the plain 33-year cycle everywhere; ICU 7x+ also carries the correction
  // table (first entry: 1502) that this library implements. Only compare when the platform has it.
  const icuHasCorrections = icuJalali(utc(2124, 3, 20)).join('/') === '1503/1/1';
  (icuHasCorrections ? it : it.skip)('agrees with ICU on every 1 Farvardin and leap year, 1 to 3500 AP', () => {
    const mismatches: number[] = [];
    for (let year = 2; year <= 3500; year += 1) {
      const g = toGregorian({ year, month: 1, day: 1 });
      const ms = utc(g.year, g.month, g.day);
      const [y1, m1, d1] = icuJalali(ms);
      const [y0, m0, d0] = icuJalali(ms - DAY);
      const ok =
        y1 === year && m1 === 1 && d1 === 1 && y0 === year - 1 && m0 === 12 &&
        d0 === (isJalaliLeapYear(year - 1) ? 30 : 29);
      if (!ok) mismatches.push(year);
    }
    expect(mismatches).toEqual([]);
  });
});
