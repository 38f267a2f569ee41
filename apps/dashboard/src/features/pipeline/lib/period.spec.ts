import { currentPeriod, monthName, monthsOfQuarter, periodInput, quarterOfMonth, shiftPeriod, switchKind, yearOptions, yearText } from './period';

describe('Jalali sales periods', () => {
  it('finds the current month and quarter in Tehran', () => {
    // 2026-11-23 is 2 Azar 1405 (month 9, autumn = Q3)
    const now = new Date('2026-11-23T10:00:00Z');
    expect(currentPeriod('MONTH', now)).toEqual({ kind: 'MONTH', jalaliYear: 1405, index: 9 });
    expect(currentPeriod('QUARTER', now)).toEqual({ kind: 'QUARTER', jalaliYear: 1405, index: 3 });
    // Nowruz 1405 = 2026-03-21; 23:30 UTC on the 20th is already the 21st in Tehran
    expect(currentPeriod('MONTH', new Date('2026-03-20T21:00:00Z'))).toEqual({ kind: 'MONTH', jalaliYear: 1405, index: 1 });
    expect(currentPeriod('MONTH', new Date('2026-03-20T12:00:00Z'))).toEqual({ kind: 'MONTH', jalaliYear: 1404, index: 12 });
  });

  it('maps months to quarters and back', () => {
    expect([1, 3, 4, 6, 7, 9, 10, 12].map(quarterOfMonth)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    expect(monthsOfQuarter(4)).toEqual([10, 11, 12]);
    expect(switchKind({ kind: 'MONTH', jalaliYear: 1405, index: 8 }, 'QUARTER')).toEqual({ kind: 'QUARTER', jalaliYear: 1405, index: 3 });
    expect(switchKind({ kind: 'QUARTER', jalaliYear: 1405, index: 3 }, 'MONTH')).toEqual({ kind: 'MONTH', jalaliYear: 1405, index: 7 });
  });

  it('steps across years', () => {
    expect(shiftPeriod({ kind: 'MONTH', jalaliYear: 1405, index: 12 }, 1)).toEqual({ kind: 'MONTH', jalaliYear: 1406, index: 1 });
    expect(shiftPeriod({ kind: 'MONTH', jalaliYear: 1405, index: 1 }, -1)).toEqual({ kind: 'MONTH', jalaliYear: 1404, index: 12 });
    expect(shiftPeriod({ kind: 'QUARTER', jalaliYear: 1405, index: 1 }, -5)).toEqual({ kind: 'QUARTER', jalaliYear: 1403, index: 4 });
  });

  it('builds the API input', () => {
    expect(periodInput({ kind: 'MONTH', jalaliYear: 1405, index: 9 })).toEqual({ jalaliYear: 1405, month: 9 });
    expect(periodInput({ kind: 'QUARTER', jalaliYear: 1405, index: 2 })).toEqual({ jalaliYear: 1405, quarter: 2 });
  });

  it('names months and years per language', () => {
    expect(monthName(1, 'fa')).toBe('فروردین');
    expect(monthName(9, 'en')).toBe('Azar');
    expect(yearText(1405, 'fa')).toBe('۱۴۰۵');
    expect(yearOptions(1405, 2, 1)).toEqual([1406, 1405, 1404, 1403]);
  });
});
