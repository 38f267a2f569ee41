import { MigrationInterface, QueryRunner } from 'typeorm';

/** Club members (owned by modules/club/members). */
export class ClubMembers1764000000012 implements MigrationInterface {
  name = 'ClubMembers1764000000012';

  async up(_q: QueryRunner): Promise<void> {}

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
