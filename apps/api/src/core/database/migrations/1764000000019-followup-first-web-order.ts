import { MigrationInterface, QueryRunner } from 'typeorm';

/** Follow-up plans may start on the first order of a web or club customer (the verification call; modules/automation). */
export class FollowUpFirstWebOrder1764000000019 implements MigrationInterface {
  name = 'FollowUpFirstWebOrder1764000000019';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE followup_plans DROP CONSTRAINT followup_plans_trigger_check`);
    await q.query(`ALTER TABLE followup_plans ADD CONSTRAINT followup_plans_trigger_check
      CHECK (trigger IN ('MANUAL', 'FIRST_TIME_CUSTOMER', 'FIRST_WEB_ORDER', 'ORDER_DELIVERED', 'BECAME_INACTIVE', 'BECAME_LOST'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE followup_plans SET trigger = 'MANUAL' WHERE trigger = 'FIRST_WEB_ORDER'`);
    await q.query(`ALTER TABLE followup_plans DROP CONSTRAINT followup_plans_trigger_check`);
    await q.query(`ALTER TABLE followup_plans ADD CONSTRAINT followup_plans_trigger_check
      CHECK (trigger IN ('MANUAL', 'FIRST_TIME_CUSTOMER', 'ORDER_DELIVERED', 'BECAME_INACTIVE', 'BECAME_LOST'))`);
  }
}
