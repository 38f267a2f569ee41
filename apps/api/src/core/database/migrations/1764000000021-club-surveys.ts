import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSql } from '../tenant-table.sql';

/**
 * Surveys and contests as club news items (owned by modules/club/loyalty).
 * - club_news.kind: NEWS (opening it earns), SURVEY (members answer its questions) or CONTEST (members enter, with an
 *   optional text answer); questions: the survey's questions (jsonb, validated by ClubNewsService); ends_at: after it
 *   the item is closed to new answers.
 * - club_news_responses: one per item and member (the primary key is what makes a second answer, even a concurrent
 *   one, a conflict), with the answers and the points it earned.
 */
export class ClubSurveys1764000000021 implements MigrationInterface {
  name = 'ClubSurveys1764000000021';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE club_news ADD COLUMN kind text NOT NULL DEFAULT 'NEWS' CHECK (kind IN ('NEWS', 'SURVEY', 'CONTEST'))`);
    await q.query(`ALTER TABLE club_news ADD COLUMN questions jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(questions) = 'array')`);
    await q.query(`ALTER TABLE club_news ADD COLUMN ends_at timestamptz(3)`);
    await q.query(`ALTER TABLE club_news ADD CONSTRAINT club_news_questions_only_surveys CHECK (kind = 'SURVEY' OR questions = '[]'::jsonb)`);
    await q.query(`ALTER TABLE club_news ADD CONSTRAINT club_news_ends_only_surveys_contests CHECK (kind <> 'NEWS' OR ends_at IS NULL)`);

    await q.query(`
      CREATE TABLE club_news_responses (
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        news_id uuid NOT NULL REFERENCES club_news(id),
        contact_id uuid NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        answers jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(answers) = 'array'),
        text_answer text CHECK (length(text_answer) <= 2000),
        points int NOT NULL DEFAULT 0 CHECK (points >= 0),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, news_id, contact_id)
      )`);
    await q.query(`CREATE INDEX club_news_responses_news_idx ON club_news_responses (workspace_id, news_id, created_at)`);
    for (const s of tenantTableSql('club_news_responses', { audit: false })) await q.query(s);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
