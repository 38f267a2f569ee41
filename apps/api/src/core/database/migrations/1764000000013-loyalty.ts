import { MigrationInterface, QueryRunner } from 'typeorm';

/** Loyalty: points, tiers, rewards, referral (owned by modules/club/loyalty). */
export class Loyalty1764000000013 implements MigrationInterface {
  name = 'Loyalty1764000000013';

  async up(_q: QueryRunner): Promise<void> {}

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
