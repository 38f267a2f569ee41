import { toPersianDigits } from '@peyvand/text';
import { DataSource } from 'typeorm';
import { TenantDb } from '../../core/database/tenant-db.service';
import { DomainEvents } from '../../core/events/domain-events';
import { Clock } from '../../core/jobs/clock';
import { JobQueue } from '../../core/jobs/job-queue.service';
import { Scheduler } from '../../core/jobs/scheduler.service';
import { errorCode, gql, Owner, signUpOwner } from '../../../test/utils/graphql';
import { startTestApp, TestApp } from '../../../test/utils/test-app';
import { FOLLOWUPS_JOB, WIN_BACK_JOB } from './automation.jobs';
import { BIRTHDAY_BONUS_JOB } from '../club/loyalty/earning.service';
import { IMPORTANT_DATES_JOB } from './important-dates.job';

const CREATE_CONTACT = `mutation($input: CreateContactInput!) { createContact(input: $input) { id } }`;
const ADD_DATE = `mutation($input: ImportantDateInput!) { addImportantDate(input: $input) { id } }`;
const RUNS = `query($job: String) { jobRuns(job: $job, first: 100) { id job day slot trigger status items errorCount errors { message } workspaceOnly startedAt finishedAt } }`;
const RUN_NOW = `mutation($job: String!, $day: String) { runJobNow(job: $job, day: $day) { id job day status trigger workspaceOnly } }`;
const PLAN_FIELDS = `id name trigger active steps { position kind delayDays body callScript maxAttempts } activeEnrolments`;
const CREATE_PLAN = `mutation($input: FollowUpPlanInput!) { createFollowUpPlan(input: $input) { ${PLAN_FIELDS} } }`;
const ENROLMENTS = `query($planId: ID) { followUpEnrolments(planId: $planId) { id status source nextPosition nextDueAt contactId steps { position kind status reason messageId } } }`;
const CALLS = `query($scope: FollowUpCallScope) { followUpCalls(scope: $scope) { id taskId attempt maxAttempts callScript dueAt outcome contactName assigneeMemberId } }`;
const OUTCOME = `mutation($input: RecordCallOutcomeInput!) { recordCallOutcome(input: $input) { id outcome attempt } }`;

/** 'YYYY-MM-DDTHH:MM' Tehran (UTC+03:30 since 2022) as an instant. */
const tehran = (local: string) => new Date(`${local}:00+03:30`);

