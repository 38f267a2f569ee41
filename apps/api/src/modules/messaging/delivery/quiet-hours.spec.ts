import { quietHoursEnd } from './quiet-hours';

const tehran = { startMinute: 22 * 60, endMinute: 8 * 60, timeZone: 'Asia/Tehran' };

describe('quietHoursEnd', () => {
  it('is null during the day in the workspace time zone', () => {
    // 12:00 Tehran = 08:30 UTC
    expect(quietHoursEnd(new Date('2026-11-23T08:30:00Z'), tehran)).toBeNull();
    // 21:59 Tehran
    expect(quietHoursEnd(new Date('2026-11-23T18:29:00Z'), tehran)).toBeNull();
  });

  it('ends the next morning at 08:00 local time when it is late evening', () => {
    // 23:30 Tehran on 23 Nov = 20:00 UTC → ends 24 Nov 08:00 Tehran = 04:30 UTC
    expect(quietHoursEnd(new Date('2026-11-23T20:00:00Z'), tehran)?.toISOString()).toBe('2026-11-24T04:30:00.000Z');
    // exactly 22:00 Tehran is quiet
    expect(quietHoursEnd(new Date('2026-11-23T18:30:00Z'), tehran)?.toISOString()).toBe('2026-11-24T04:30:00.000Z');
  });

  it('ends the same morning after midnight', () => {
    // 03:00 Tehran on 24 Nov = 23:30 UTC on 23 Nov
    expect(quietHoursEnd(new Date('2026-11-23T23:30:00Z'), tehran)?.toISOString()).toBe('2026-11-24T04:30:00.000Z');
    // 08:00 Tehran is no longer quiet
    expect(quietHoursEnd(new Date('2026-11-24T04:30:00Z'), tehran)).toBeNull();
  });

  it('handles a window that does not wrap and other zones', () => {
    const lunch = { startMinute: 13 * 60, endMinute: 14 * 60, timeZone: 'Europe/Berlin' };
    // 13:15 Berlin (winter, UTC+1) = 12:15 UTC → 14:00 Berlin = 13:00 UTC
    expect(quietHoursEnd(new Date('2026-11-23T12:15:00Z'), lunch)?.toISOString()).toBe('2026-11-23T13:00:00.000Z');
    expect(quietHoursEnd(new Date('2026-11-23T11:15:00Z'), lunch)).toBeNull();
  });

  it('has no quiet hours when start equals end', () => {
    expect(quietHoursEnd(new Date('2026-11-23T20:00:00Z'), { ...tehran, endMinute: tehran.startMinute })).toBeNull();
  });
});
