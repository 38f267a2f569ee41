import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The daily greetings look up each (calendar, month, day, lead days) of the day; with the lead in the index each
 * lookup reads only its own dates instead of every date of that month and day (owned by modules/contacts).
 */
export class ImportantDatesDueIndex1764000000018 implements MigrationInterface {
  name = 'ImportantDatesDueIndex1764000000018';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX important_dates_due_idx ON important_dates (workspace_id, calendar, month, day, reminder_days_before)`);
    // Its prefix serves every query the old index served.
    await q.query(`DROP INDEX important_dates_month_day_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX important_dates_month_day_idx ON important_dates (workspace_id, calendar, month, day)`);
    await q.query(`DROP INDEX important_dates_due_idx`);
  }
}
