import { iranianWeekday, iranianWeekdayName, isIranianWorkingDay, startOfIranianWeek } from './week';

describe('Iranian week', () => {
  it('starts on Saturday', () => {
    expect(iranianWeekday({ year: 2025, month: 3, day: 22 })).toBe(0); // Saturday
    expect(iranianWeekday({ year: 2025, month: 3, day: 20 })).toBe(5); // Thursday
    expect(iranianWeekday({ calendar: 'jalali', year: 1404, month: 1, day: 1 })).toBe(6); // Friday
    expect(iranianWeekdayName({ year: 2025, month: 3, day: 22 })).toBe('شنبه');
    expect(iranianWeekdayName(3)).toBe('سه‌شنبه');
    expect(iranianWeekdayName(6, 'en')).toBe('Friday');
    expect(startOfIranianWeek({ year: 2025, month: 3, day: 21 })).toEqual({ year: 2025, month: 3, day: 15 });
    expect(startOfIranianWeek({ year: 2025, month: 3, day: 22 })).toEqual({ year: 2025, month: 3, day: 22 });
  });

  it('matches ICU weekday names for a whole week', () => {
    const icu = new Intl.DateTimeFormat('fa-IR', { weekday: 'long', timeZone: 'UTC' });
    for (let day = 15; day < 22; day += 1) {
      expect(iranianWeekdayName({ year: 2025, month: 3, day })).toBe(icu.format(Date.UTC(2025, 2, day)));
    }
  });

  it('treats Friday as off and Thursday as configurable', () => {
    const thursday = { year: 2025, month: 3, day: 20 };
    const friday = { year: 2025, month: 3, day: 21 };
    const saturday = { year: 2025, month: 3, day: 22 };
    expect(isIranianWorkingDay(friday)).toBe(false);
    expect(isIranianWorkingDay(thursday)).toBe(true);
    expect(isIranianWorkingDay(thursday, { thursdayOff: true })).toBe(false);
    expect(isIranianWorkingDay(saturday)).toBe(true);
    const nowruzHolidays = (d: { month: number; day: number }) => d.month === 3 && d.day >= 21 && d.day <= 24;
    expect(isIranianWorkingDay(saturday, { isHoliday: nowruzHolidays })).toBe(false);
  });
});
