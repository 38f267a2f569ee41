import { dayValueToInstant, instantToDayValue, windowState } from './validity';

describe('validity windows (days in Tehran ⇄ instants)', () => {
  it('stores the first day at midnight Tehran time and the last day as the next midnight', () => {
    // 25 Azar 1404 = 16 December 2025; Tehran is UTC+3:30.
    expect(dayValueToInstant({ calendar: 'JALALI', year: '۱۴۰۴', month: '9', day: '25' })).toBe('2025-12-15T20:30:00.000Z');
    expect(dayValueToInstant({ calendar: 'JALALI', year: '1404', month: '10', day: '1' }, 'Asia/Tehran', true)).toBe('2025-12-22T20:30:00.000Z');
    expect(dayValueToInstant({ calendar: 'GREGORIAN', year: '2025', month: '12', day: '16' })).toBe('2025-12-15T20:30:00.000Z');
    expect(dayValueToInstant({ calendar: 'JALALI', year: '', month: '', day: '' })).toBeNull();
  });

  it('reads instants back as the days people picked', () => {
    expect(instantToDayValue('2025-12-15T20:30:00Z', 'fa')).toEqual({ calendar: 'JALALI', year: '1404', month: '9', day: '25' });
    expect(instantToDayValue('2025-12-22T20:30:00Z', 'fa', 'Asia/Tehran', true)).toEqual({ calendar: 'JALALI', year: '1404', month: '10', day: '1' });
    expect(instantToDayValue('2025-12-15T20:30:00Z', 'en')).toEqual({ calendar: 'GREGORIAN', year: '2025', month: '12', day: '16' });
    expect(instantToDayValue(null, 'fa').year).toBe('');
  });

  it('tells whether a window holds now', () => {
    const now = Date.parse('2025-12-18T00:00:00Z');
    expect(windowState('2025-12-15T20:30:00Z', '2025-12-22T20:30:00Z', now)).toBe('active');
    expect(windowState('2025-12-20T00:00:00Z', null, now)).toBe('upcoming');
    expect(windowState(null, '2025-12-17T00:00:00Z', now)).toBe('expired');
    expect(windowState(null, null, now)).toBe('active');
  });
});
