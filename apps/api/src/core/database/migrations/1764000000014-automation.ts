import { MigrationInterface, QueryRunner } from 'typeorm';

/** Scheduled jobs: job runs, follow-up plans, important-date sends, win-back (owned by modules/automation and core/jobs). */
export class Automation1764000000014 implements MigrationInterface {
  name = 'Automation1764000000014';

  async up(_q: QueryRunner): Promise<void> {}

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
