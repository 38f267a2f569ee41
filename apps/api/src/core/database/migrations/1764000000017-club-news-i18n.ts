import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSql } from '../tenant-table.sql';

/**
 * Club news in English, and the stamps each purchase gave (owned by modules/club/loyalty).
 * - club_news.title_en / body_en: the optional English text of an item; members reading the club in English see it
 *   when it is there, else the Persian text. An English body needs an English title.
 * - loyalty_purchase_stamps: per purchase, the stamps it put on each stamp card, per product — what a return or a
 *   cancellation takes back (`reversed`, never more than was given; the purchase row is locked while it changes).
 */
export class ClubNewsI18n1764000000017 implements MigrationInterface {
  name = 'ClubNewsI18n1764000000017';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE club_news ADD COLUMN title_en text CHECK (length(title_en) BETWEEN 1 AND 200)`);
    await q.query(`ALTER TABLE club_news ADD COLUMN body_en text CHECK (length(body_en) <= 20000)`);
    await q.query(`ALTER TABLE club_news ADD CONSTRAINT club_news_body_en_needs_title CHECK (body_en IS NULL OR title_en IS NOT NULL)`);

    await q.query(`
      CREATE TABLE loyalty_purchase_stamps (
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        purchase_id uuid NOT NULL REFERENCES loyalty_purchases(id) ON DELETE CASCADE,
        reward_id uuid NOT NULL REFERENCES loyalty_rewards(id),
        product_id uuid NOT NULL,
        stamps int NOT NULL CHECK (stamps > 0),
        reversed int NOT NULL DEFAULT 0 CHECK (reversed >= 0 AND reversed <= stamps),
        PRIMARY KEY (workspace_id, purchase_id, reward_id, product_id)
      )`);
    for (const s of tenantTableSql('loyalty_purchase_stamps', { audit: false })) await q.query(s);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
