import { toGregorian, zonedDateTimeToInstant } from '@peyvand/calendar';
import { DataSource } from 'typeorm';
import { TenantDb } from '../../core/database/tenant-db.service';
import { errorCode, gql, Owner, signUpOwner } from '../../../test/utils/graphql';
import { startTestApp, TestApp } from '../../../test/utils/test-app';
import { BusinessCalendarService } from './business-calendar.service';

const FIELDS = `timeZone week { start end } holidays { calendar year month day } isDefault openNow nextOpeningAt updatedAt`;
const GET = `{ businessCalendar { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateBusinessCalendarInput!) { updateBusinessCalendar(input: $input) { ${FIELDS} } }`;

const office = (end = '17:00') => [{ start: '08:00', end }];
/** Index 0 = Sunday … 6 = Saturday. */
const IRAN_WEEK = [office(), office(), office(), office(), office('13:00'), [], office()];

/** A Jalali wall-clock time in Tehran as an instant. */
const teh = (y: number, m: number, d: number, time: string): Date => zonedDateTimeToInstant({ calendar: 'jalali', year: y, month: m, day: d }, time, 'Asia/Tehran');

describe('business calendar (hours and holidays for SLAs)', () => {
  let app: TestApp;
  let a: Owner;
  let b: Owner;

  beforeAll(async () => {
    app = await startTestApp();
    a = await signUpOwner(app, 'Calendar shop A');
    b = await signUpOwner(app, 'Calendar shop B');
  });
  afterAll(() => app.close());

  it('returns the Iranian default until something is saved', async () => {
    const res = await gql(app, GET, {}, a.token);
    expect(res.errors).toBeUndefined();
    const cal = res.data!.businessCalendar;
    expect(cal).toMatchObject({ timeZone: 'Asia/Tehran', week: IRAN_WEEK, isDefault: true, updatedAt: null });
    expect(cal.holidays.map((h: { month: number; day: number }) => `${h.month}/${h.day}`)).toEqual(['1/1', '1/2', '1/3', '1/4', '1/12', '1/13', '3/14', '3/15', '11/22', '12/29']);
    expect(cal.holidays.every((h: { calendar: string; year: number | null }) => h.calendar === 'JALALI' && h.year === null)).toBe(true);
    expect(typeof cal.openNow).toBe('boolean');
    expect(new Date(cal.nextOpeningAt).getTime()).toBeGreaterThan(Date.now() - 5_000);
  });

  it('saves hours and holidays, keeps what is left out, and is what the SLA helpers count in', async () => {
    const week = [office(), office(), [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '18:00' }], office(), [], [], [{ start: '00:00', end: '24:00' }]];
    const holidays = [
      { calendar: 'JALALI', month: 1, day: 1 },
      { calendar: 'JALALI', year: 1404, month: 1, day: 11 },
      { calendar: 'GREGORIAN', month: 2, day: 29 },
    ];
    const saved = await gql(app, UPDATE, { input: { week, holidays } }, a.token);
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.updateBusinessCalendar).toMatchObject({
      week,
      holidays: [
        { calendar: 'JALALI', year: null, month: 1, day: 1 },
        { calendar: 'JALALI', year: 1404, month: 1, day: 11 },
        { calendar: 'GREGORIAN', year: null, month: 2, day: 29 },
      ],
      isDefault: false,
    });
    expect(saved.data!.updateBusinessCalendar.updatedAt).not.toBeNull();

    // Only the holidays: the week stays.
    const onlyHolidays = await gql(app, UPDATE, { input: { holidays: [] } }, a.token);
    expect(onlyHolidays.data!.updateBusinessCalendar).toMatchObject({ week, holidays: [] });
    expect((await gql(app, GET, {}, a.token)).data!.businessCalendar).toMatchObject({ week, holidays: [], isDefault: false });

    // The helpers other modules use, inside a transaction of the workspace (as the ticketing service will).
    const service = app.app.get(BusinessCalendarService);
    const db = app.app.get(TenantDb);
    // Monday 12 Khordad 1404 (2 June 2025) 16:30 + 60 min: 30 min on Monday, 30 on Tuesday.
    const monday = teh(1404, 3, 12, '16:30');
    expect(toGregorian({ year: 1404, month: 3, day: 12 })).toEqual({ year: 2025, month: 6, day: 2 });
    await db.tx(async (em) => {
      expect(await service.dueAt(em, monday, 60)).toEqual(teh(1404, 3, 13, '08:30'));
      // Tuesday closes at 18:00: 17:30 + 60 → Wednesday 08:30.
      expect(await service.dueAt(em, teh(1404, 3, 13, '17:30'), 60)).toEqual(teh(1404, 3, 14, '08:30'));
      // Thursday and Friday closed, Saturday round the clock.
      expect(await service.businessMinutesBetween(em, teh(1404, 3, 14, '17:00'), teh(1404, 3, 17, '12:00'))).toBe(720);
    }, a.workspaceId);
    // From a system transaction, by workspace id (as a job would). 14 Khordad is a working day for A (holidays
    // cleared) but a holiday, followed by 15 Khordad, on B's default calendar.
    const wednesday = teh(1404, 3, 14, '10:00');
    await db.system(async (em) => {
      expect(await service.dueAt(em, wednesday, 60, a.workspaceId)).toEqual(teh(1404, 3, 14, '11:00'));
      expect(await service.dueAt(em, wednesday, 60, b.workspaceId)).toEqual(teh(1404, 3, 17, '09:00'));
    });
  });

  it('follows the workspace time zone', async () => {
    const owner = await signUpOwner(app, 'Berlin shop');
    await gql(app, `mutation { updateWorkspace(input: { timezone: "Europe/Berlin" }) { id } }`, {}, owner.token);
    expect((await gql(app, GET, {}, owner.token)).data!.businessCalendar).toMatchObject({ timeZone: 'Europe/Berlin', isDefault: true });
    const cal = await app.app.get(TenantDb).system((em) => app.app.get(BusinessCalendarService).forWorkspace(em, owner.workspaceId));
    expect(cal.timeZone).toBe('Europe/Berlin');
  });

  it('reports every problem with its field and saves nothing', async () => {
    const before = (await gql(app, GET, {}, a.token)).data!.businessCalendar;
    const res = await gql(app, UPDATE, {
      input: {
        week: [
          office(), office(),
          [{ start: '08:00', end: '12:00' }, { start: '11:00', end: '14:00' }],
          [{ start: '8am', end: '17:00' }],
          [{ start: '08:00', end: '07:00' }],
          [], office(),
        ],
        holidays: [
          { calendar: 'JALALI', month: 1, day: 1 },
          { calendar: 'JALALI', month: 13, day: 1 },
          { calendar: 'JALALI', year: 1404, month: 12, day: 30 },
          { calendar: 'GREGORIAN', year: 2025, month: 2, day: 29 },
        ],
      },
    }, a.token);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.fields!.map((f) => f.field)).toEqual([
      'input.week.2.1.start',
      'input.week.3.0.start',
      'input.week.4.0.end',
      'input.holidays.1.month',
      'input.holidays.2.day',
      'input.holidays.3.day',
    ]);
    expect(res.errors![0].extensions!.fields!.find((f) => f.field === 'input.week.4.0.end')!.message).toMatch(/later than the start/);

    const sixDays = await gql(app, UPDATE, { input: { week: IRAN_WEEK.slice(0, 6) } }, a.token);
    expect(sixDays.errors![0].extensions!.fields).toEqual([{ field: 'input.week', message: expect.stringMatching(/seven weekdays/) }]);

    const tooMany = await gql(app, UPDATE, { input: { week: [Array.from({ length: 9 }, (_, i) => ({ start: `0${i}:00`, end: `0${i}:30` })), [], [], [], [], [], []] } }, a.token);
    expect(tooMany.errors![0].extensions!.fields).toEqual([{ field: 'input.week.0', message: expect.stringMatching(/at most 8/) }]);

    // What is saved is unchanged (openNow and nextOpeningAt are read off the clock: while open, the next opening is now).
    const saved = ({ openNow: _open, nextOpeningAt: _next, ...rest }: Record<string, unknown>) => rest;
    expect(saved((await gql(app, GET, {}, a.token)).data!.businessCalendar)).toEqual(saved(before));
  });

  it('is isolated per workspace and audited', async () => {
    // A saved its own; B still has the default, and B's change does not touch A.
    expect((await gql(app, GET, {}, b.token)).data!.businessCalendar).toMatchObject({ isDefault: true, week: IRAN_WEEK });
    const bWeek = [[], [], [], [], [], [], office('14:00')];
    expect((await gql(app, UPDATE, { input: { week: bWeek } }, b.token)).errors).toBeUndefined();
    const aCal = (await gql(app, GET, {}, a.token)).data!.businessCalendar;
    expect(aCal.week[6]).toEqual([{ start: '00:00', end: '24:00' }]);
    expect((await gql(app, GET, {}, b.token)).data!.businessCalendar.week).toEqual(bWeek);

    const ds = app.app.get(DataSource);
    const rows = await ds.query(`SELECT workspace_id FROM business_calendars WHERE workspace_id = ANY($1) ORDER BY workspace_id`, [[a.workspaceId, b.workspaceId]]);
    expect(rows).toHaveLength(2);
    // Row-level security: inside A's transaction only A's row is visible, whatever the WHERE clause says.
    const visible = await app.app.get(TenantDb).tx((em) => em.query(`SELECT workspace_id FROM business_calendars`), a.workspaceId);
    expect(visible).toEqual([{ workspace_id: a.workspaceId }]);
    const audited = await ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE workspace_id = $1 AND entity = 'business_calendars'`, [b.workspaceId]);
    expect(audited[0].n).toBeGreaterThan(0);
  });

  it('reading needs workspace:read, changing needs workspace:manage (an API key may read only)', async () => {
    expect(errorCode(await gql(app, GET))).toBe('UNAUTHENTICATED');
    const key = await gql(app, `mutation { createApiKey(input: { name: "cal", scopes: ["workspace:read"] }) { secret } }`, {}, a.token);
    const secret = key.data!.createApiKey.secret;
    expect((await gql(app, GET, {}, secret)).errors).toBeUndefined();
    expect(errorCode(await gql(app, UPDATE, { input: { holidays: [] } }, secret))).toBe('FORBIDDEN');
  });
});
