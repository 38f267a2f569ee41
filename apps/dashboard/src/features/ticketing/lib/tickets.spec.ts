import { ApiError } from '@peyvand/web';
import {
  conflictStatus, durationText, fileSize, formatRanges, percentText, hoursOfMinutes, minutesOfHours, parseRanges, relativeTime, slaDue, ticketActions, ticketNumber, uploadRefusal,
} from './tickets';

describe('ticketing helpers', () => {
  it('prints ticket numbers with Persian digits in fa', () => {
    expect(ticketNumber(42, 'fa')).toBe('#۴۲');
    expect(ticketNumber(42, 'en')).toBe('#42');
  });

  it('offers the actions the transitions allow', () => {
    expect(ticketActions('OPEN', ['WAITING_ON_CUSTOMER', 'RESOLVED', 'CLOSED'])).toEqual({ resolve: true, close: true, reopen: false });
    expect(ticketActions('RESOLVED', ['OPEN', 'CLOSED'])).toEqual({ resolve: false, close: true, reopen: true });
    expect(ticketActions('CLOSED', [])).toEqual({ resolve: false, close: false, reopen: false });
  });

  it('shows file sizes and names why an upload was refused', () => {
    expect(fileSize(512, 'en')).toBe('512 B');
    expect(fileSize(1536, 'en')).toBe('1.5 KB');
    expect(fileSize(3 * 1024 * 1024, 'fa')).toBe('۳ مگابایت');
    expect(uploadRefusal('programs, scripts and macro-enabled documents are not accepted')).toBe('executable');
    expect(uploadRefusal('is larger than 10240 KB')).toBe('tooLarge');
    expect(uploadRefusal('the content is image/png: name the file .png')).toBe('extension');
    expect(uploadRefusal('something else')).toBeNull();
  });

  it('prints metrics shares and durations', () => {
    expect(percentText(0.3333, 'en')).toBe('33.3%');
    expect(percentText(null, 'fa')).toBe('—');
    expect(durationText(45, 'en')).toBe('45 min');
    expect(durationText(210, 'en')).toBe('3.5 h');
    expect(durationText(2880, 'fa')).toBe('۲ روز');
  });

  it('picks the SLA target that matters now', () => {
    const now = new Date('2026-01-01T10:00:00Z');
    const base = { firstResponseDueAt: '2026-01-01T09:00:00Z', resolutionDueAt: '2026-01-02T10:00:00Z' };
    expect(slaDue({ status: 'NEW', ...base }, now)).toEqual({ kind: 'firstResponse', at: base.firstResponseDueAt, breached: true });
    expect(slaDue({ status: 'OPEN', firstResponseAt: '2026-01-01T08:00:00Z', ...base }, now)).toEqual({ kind: 'resolution', at: base.resolutionDueAt, breached: false });
    expect(slaDue({ status: 'RESOLVED', ...base }, now)).toBeNull();
    expect(slaDue({ status: 'WAITING_ON_CUSTOMER', firstResponseAt: '2026-01-01T08:00:00Z', slaPausedAt: '2026-01-01T09:00:00Z', ...base }, now)).toEqual({ kind: 'paused', at: '2026-01-01T09:00:00Z', breached: false });
  });

  it('says how far a time is', () => {
    const now = new Date('2026-01-01T10:00:00Z');
    expect(relativeTime('2026-01-01T13:00:00Z', 'en', now)).toBe('in 3 hours');
    expect(relativeTime('2026-01-01T09:30:00Z', 'en', now)).toBe('30 minutes ago');
    expect(relativeTime('2026-01-03T10:00:00Z', 'fa', now)).toMatch(/۲|پس/);
  });

  it('converts SLA minutes and hours', () => {
    expect(hoursOfMinutes(90, 'en')).toBe('1.5');
    expect(hoursOfMinutes(90, 'fa')).toBe('۱٫۵');
    expect(minutesOfHours('۱٫۵')).toBe(90);
    expect(minutesOfHours('8')).toBe(480);
    expect(minutesOfHours('0')).toBeNull();
    expect(minutesOfHours('x')).toBeNull();
  });

  it('parses business-hour ranges', () => {
    expect(parseRanges('۹:۰۰-۱۳:۰۰، 14:00–17:00')).toEqual([{ start: '09:00', end: '13:00' }, { start: '14:00', end: '17:00' }]);
    expect(parseRanges('')).toEqual([]);
    expect(parseRanges('9 to 5')).toBeNull();
    expect(formatRanges([{ start: '09:00', end: '17:00' }], 'en')).toBe('09:00-17:00');
    expect(formatRanges([{ start: '09:00', end: '13:00' }, { start: '14:00', end: '17:00' }], 'fa')).toBe('۰۹:۰۰-۱۳:۰۰، ۱۴:۰۰-۱۷:۰۰');
  });

  it('reads the status a CONFLICT names', () => {
    const error = new ApiError('CONFLICT', 'Ticket #3 is CLOSED and cannot become OPEN', [{ message: 'x', extensions: { code: 'CONFLICT', status: 'CLOSED' } }]);
    expect(conflictStatus(error)).toBe('CLOSED');
    expect(conflictStatus(new Error('x'))).toBeNull();
  });
});
