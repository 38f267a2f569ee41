import { toImportantDate } from './contact-values';
import { ImportantDateEntity } from './entities/important-date.entity';

const date = (over: Partial<ImportantDateEntity>): ImportantDateEntity =>
  ({ id: 'd', kind: 'BIRTHDAY', title: null, calendar: 'JALALI', year: null, month: 1, day: 1, recurrence: 'YEARLY', reminderDaysBefore: 0, channel: 'SMS', messageTemplate: null, contactId: 'c', relatedPersonId: null, organizationId: null, ...over }) as ImportantDateEntity;

describe('important dates: next occurrence in the workspace time zone', () => {
  it('formats the Jalali day as Jalali (29 Ordibehesht is fine even though 29 February often is not)', () => {
    // 2027-04-01 in Tehran; 29 Ordibehesht 1406 = 2027-05-19.
    const d = toImportantDate(date({ month: 2, day: 29 }), 'Asia/Tehran', new Date('2027-04-01T06:00:00Z'));
    expect(d).toMatchObject({ nextOccurrence: '2027-05-19', nextOccurrenceJalali: '1406-02-29', daysUntil: 48 });
  });

  it('a 30 Esfand birthday falls on 29 Esfand in a common year', () => {
    // 1404 is a common year: its Esfand has 29 days (29 Esfand 1404 = 2026-03-20).
    const d = toImportantDate(date({ month: 12, day: 30, year: 1399 }), 'Asia/Tehran', new Date('2026-03-01T06:00:00Z'));
    expect(d).toMatchObject({ nextOccurrence: '2026-03-20', nextOccurrenceJalali: '1404-12-29' });
  });

  it('"today" is today in Tehran, not in UTC', () => {
    // 2026-03-20T21:00Z is already 21 March (1 Farvardin 1405) in Tehran.
    const d = toImportantDate(date({ month: 1, day: 1 }), 'Asia/Tehran', new Date('2026-03-20T21:00:00Z'));
    expect(d).toMatchObject({ nextOccurrence: '2026-03-21', daysUntil: 0 });
  });

  it('a one-off date that has passed has no next occurrence', () => {
    const d = toImportantDate(date({ recurrence: 'ONCE', calendar: 'GREGORIAN', year: 2020, month: 5, day: 5 }), 'Asia/Tehran', new Date('2026-01-01T00:00:00Z'));
    expect(d).toMatchObject({ nextOccurrence: null, nextOccurrenceJalali: null, daysUntil: null });
  });
});