describe('scheduled jobs on a fake clock: important dates, follow-up plans, win-back, job runs', () => {
  let app: TestApp;
  let ds: DataSource;
  let clock: Clock;
  let jobs: JobQueue;

  beforeAll(async () => {
    // Tuesday 26 Esfand 1404, 08:00 in Tehran: the first start has no history, so yesterday becomes the first day done.
    app = await startTestApp({ env: { APP_ROLE: 'all', FAKE_CLOCK_AT: tehran('2026-03-17T08:00').toISOString() } });
    ds = app.app.get(DataSource);
    clock = app.app.get(Clock);
    jobs = app.app.get(JobQueue);
    await jobs.drain([IMPORTANT_DATES_JOB, WIN_BACK_JOB, FOLLOWUPS_JOB]);
  });
  afterAll(() => app.close());

  async function memberOf(owner: Owner): Promise<string> {
    const [m] = await ds.query(`SELECT id FROM workspace_members WHERE workspace_id = $1`, [owner.workspaceId]);
    return m.id;
  }

  async function contact(owner: Owner, firstName: string, phone: string, ownerId?: string): Promise<string> {
    const res = await gql(app, CREATE_CONTACT, { input: { firstName, lastName: 'تست', phones: [{ number: phone }], ownerId } }, owner.token);
    expect(res.errors).toBeUndefined();
    return res.data!.createContact.id;
  }

  async function addDate(owner: Owner, input: Record<string, unknown>): Promise<string> {
    const res = await gql(app, ADD_DATE, { input }, owner.token);
    expect(res.errors).toBeUndefined();
    return res.data!.addImportantDate.id;
  }

  function publish(owner: Owner, name: string, payload: Record<string, unknown>): Promise<void> {
    return app.app.get(TenantDb).tx(() => app.app.get(DomainEvents).publish(name, { workspaceId: owner.workspaceId, actorMemberId: null, ...payload }), owner.workspaceId);
  }

  async function runNow(owner: Owner, job: string, day?: string) {
    const res = await gql(app, RUN_NOW, { job, day }, owner.token);
    expect(res.errors).toBeUndefined();
    await jobs.drain([job]);
    return res.data!.runJobNow;
  }

  const sends = (owner: Owner) =>
    ds.query(
      `SELECT important_date_id AS id, to_char(occurrence, 'YYYY-MM-DD') AS occurrence, to_char(run_day, 'YYYY-MM-DD') AS "runDay", cardinality(message_ids) AS messages
       FROM important_date_sends WHERE workspace_id = $1 ORDER BY run_day, important_date_id`,
      [owner.workspaceId],
    );

  it('catches up every missed day in order after downtime across Nowruz: each greeting once, on its day, 30 Esfand on 29 Esfand', async () => {
    const owner = await signUpOwner(app, 'Dates shop');
    const me = await memberOf(owner);
    const sara = await contact(owner, 'سارا', '09121111111', me);
    const reza = await contact(owner, 'رضا', '09122222222');
    // A: a birthday on 30 Esfand; 1404 has no 30 Esfand, so it falls on 29 Esfand (Friday 20 March).
    const a = await addDate(owner, { contactId: sara, kind: 'BIRTHDAY', date: { calendar: 'JALALI', month: 12, day: 30 }, messageTemplate: 'تولدت مبارک {{contact.firstName}}' });
    // B: the child's birthday on Nowruz (1 Farvardin 1405 = 21 March), the parent greeted three days before, by a saved template.
    const tpl = await gql(app, `mutation($input: CreateMessageTemplateInput!) { createMessageTemplate(input: $input) { id } }`, {
      input: { key: 'child_birthday', name: 'تولد فرزند', channel: 'SMS', language: 'fa', purpose: 'MARKETING', body: '{{contact.firstName}} عزیز، تولد فرزندتان پیشاپیش مبارک' },
    }, owner.token);
    expect(tpl.errors).toBeUndefined();
    const child = await gql(app, `mutation($id: ID!, $input: RelatedPersonInput!) { addRelatedPerson(contactId: $id, input: $input) { id } }`, { id: sara, input: { relation: 'CHILD', name: 'نیکا' } }, owner.token);
    const b = await addDate(owner, { relatedPersonId: child.data!.addRelatedPerson.id, kind: 'CHILD_BIRTHDAY', date: { calendar: 'JALALI', year: 1398, month: 1, day: 1 }, reminderDaysBefore: 3, messageTemplate: 'child_birthday' });
    // C: an organisation's founding day (Gregorian 19 March), to its linked contact.
    const org = await gql(app, `mutation { createOrganization(input: { name: "اطلس" }) { id } }`, {}, owner.token);
    await gql(app, `mutation($c: ID!, $o: ID!) { linkContactToOrganization(contactId: $c, organizationId: $o) { id } }`, { c: reza, o: org.data!.createOrganization.id }, owner.token);
    const c = await addDate(owner, { organizationId: org.data!.createOrganization.id, kind: 'CUSTOM', title: 'سالگرد تاسیس', date: { calendar: 'GREGORIAN', month: 3, day: 19 }, messageTemplate: 'سالگرد تاسیس مبارک' });
    // D: 2 Farvardin, no message channel: only the owner's reminder; due on the restart day itself (11:00 is past 10:00).
    const d = await addDate(owner, { contactId: reza, kind: 'BIRTHDAY', date: { calendar: 'JALALI', month: 1, day: 2 }, channel: 'NONE' });

    // The servers were down from Tuesday 08:00 to Sunday 2 Farvardin 11:00; the start catches up.
    clock.set(tehran('2026-03-22T11:00'));
    await app.app.get(Scheduler).catchUp(IMPORTANT_DATES_JOB);
    await jobs.drain([IMPORTANT_DATES_JOB, BIRTHDAY_BONUS_JOB]);

    expect(await sends(owner)).toEqual([
      { id: b, occurrence: '2026-03-21', runDay: '2026-03-18', messages: 1 },
      { id: c, occurrence: '2026-03-19', runDay: '2026-03-19', messages: 1 },
      { id: a, occurrence: '2026-03-20', runDay: '2026-03-20', messages: 1 },
      { id: d, occurrence: '2026-03-22', runDay: '2026-03-22', messages: 0 },
    ]);
    const messages = await ds.query(`SELECT contact_id, body_text, purpose, idempotency_key FROM messages WHERE workspace_id = $1 AND contact_id IS NOT NULL ORDER BY idempotency_key`, [owner.workspaceId]);
    expect(messages).toHaveLength(3);
    expect(messages.map((m: { contact_id: string }) => m.contact_id).sort()).toEqual([sara, sara, reza].sort());
    expect(messages.map((m: { body_text: string }) => m.body_text)).toEqual(expect.arrayContaining(['تولدت مبارک سارا', 'سارا عزیز، تولد فرزندتان پیشاپیش مبارک', 'سالگرد تاسیس مبارک']));
    expect(messages.every((m: { purpose: string }) => m.purpose === 'MARKETING')).toBe(true);
    // A reminder task per occurrence, for the owner where the contact has one.
    const tasks = await ds.query(`SELECT title, assignee_member_id, contact_id FROM tasks WHERE workspace_id = $1 ORDER BY title`, [owner.workspaceId]);
    expect(tasks).toHaveLength(4);
    expect(tasks.filter((t: { contact_id: string }) => t.contact_id === sara).every((t: { assignee_member_id: string }) => t.assignee_member_id === me)).toBe(true);
    expect(tasks.map((t: { title: string }) => t.title)).toEqual(expect.arrayContaining(['تولد سارا تست — ۲۹ اسفند ۱۴۰۴', 'تولد فرزند نیکا (۷ سال) — ۱ فروردین ۱۴۰۵']));
    // The owner is told once per day that had reminders for them (a digest), not once per reminder.
    const alerts = await ds.query(
      `SELECT idempotency_key, subject FROM messages WHERE workspace_id = $1 AND member_id = $2 ORDER BY idempotency_key`, [owner.workspaceId, me],
    );
    expect(alerts.map((a: { idempotency_key: string }) => a.idempotency_key)).toEqual([
      `alert:important-dates:2026-03-18:${me}:EMAIL`, // B, the child of Sara (whose owner is me)
      `alert:important-dates:2026-03-20:${me}:EMAIL`, // A, Sara's own
    ]);
    expect(alerts[0].subject).toBe('یادآوری مناسبت‌های امروز مشتریان شما (۱)');

    // Each contact's own birthday earned the club's birthday points once, in the Jalali year of the day (the child's birthday does not).
    const points = await ds.query(`SELECT contact_id, source, delta, source_ref FROM loyalty_entries WHERE workspace_id = $1 ORDER BY source_ref`, [owner.workspaceId]);
    expect(points).toEqual(expect.arrayContaining([
      { contact_id: sara, source: 'BIRTHDAY', delta: 20, source_ref: `birthday:${sara}:1404` },
      { contact_id: reza, source: 'BIRTHDAY', delta: 20, source_ref: `birthday:${reza}:1405` },
    ]));
    expect(points).toHaveLength(2);

    // Every missed day ran once, in order; the last one is the start's own.
    const runs = (await gql(app, RUNS, { job: IMPORTANT_DATES_JOB }, owner.token)).data!.jobRuns.filter((r: { workspaceOnly: boolean }) => !r.workspaceOnly);
    const byDay = runs.filter((r: { day: string }) => r.day >= '2026-03-17').sort((x: { day: string }, y: { day: string }) => x.day.localeCompare(y.day));
    expect(byDay.map((r: { day: string; trigger: string; status: string }) => [r.day, r.trigger, r.status])).toEqual([
      ['2026-03-17', 'CATCH_UP', 'SUCCEEDED'],
      ['2026-03-18', 'CATCH_UP', 'SUCCEEDED'],
      ['2026-03-19', 'CATCH_UP', 'SUCCEEDED'],
      ['2026-03-20', 'CATCH_UP', 'SUCCEEDED'],
      ['2026-03-21', 'CATCH_UP', 'SUCCEEDED'],
      ['2026-03-22', 'START', 'SUCCEEDED'],
    ]);
    expect(new Date(byDay[0].finishedAt) <= new Date(byDay[1].startedAt)).toBe(true);

    // Another start, and the day's own tick, run nothing again.
    await app.app.get(Scheduler).catchUp(IMPORTANT_DATES_JOB);
    await app.app.get(Scheduler).tick(IMPORTANT_DATES_JOB);
    await jobs.drain([IMPORTANT_DATES_JOB]);
    const again = (await gql(app, RUNS, { job: IMPORTANT_DATES_JOB }, owner.token)).data!.jobRuns.filter((r: { day: string; workspaceOnly: boolean }) => !r.workspaceOnly && r.day >= '2026-03-17');
    expect(again).toHaveLength(6);
    expect(await ds.query(`SELECT count(*)::int AS n FROM messages WHERE workspace_id = $1 AND contact_id IS NOT NULL`, [owner.workspaceId])).toEqual([{ n: 3 }]);
    // The owner heard of their two reminder tasks once each (staff alerts of task.assigned).
    expect(await ds.query(`SELECT count(*)::int AS n FROM messages WHERE workspace_id = $1 AND member_id IS NOT NULL`, [owner.workspaceId])).toEqual([{ n: 2 }]);
    const jobsList = await gql(app, `{ scheduledJobs { job kind lastCompletedDay } }`, {}, owner.token);
    expect(jobsList.data!.scheduledJobs).toEqual(expect.arrayContaining([{ job: IMPORTANT_DATES_JOB, kind: 'DAILY', lastCompletedDay: '2026-03-22' }]));
  });

  it('run now for a day: 30 Esfand in a leap year is its own day, 29 February falls on 28 February in a common year, never twice', async () => {
    const owner = await signUpOwner(app, 'Leap shop');
    const sara = await contact(owner, 'سارا', '09123333333');
    const esfand30 = await addDate(owner, { contactId: sara, kind: 'BIRTHDAY', date: { calendar: 'JALALI', month: 12, day: 30 }, messageTemplate: 'تولدت مبارک' });
    const feb29 = await addDate(owner, { contactId: sara, kind: 'ANNIVERSARY', date: { calendar: 'GREGORIAN', month: 2, day: 29 }, messageTemplate: 'سالگرد مبارک' });
    clock.set(tehran('2031-03-05T12:00'));
    // 1408 is a leap year: 29 Esfand (19 March 2030) is not the birthday, 30 Esfand (20 March 2030) is.
    expect(await runNow(owner, IMPORTANT_DATES_JOB, '2030-03-19')).toMatchObject({ day: '2030-03-19', status: 'QUEUED', trigger: 'MANUAL', workspaceOnly: true });
    expect(await sends(owner)).toEqual([]);
    await runNow(owner, IMPORTANT_DATES_JOB, '2030-03-20');
    // 2031 is a common year: 29 February is celebrated on 28 February.
    await runNow(owner, IMPORTANT_DATES_JOB, '2031-02-28');
    await runNow(owner, IMPORTANT_DATES_JOB, '2031-02-28');
    expect(await sends(owner)).toEqual([
      { id: esfand30, occurrence: '2030-03-20', runDay: '2030-03-20', messages: 1 },
      { id: feb29, occurrence: '2031-02-28', runDay: '2031-02-28', messages: 1 },
    ]);
    expect(await ds.query(`SELECT count(*)::int AS n FROM messages WHERE workspace_id = $1`, [owner.workspaceId])).toEqual([{ n: 2 }]);
    const runs = (await gql(app, RUNS, { job: IMPORTANT_DATES_JOB }, owner.token)).data!.jobRuns.filter((r: { workspaceOnly: boolean }) => r.workspaceOnly);
    expect(runs.map((r: { day: string; status: string; items: number }) => [r.day, r.status, r.items])).toEqual([
      ['2031-02-28', 'SUCCEEDED', 0],
      ['2031-02-28', 'SUCCEEDED', 1],
      ['2030-03-20', 'SUCCEEDED', 1],
      ['2030-03-19', 'SUCCEEDED', 0],
    ]);
  });

  it('a greeting that cannot go out is noted and the rest of the day goes out; a date whose reminder cannot be written costs only itself', async () => {
    const owner = await signUpOwner(app, 'Partial shop');
    const other = await signUpOwner(app, 'Other shop');
    const me = await memberOf(owner);
    const ok = await contact(owner, 'مینا', '09124444441', me);
    const noPhone = (await gql(app, CREATE_CONTACT, { input: { firstName: 'بی‌تلفن', lastName: 'تست', email: 'nophone@example.com' } }, owner.token)).data!.createContact.id;
    const noTemplate = await contact(owner, 'پیش‌فرض', '09124444444');
    const date = { calendar: 'GREGORIAN', month: 7, day: 1 };
    const dOk = await addDate(owner, { contactId: ok, kind: 'BIRTHDAY', date, messageTemplate: 'تولدت مبارک {{contact.firstName}}' });
    const dNoPhone = await addDate(owner, { contactId: noPhone, kind: 'ANNIVERSARY', date, messageTemplate: 'سالگرد مبارک' });
    // No saved "birthday" template in this workspace: the default greeting is skipped with a note, not a run error.
    const dDefault = await addDate(owner, { contactId: noTemplate, kind: 'BIRTHDAY', date });
    clock.set(tehran('2031-07-03T12:00'));
    const first = await runNow(owner, IMPORTANT_DATES_JOB, '2031-07-01');
    const rows = async () => new Map((await ds.query(
      `SELECT important_date_id AS id, cardinality(message_ids) AS messages, task_id IS NOT NULL AS task, error FROM important_date_sends WHERE workspace_id = $1`,
      [owner.workspaceId],
    )).map((r: { id: string }) => [r.id, r]));
    const after1 = await rows();
    expect(after1.get(dOk)).toEqual({ id: dOk, messages: 1, task: true, error: null });
    expect(after1.get(dNoPhone)).toEqual({ id: dNoPhone, messages: 0, task: true, error: `${noPhone}: the contact has no phone number` });
    expect(after1.get(dDefault)).toMatchObject({ messages: 0, task: true, error: expect.stringContaining('"birthday"') });
    const run = async (id: string) => (await gql(app, RUNS, { job: IMPORTANT_DATES_JOB }, owner.token)).data!.jobRuns.find((r: { id: string }) => r.id === id);
    expect(await run(first.id)).toMatchObject({ status: 'SUCCEEDED', items: 3, errors: [{ message: `important date ${dNoPhone}: ${noPhone}: the contact has no phone number` }] });

    // The next day, the owner of one contact has left the workspace (their membership is another workspace's now):
    // the page cannot be written as a whole, so its dates go one at a time and only that one fails.
    const stale = await contact(owner, 'قدیمی', '09124444443', me);
    const fine = await contact(owner, 'تازه', '09124444445', me);
    const next = { calendar: 'GREGORIAN', month: 7, day: 2 };
    const dStale = await addDate(owner, { contactId: stale, kind: 'ANNIVERSARY', date: next, messageTemplate: 'سالگرد مبارک' });
    const dFine = await addDate(owner, { contactId: fine, kind: 'ANNIVERSARY', date: next, messageTemplate: 'سالگرد مبارک' });
    await ds.query(`UPDATE contacts SET owner_member_id = $2 WHERE id = $1`, [stale, await memberOf(other)]);
    const second = await runNow(owner, IMPORTANT_DATES_JOB, '2031-07-02');
    const after2 = await rows();
    expect(after2.get(dFine)).toEqual({ id: dFine, messages: 1, task: true, error: null });
    // Not claimed: nothing of it was written, and a run of the day again would try it again.
    expect(after2.has(dStale)).toBe(false);
    const recorded = await run(second.id);
    expect(recorded).toMatchObject({ status: 'SUCCEEDED', items: 1 });
    expect(recorded.errors).toEqual([{ message: expect.stringMatching(new RegExp(`^important date ${dStale}: .*is not a staff member`)) }]);
    const sent = await ds.query(`SELECT body_text FROM messages WHERE workspace_id = $1 AND contact_id IS NOT NULL ORDER BY created_at`, [owner.workspaceId]);
    expect(sent.map((m: { body_text: string }) => m.body_text)).toEqual(['تولدت مبارک مینا', 'سالگرد مبارک']);
  });

  it('a greeting that could never render is refused when the date is saved, naming the field; nothing is saved', async () => {
    const owner = await signUpOwner(app, 'Typo shop');
    const sara = await contact(owner, 'سارا', '09125555551');
    const save = (messageTemplate: string) => gql(app, ADD_DATE, { input: { contactId: sara, kind: 'BIRTHDAY', date: { calendar: 'JALALI', month: 5, day: 5 }, messageTemplate } }, owner.token);
    const typo = await save('{{firstName}} عزیز، تولدت مبارک!');
    expect(errorCode(typo)).toBe('BAD_USER_INPUT');
    expect(typo.errors![0].extensions!.fields).toEqual([{ field: 'input.messageTemplate', message: expect.stringMatching(/^unknown variable \{\{firstName\}\} \(did you mean \{\{contact\.firstName\}\}\?\)/) }]);
    const param = await save('کد هدیه شما: {{coupon.code}}');
    expect(param.errors![0].extensions!.fields).toEqual([{ field: 'input.messageTemplate', message: expect.stringContaining('{{coupon.code}} cannot be used here') }]);
    const broken = await save('سلام {{contact.firstName');
    expect(errorCode(broken)).toBe('BAD_USER_INPUT');
    expect(await ds.query(`SELECT count(*)::int AS n FROM important_dates WHERE workspace_id = $1`, [owner.workspaceId])).toEqual([{ n: 0 }]);
    // A template key (the template may be written later) and correct text are accepted.
    expect((await save('birthday.vip')).errors).toBeUndefined();
    expect((await save('{{contact.firstName}} عزیز، تولدت مبارک!')).errors).toBeUndefined();
  });

  it('upcoming dates: by send day then id, a page at a time across days, the total counted, handled ones marked; a bad cursor names the field', async () => {
    const owner = await signUpOwner(app, 'Upcoming shop');
    const UPCOMING = `query($days: Int, $first: Int, $after: String) { upcomingImportantDates(days: $days, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { importantDateId sendDay occurrence subjectName handled } } } }`;
    // Today is Friday 1 Khordad 1405 (22 May 2026) in Tehran; three dates on day +1, one on +4 greeted 2 days ahead (sent on +2), one on +10.
    clock.set(tehran('2026-05-22T09:00'));
    const ids: Record<string, string> = {};
    for (const [name, phone, month, day, lead] of [['آرش', '09127777771', 3, 2, 0], ['بهار', '09127777772', 3, 2, 0], ['پویا', '09127777773', 3, 2, 0], ['تینا', '09127777774', 3, 5, 2], ['ژاله', '09127777775', 3, 11, 0]] as const) {
      const c = await contact(owner, name, phone);
      ids[name] = await addDate(owner, { contactId: c, kind: 'BIRTHDAY', date: { calendar: 'JALALI', month, day }, reminderDaysBefore: lead, channel: 'NONE' });
    }
    const page = async (vars: Record<string, unknown>) => {
      const res = await gql(app, UPCOMING, vars, owner.token);
      expect(res.errors).toBeUndefined();
      return res.data!.upcomingImportantDates;
    };
    const seen: Array<{ sendDay: string; importantDateId: string; subjectName: string }> = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const p = await page({ days: 7, first: 2, after });
      expect(p.totalCount).toBe(4);
      seen.push(...p.edges.map((e: { node: (typeof seen)[number] }) => e.node));
      after = p.pageInfo.hasNextPage ? p.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(2);
    // The +10 date is outside the 7 days; the day +1 three come first (in id order), then the one sent on +2.
    const firstDay = [ids['آرش'], ids['بهار'], ids['پویا']].sort();
    expect(seen.map((n) => [n.sendDay, n.importantDateId])).toEqual([
      ...firstDay.map((id) => ['2026-05-23', id]),
      ['2026-05-24', ids['تینا']],
    ]);
    expect(seen.find((n) => n.importantDateId === ids['تینا'])).toMatchObject({ subjectName: 'تینا تست' });
    expect((await page({ days: 30, first: 10 })).totalCount).toBe(5);

    // The first day's run handles its three; the list says so.
    clock.set(tehran('2026-05-23T11:00'));
    await runNow(owner, IMPORTANT_DATES_JOB, '2026-05-23');
    clock.set(tehran('2026-05-22T09:00'));
    const marked = await page({ days: 2, first: 10 });
    expect(marked.edges.map((e: { node: { handled: boolean } }) => e.node.handled)).toEqual([true, true, true]);

    const bad = await gql(app, UPCOMING, { after: 'not-a-cursor' }, owner.token);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.fields).toEqual([{ field: 'after', message: 'is not a cursor returned by this list' }]);
  });

  it('an after-sales plan on a delivered order: SMS at once, a call three days later, no answer retried on the next working day after Nowruz, then given up', async () => {
    const owner = await signUpOwner(app, 'Plans shop');
    const me = await memberOf(owner);
    const customer = await contact(owner, 'مینا', '09124444444', me);
    const bad = await gql(app, CREATE_PLAN, { input: { name: 'x', trigger: 'ORDER_DELIVERED', steps: [{ kind: 'SMS', delayDays: 0, body: 'hi' }, { kind: 'CALL', delayDays: 3 }] } }, owner.token);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.fields![0].field).toBe('input.steps.1.callScript');
    const created = await gql(app, CREATE_PLAN, {
      input: {
        name: 'تماس پس از فروش', trigger: 'ORDER_DELIVERED',
        steps: [
          { kind: 'SMS', delayDays: 0, body: '{{contact.firstName}} عزیز، سفارش شما تحویل شد' },
          { kind: 'CALL', delayDays: 3, callScript: 'آیا از خرید راضی هستید؟ آیا انتظارتان برآورده شد؟', maxAttempts: 2 },
        ],
      },
    }, owner.token);
    expect(created.errors).toBeUndefined();
    const plan = created.data!.createFollowUpPlan;
    expect(plan.steps.map((s: { kind: string }) => s.kind)).toEqual(['SMS', 'CALL']);
    expect(errorCode(await gql(app, CREATE_PLAN, { input: { name: 'تماس پس از فروش', steps: [{ kind: 'SMS', delayDays: 1, body: 'x' }] } }, owner.token))).toBe('BAD_USER_INPUT');

    // Monday 25 Esfand 1404, 10:00: the order is delivered (the event twice: one enrolment).
    clock.set(tehran('2026-03-16T10:00'));
    const delivered = { contactId: customer, issueId: 'i1', invoiceId: '00000000-0000-4000-8000-000000000001', number: 1, status: 'DELIVERED', trackingCode: null };
    await publish(owner, 'sales.order_delivered', delivered);
    await publish(owner, 'sales.order_delivered', delivered);
    await runNow(owner, FOLLOWUPS_JOB);
    let [enrolment] = (await gql(app, ENROLMENTS, { planId: plan.id }, owner.token)).data!.followUpEnrolments;
    expect(enrolment).toMatchObject({ status: 'ACTIVE', source: 'ORDER_DELIVERED', nextPosition: 1, nextDueAt: tehran('2026-03-19T10:00').toISOString() });
    expect(enrolment.steps).toEqual([expect.objectContaining({ position: 0, kind: 'SMS', status: 'SENT' })]);
    const [sms] = await ds.query(`SELECT body_text FROM messages WHERE id = $1`, [enrolment.steps[0].messageId]);
    expect(sms.body_text).toBe('مینا عزیز، سفارش شما تحویل شد');

    // Thursday 28 Esfand, 10:30: the call is due, for the contact's owner, with its script.
    clock.set(tehran('2026-03-19T10:30'));
    await runNow(owner, FOLLOWUPS_JOB);
    const [call] = (await gql(app, CALLS, { scope: 'TODAY' }, owner.token)).data!.followUpCalls;
    expect(call).toMatchObject({ attempt: 1, maxAttempts: 2, callScript: 'آیا از خرید راضی هستید؟ آیا انتظارتان برآورده شد؟', assigneeMemberId: me, outcome: null });
    const [task] = await ds.query(`SELECT kind, status, assignee_member_id FROM tasks WHERE id = $1`, [call.taskId]);
    expect(task).toEqual({ kind: 'CALL', status: 'OPEN', assignee_member_id: me });

    // No answer: retried on the next working day — Friday, 29 Esfand and Nowruz (1–4 Farvardin) are closed.
    // Two reps record at once: one outcome counts, the other is CONFLICT, and there is one retry.
    const both = await Promise.all([
      gql(app, OUTCOME, { input: { callId: call.id, outcome: 'NO_ANSWER' } }, owner.token),
      gql(app, OUTCOME, { input: { callId: call.id, outcome: 'NO_ANSWER' } }, owner.token),
    ]);
    expect(both.map((r) => errorCode(r) ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    expect((await gql(app, CALLS, { scope: 'TODAY' }, owner.token)).data!.followUpCalls).toEqual([]);
    const [retry] = (await gql(app, CALLS, { scope: 'UPCOMING' }, owner.token)).data!.followUpCalls;
    expect(retry).toMatchObject({ attempt: 2, dueAt: tehran('2026-03-25T08:00').toISOString() });
    expect(await ds.query(`SELECT status, outcome FROM tasks WHERE id = $1`, [call.taskId])).toEqual([{ status: 'DONE', outcome: 'no answer' }]);

    clock.set(tehran('2026-03-25T09:00'));
    expect((await gql(app, CALLS, { scope: 'TODAY' }, owner.token)).data!.followUpCalls.map((c: { id: string }) => c.id)).toEqual([retry.id]);
    await gql(app, OUTCOME, { input: { callId: retry.id, outcome: 'NO_ANSWER', note: 'خاموش بود' } }, owner.token);
    [enrolment] = (await gql(app, ENROLMENTS, { planId: plan.id }, owner.token)).data!.followUpEnrolments;
    expect(enrolment.status).toBe('COMPLETED');
    expect(enrolment.steps[1]).toMatchObject({ position: 1, kind: 'CALL', status: 'GAVE_UP', reason: 'NO_ANSWER' });
  });

  it('the first order of a web customer: a FIRST_WEB_ORDER plan makes the verification call, with its script, instead of the plain task', async () => {
    const owner = await signUpOwner(app, 'Web shop');
    const me = await memberOf(owner);
    const script = 'سلام، از فروشگاه تماس می‌گیرم؛ سفارش اینترنتی شما را تأیید می‌کنید؟ نشانی درست است؟';
    const input = { name: 'تماس تأیید سفارش اینترنتی', trigger: 'FIRST_WEB_ORDER', steps: [{ kind: 'CALL', delayDays: 0, callScript: script, maxAttempts: 3 }] };
    const created = await gql(app, CREATE_PLAN, { input }, owner.token);
    expect(created.errors).toBeUndefined();
    const plan = created.data!.createFollowUpPlan;
    expect(plan.trigger).toBe('FIRST_WEB_ORDER');
    const product = (await gql(app, `mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }`, { input: { sku: 'WEB-1', nameFa: 'کالای وب', basePrice: 100_000 } }, owner.token)).data!.createProduct.id;
    const webCustomer = async (firstName: string, phone: string) =>
      (await gql(app, CREATE_CONTACT, { input: { firstName, lastName: 'وب', phones: [{ number: phone }], source: 'WEB_FORM', ownerId: me } }, owner.token)).data!.createContact.id;
    const order = async (contactId: string) => {
      const res = await gql(app, `mutation($input: CreateProformaInput!) { createProforma(input: $input) { id number } }`, { input: { contactId, lines: [{ productId: product, quantity: 1 }] } }, owner.token);
      expect(res.errors).toBeUndefined();
      return res.data!.createProforma;
    };
    const tasksOf = (contactId: string) => ds.query(`SELECT kind, title FROM tasks WHERE contact_id = $1 ORDER BY created_at`, [contactId]);

    clock.set(tehran('2026-05-02T11:00'));
    const nasim = await webCustomer('نسیم', '09126666661');
    await order(nasim);
    await order(nasim); // not the first: no second call
    expect(await tasksOf(nasim)).toEqual([]);
    await runNow(owner, FOLLOWUPS_JOB);
    const calls = (await gql(app, CALLS, { scope: 'TODAY' }, owner.token)).data!.followUpCalls;
    expect(calls).toEqual([expect.objectContaining({ attempt: 1, maxAttempts: 3, callScript: script, assigneeMemberId: me, contactName: 'نسیم وب' })]);
    expect((await tasksOf(nasim)).map((t: { kind: string }) => t.kind)).toEqual(['CALL']);
    const enrolments = (await gql(app, ENROLMENTS, { planId: plan.id }, owner.token)).data!.followUpEnrolments;
    expect(enrolments).toEqual([expect.objectContaining({ contactId: nasim, source: 'FIRST_WEB_ORDER' })]);

    // Without an active plan of that kind the sales module's own verification task is created, as before.
    await gql(app, `mutation($id: ID!, $input: FollowUpPlanInput!) { updateFollowUpPlan(id: $id, input: $input) { id } }`, { id: plan.id, input: { ...input, active: false } }, owner.token);
    const omid = await webCustomer('امید', '09126666662');
    const first = await order(omid);
    expect(await tasksOf(omid)).toEqual([{ kind: 'CALL', title: `تماس تأیید اولین سفارش (پیش‌فاکتور شماره ${toPersianDigits(String(first.number))})` }]);
  });

  it('a step is skipped when the contact bought meanwhile; staff enrol by hand once; the answered call moves the plan on', async () => {
    const owner = await signUpOwner(app, 'Skip shop');
    const buyer = await contact(owner, 'کاوه', '09125555555');
    const plan = (await gql(app, CREATE_PLAN, {
      input: { name: 'پیگیری', steps: [{ kind: 'SMS', delayDays: 2, body: 'هنوز تصمیم نگرفتید؟' }, { kind: 'CALL', delayDays: 1, callScript: 'سلام' }, { kind: 'SMS', delayDays: 0, body: 'ممنون' }] },
    }, owner.token)).data!.createFollowUpPlan;
    clock.set(tehran('2026-04-05T09:00'));
    const enrol = `mutation($p: ID!, $c: ID!) { enrolInFollowUpPlan(planId: $p, contactId: $c) { id status nextDueAt } }`;
    const first = await gql(app, enrol, { p: plan.id, c: buyer }, owner.token);
    expect(first.data!.enrolInFollowUpPlan).toMatchObject({ status: 'ACTIVE', nextDueAt: tehran('2026-04-07T10:00').toISOString() });
    expect(errorCode(await gql(app, enrol, { p: plan.id, c: buyer }, owner.token))).toBe('CONFLICT');
    const other = await contact(owner, 'سیما', '09125555556');
    const racing = await Promise.all([gql(app, enrol, { p: plan.id, c: other }, owner.token), gql(app, enrol, { p: plan.id, c: other }, owner.token)]);
    expect(racing.map((r) => errorCode(r) ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const [cancelled] = (await gql(app, ENROLMENTS, { planId: plan.id }, owner.token)).data!.followUpEnrolments.filter((x: { contactId: string }) => x.contactId === other);
    expect((await gql(app, `mutation($id: ID!) { cancelFollowUpEnrolment(id: $id, reason: "اشتباه") { status } }`, { id: cancelled.id }, owner.token)).data!.cancelFollowUpEnrolment.status).toBe('CANCELLED');

    clock.set(tehran('2026-04-06T12:00'));
    await publish(owner, 'sales.order_completed', { contactId: buyer, orderId: '00000000-0000-4000-8000-000000000002', completedAt: clock.now().toISOString() });
    clock.set(tehran('2026-04-07T10:05'));
    await runNow(owner, FOLLOWUPS_JOB);
    const mine = async () => (await gql(app, ENROLMENTS, { planId: plan.id }, owner.token)).data!.followUpEnrolments.find((x: { contactId: string }) => x.contactId === buyer);
    let e = await mine();
    expect(e.steps).toEqual([expect.objectContaining({ position: 0, status: 'SKIPPED', reason: 'purchased', messageId: null })]);
    expect(e.nextDueAt).toBe(tehran('2026-04-08T10:00').toISOString());

    // No owner and no team: the plan's author gets the call. Answered: the last SMS follows at once.
    clock.set(tehran('2026-04-08T10:01'));
    await runNow(owner, FOLLOWUPS_JOB);
    const [call] = (await gql(app, `{ followUpCalls(mine: false) { id } }`, {}, owner.token)).data!.followUpCalls;
    await gql(app, OUTCOME, { input: { callId: call.id, outcome: 'ANSWERED', note: 'راضی است' } }, owner.token);
    await runNow(owner, FOLLOWUPS_JOB);
    e = await mine();
    expect(e.status).toBe('COMPLETED');
    expect(e.steps.map((s: { status: string }) => s.status)).toEqual(['SKIPPED', 'DONE', 'SENT']);
  });

  it('call steps of contacts without an owner go round-robin over the plan’s team; an owner keeps their own', async () => {
    const owner = await signUpOwner(app, 'Team shop');
    const me = await memberOf(owner);
    const team: string[] = [];
    for (const name of ['a', 'b']) {
      const [user] = await ds.query(`INSERT INTO users (email, password_hash, full_name) VALUES ($1, 'x', $2) RETURNING id`, [`rep-${name}-${Date.now()}@example.test`, `فروشنده ${name}`]);
      const [member] = await ds.query(`INSERT INTO workspace_members (workspace_id, user_id, role) VALUES ($1, $2, 'SALES') RETURNING id`, [owner.workspaceId, user.id]);
      team.push(member.id);
    }
    const plan = (await gql(app, CREATE_PLAN, { input: { name: 'تیم تماس', teamMemberIds: team, steps: [{ kind: 'CALL', delayDays: 0, callScript: 'سلام' }] } }, owner.token)).data!.createFollowUpPlan;
    clock.set(tehran('2026-04-11T10:00'));
    const contacts = [await contact(owner, 'الف', '09127000001'), await contact(owner, 'ب', '09127000002'), await contact(owner, 'پ', '09127000003'), await contact(owner, 'ت', '09127000004', me)];
    for (const c of contacts) await gql(app, `mutation($p: ID!, $c: ID!) { enrolInFollowUpPlan(planId: $p, contactId: $c) { id } }`, { p: plan.id, c }, owner.token);
    await runNow(owner, FOLLOWUPS_JOB);
    const calls = (await gql(app, `{ followUpCalls(mine: false) { contactName assigneeMemberId } }`, {}, owner.token)).data!.followUpCalls;
    expect(calls).toHaveLength(4);
    expect(calls.find((c: { contactName: string }) => c.contactName === 'ت تست').assigneeMemberId).toBe(me);
    const teamCounts = team.map((m) => calls.filter((c: { assigneeMemberId: string }) => c.assigneeMemberId === m).length).sort();
    expect(teamCounts).toEqual([1, 2]);
  });

  it('win-back: a customer without a purchase past the threshold becomes inactive and gets the win-back step', async () => {
    const owner = await signUpOwner(app, 'Winback shop');
    const old = await contact(owner, 'بهار', '09126666666');
    const plan = (await gql(app, CREATE_PLAN, { input: { name: 'بازگشت مشتری', trigger: 'BECAME_INACTIVE', steps: [{ kind: 'SMS', delayDays: 0, body: 'دلمان برایتان تنگ شده؛ کد تخفیف ویژه شما آماده است' }] } }, owner.token)).data!.createFollowUpPlan;
    clock.set(tehran('2026-05-01T12:00'));
    await publish(owner, 'sales.order_completed', { contactId: old, orderId: '00000000-0000-4000-8000-000000000003', completedAt: new Date(+clock.now() - 200 * 86_400_000).toISOString() });
    // The default threshold is 180 days without a purchase.
    await runNow(owner, WIN_BACK_JOB, '2026-05-02');
    const stage = await gql(app, `query($id: ID!) { contact(id: $id) { stage } }`, { id: old }, owner.token);
    expect(stage.data!.contact.stage).toBe('INACTIVE');
    clock.set(tehran('2026-05-02T10:00'));
    await runNow(owner, FOLLOWUPS_JOB);
    const [e] = (await gql(app, ENROLMENTS, { planId: plan.id }, owner.token)).data!.followUpEnrolments;
    expect(e).toMatchObject({ source: 'BECAME_INACTIVE', status: 'COMPLETED', contactId: old });
    expect(e.steps[0].status).toBe('SENT');
  });

  it('job history: existing jobs are recorded runs; run now is for admins; bad input names the field', async () => {
    const owner = await signUpOwner(app, 'Jobs shop');
    const list = (await gql(app, `{ scheduledJobs { job kind cron timeZone lastRun { status trigger } } }`, {}, owner.token)).data!.scheduledJobs;
    const names = list.map((j: { job: string }) => j.job);
    expect(names).toEqual(expect.arrayContaining(['ticketing.sla-check', 'sales.expire-proformas', 'messaging.sweep', IMPORTANT_DATES_JOB, WIN_BACK_JOB, FOLLOWUPS_JOB]));
    const sla = list.find((j: { job: string }) => j.job === 'ticketing.sla-check');
    // Its start run was recorded (the real cron may have added later ones meanwhile).
    expect(sla).toMatchObject({ kind: 'SLOT', cron: '*/5 * * * *' });
    expect(sla.lastRun).not.toBeNull();
    const slaRuns = (await gql(app, RUNS, { job: 'ticketing.sla-check' }, owner.token)).data!.jobRuns;
    expect(slaRuns).toEqual(expect.arrayContaining([expect.objectContaining({ trigger: 'START', status: 'SUCCEEDED', workspaceOnly: false })]));
    const run = await runNow(owner, 'sales.expire-proformas');
    expect(run).toMatchObject({ status: 'QUEUED', trigger: 'MANUAL', workspaceOnly: false });
    const runs = (await gql(app, RUNS, { job: 'sales.expire-proformas' }, owner.token)).data!.jobRuns;
    expect(runs.find((r: { id: string }) => r.id === run.id)).toMatchObject({ status: 'SUCCEEDED', items: null });

    let res = await gql(app, RUN_NOW, { job: 'nope' }, owner.token);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.fields![0].field).toBe('job');
    res = await gql(app, RUN_NOW, { job: IMPORTANT_DATES_JOB }, owner.token);
    expect(res.errors![0].extensions!.fields![0].field).toBe('day');
    res = await gql(app, RUN_NOW, { job: IMPORTANT_DATES_JOB, day: '2026-02-30' }, owner.token);
    expect(res.errors![0].extensions!.fields![0].field).toBe('day');

    const key = await gql(app, `mutation { createApiKey(input: { name: "reader", scopes: ["contacts:read"] }) { secret } }`, {}, owner.token);
    expect(errorCode(await gql(app, `{ scheduledJobs { job } }`, {}, key.data!.createApiKey.secret))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, RUN_NOW, { job: FOLLOWUPS_JOB }, key.data!.createApiKey.secret))).toBe('FORBIDDEN');
  });
});
