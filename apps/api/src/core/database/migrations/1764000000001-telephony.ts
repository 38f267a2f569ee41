import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSqlV1 as tenantTableSql } from '../tenant-table.sql';

export class Telephony1764000000001 implements MigrationInterface {
  name = 'Telephony1764000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE calls (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        external_id text NOT NULL CHECK (length(external_id) BETWEEN 1 AND 200),
        direction text NOT NULL CHECK (direction IN ('in', 'out')),
        remote_e164 text,
        remote_raw text NOT NULL,
        extension text,
        member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL,
        contact_id uuid REFERENCES contacts(id) ON DELETE SET NULL,
        status text NOT NULL CHECK (status IN ('ringing', 'answered', 'ended', 'missed')),
        started_at timestamptz(3) NOT NULL DEFAULT now(),
        answered_at timestamptz,
        ended_at timestamptz,
        duration_seconds int,
        recording_url text,
        UNIQUE (workspace_id, external_id)
      )`);
    await q.query(`CREATE INDEX calls_contact_idx ON calls (workspace_id, contact_id, started_at DESC)`);
    await q.query(`CREATE INDEX calls_remote_idx ON calls (workspace_id, remote_e164, started_at DESC)`);
    for (const s of tenantTableSql('calls', { audit: false })) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS calls`);
  }
}
