import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSql } from '../tenant-table.sql';

/**
 * Per-workspace business hours and holidays, the calendar SLAs are counted in (libs/calendar business-time.ts).
 * No row = the Iranian default (Saturday–Wednesday 08:00–17:00, Thursday 08:00–13:00, the fixed official holidays)
 * in the workspace's time zone. `week` is {"0": [{"start": "08:00", "end": "17:00"}], …} with 0 = Sunday;
 * `holidays` is [{"calendar": "jalali", "year"?: 1404, "month": 1, "day": 11}, …]. The service validates both.
 */
export class BusinessCalendar1764000000010 implements MigrationInterface {
  name = 'BusinessCalendar1764000000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE business_calendars (
        workspace_id uuid PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
        week jsonb NOT NULL CHECK (jsonb_typeof(week) = 'object'),
        holidays jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(holidays) = 'array'),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    for (const s of tenantTableSql('business_calendars')) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS business_calendars`);
  }
}
