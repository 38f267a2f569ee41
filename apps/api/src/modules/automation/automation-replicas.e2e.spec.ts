import { DataSource } from 'typeorm';
import { boot, Booted } from '../../bootstrap';
import { Clock } from '../../core/jobs/clock';
import { JobQueue } from '../../core/jobs/job-queue.service';
import { Scheduler } from '../../core/jobs/scheduler.service';
import { gql, signUpOwner } from '../../../test/utils/graphql';
import { startTestApp, TestApp } from '../../../test/utils/test-app';
import { IMPORTANT_DATES_JOB } from './important-dates.job';

const tehran = (local: string) => new Date(`${local}:00+03:30`);

describe('daily jobs run each day once with two app instances on one database', () => {
  let first: TestApp;
  let second: Booted;
  const start = tehran('2027-03-10T09:00').toISOString();

  beforeAll(async () => {
    first = await startTestApp({ env: { APP_ROLE: 'all', FAKE_CLOCK_AT: start } });
    second = await boot({
      env: {
        NODE_ENV: 'test', DATABASE_URL: first.databaseUrl, PORT: '0', HOST: '127.0.0.1', APP_ROLE: 'worker', FAKE_CLOCK_AT: start,
        JWT_SECRET: 'test-secret-that-is-long-enough-0123456789', LOG_LEVEL: 'silent', SERVE_WEB: 'false', DATABASE_POOL_SIZE: '5',
      },
    });
    await first.app.get(JobQueue).drain([IMPORTANT_DATES_JOB]);
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('both restart after a week down and both tick: every missed day runs once, every greeting goes once', async () => {
    const owner = await signUpOwner(first, 'Replicas shop');
    const ids: string[] = [];
    // One birthday on each day of the downtime (Gregorian 10–16 March) and one on Nowruz 1406 (21 March 2027) reminded 5 days before.
    for (let day = 10; day <= 16; day++) {
      const c = await gql(first, `mutation($input: CreateContactInput!) { createContact(input: $input) { id } }`, { input: { firstName: `مشتری ${day}`, phones: [{ number: `091200000${day}` }] } }, owner.token);
      ids.push(c.data!.createContact.id);
      const d = await gql(first, `mutation($input: ImportantDateInput!) { addImportantDate(input: $input) { id } }`, {
        input: { contactId: c.data!.createContact.id, kind: 'BIRTHDAY', date: { calendar: 'GREGORIAN', month: 3, day }, messageTemplate: 'تولدت مبارک {{contact.firstName}}' },
      }, owner.token);
      expect(d.errors).toBeUndefined();
    }
    await gql(first, `mutation($input: ImportantDateInput!) { addImportantDate(input: $input) { id } }`, {
      input: { contactId: ids[0], kind: 'ANNIVERSARY', date: { calendar: 'JALALI', month: 1, day: 1 }, reminderDaysBefore: 5, messageTemplate: 'نوروز مبارک' },
    }, owner.token);

    for (const app of [first.app, second.app]) app.get(Clock).set(tehran('2027-03-16T10:30'));
    const [a, b] = [first.app.get(Scheduler), second.app.get(Scheduler)];
    await Promise.all([a.catchUp(IMPORTANT_DATES_JOB), b.catchUp(IMPORTANT_DATES_JOB), a.tick(IMPORTANT_DATES_JOB), b.tick(IMPORTANT_DATES_JOB)]);
    // Whatever the interleaving, a second round after the first finished finds nothing to do.
    await first.app.get(JobQueue).drain([IMPORTANT_DATES_JOB]);
    await Promise.all([a.catchUp(IMPORTANT_DATES_JOB), b.tick(IMPORTANT_DATES_JOB)]);
    await first.app.get(JobQueue).drain([IMPORTANT_DATES_JOB]);

    const ds = first.app.get(DataSource);
    const runs = await ds.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, count(*)::int AS n FROM job_runs WHERE job = $1 AND workspace_id IS NULL AND day >= '2027-03-10' GROUP BY day ORDER BY day`,
      [IMPORTANT_DATES_JOB],
    );
    expect(runs).toEqual(['10', '11', '12', '13', '14', '15', '16'].map((d) => ({ day: `2027-03-${d}`, n: 1 })));
    const messages = await ds.query(`SELECT contact_id, body_text FROM messages WHERE workspace_id = $1 AND contact_id IS NOT NULL ORDER BY body_text`, [owner.workspaceId]);
    expect(messages).toHaveLength(8);
    expect(new Set(messages.map((m: { contact_id: string }) => m.contact_id))).toEqual(new Set(ids));
    expect(messages.filter((m: { body_text: string }) => m.body_text === 'نوروز مبارک')).toHaveLength(1);
    const sends = await ds.query(`SELECT to_char(run_day, 'YYYY-MM-DD') AS d FROM important_date_sends WHERE workspace_id = $1 ORDER BY run_day`, [owner.workspaceId]);
    expect(sends.map((s: { d: string }) => s.d)).toEqual(['2027-03-10', '2027-03-11', '2027-03-12', '2027-03-13', '2027-03-14', '2027-03-15', '2027-03-16', '2027-03-16']);
  });
});
