import { MigrationInterface, QueryRunner } from 'typeorm';

/** Ticketing: attachments, CSAT, macros (owned by modules/ticketing). */
export class TicketingService1764000000015 implements MigrationInterface {
  name = 'TicketingService1764000000015';

  async up(_q: QueryRunner): Promise<void> {}

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
