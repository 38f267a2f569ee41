import { MigrationInterface, QueryRunner } from 'typeorm';

/** Club store and storefront plugin API (owned by modules/club/store). */
export class ClubStore1764000000016 implements MigrationInterface {
  name = 'ClubStore1764000000016';

  async up(_q: QueryRunner): Promise<void> {}

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
