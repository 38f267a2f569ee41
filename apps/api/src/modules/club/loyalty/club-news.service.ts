import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull, Not } from 'typeorm';
import { TenantDb } from '../../../core/database/tenant-db.service';
import { BadInputError, ConflictError, NotFoundError } from '../../../core/errors/domain-errors';
import { DomainEvents } from '../../../core/events/domain-events';
import { Connection, PageArgs, paginate } from '../../../core/graphql/connection';
import { ClubEvents, NewsAnsweredEvent, NewsClickedEvent } from '../club.events';
import { checkAnswers, MAX_TEXT_ANSWER, normalizeQuestions, StoredAnswer } from './club-surveys';
import { ParticipateInClubNewsInput, SaveClubNewsInput } from './dto/loyalty.inputs';
import { EarningService } from './earning.service';
import { LoyaltySettingsService } from './loyalty-settings.service';
import { LoyaltySms } from './loyalty-sms';
import { REASONS } from './loyalty-texts';
import { ClubNewsEntity } from './loyalty.entities';
import { PointsLedger } from './points-ledger.service';
import {
  ClubNewsItem, ClubNewsKind, ClubNewsResults, ClubParticipation, LoyaltySettings, NewsClick, PointsSource, SurveyQuestionType,
} from './models/loyalty.models';

/** What the member sees of an item beyond the item itself. */
interface MemberState {
  clicked: boolean;
  answered: boolean;
  pointsEarned: number;
}
const NOT_SEEN: MemberState = { clicked: false, answered: false, pointsEarned: 0 };

const defaultPoints = (kind: ClubNewsKind, settings: LoyaltySettings) =>
  kind === ClubNewsKind.SURVEY ? settings.surveyPoints : kind === ClubNewsKind.CONTEST ? settings.contestPoints : settings.newsPoints;

const isClosed = (n: ClubNewsEntity) => n.endsAt !== null && n.endsAt.getTime() <= Date.now();

const toNews = (n: ClubNewsEntity, settings: LoyaltySettings, member: MemberState = NOT_SEEN, responseCount: number | null = null): ClubNewsItem => ({
  id: n.id, kind: n.kind, title: n.title, body: n.body, titleEn: n.titleEn, bodyEn: n.bodyEn, url: n.url, imageUrl: n.imageUrl,
  points: n.points ?? defaultPoints(n.kind, settings), ownPoints: n.points, questions: n.questions, endsAt: n.endsAt, closed: isClosed(n),
  publishedAt: n.publishedAt, archived: n.archivedAt !== null, createdAt: n.createdAt, ...member, responseCount,
});

/**
 * Club news and participation. An item is Persian, optionally with an English title and body (the club shows them
 * to members reading it in English). Opening a news item earns its points once per member, and the member gets an SMS with
 * the new balance (the workspace's `club.points_balance` template when it has one, else a built-in text) — the
 * article's example of the club using the CRM's SMS channel. An item may be a survey (questions members answer) or a
 * contest (members enter, with an optional text answer): one response per member and item, which earns the item's
 * points (else the settings' survey/contest points) once; staff read the results.
 */
@Injectable()
export class ClubNewsService {
  constructor(
    private readonly db: TenantDb,
    private readonly settings: LoyaltySettingsService,
    private readonly earning: EarningService,
    private readonly ledger: PointsLedger,
    private readonly sms: LoyaltySms,
    private readonly events: DomainEvents,
  ) {}

  staffList(args: PageArgs): Promise<Connection<ClubNewsItem>> {
    return this.db.tx(async (em) => {
      const settings = await this.settings.getIn(em);
      const page = await paginate(em.createQueryBuilder(ClubNewsEntity, 'n'), args, { orderBy: 'createdAt', map: (n) => toNews(n, settings, NOT_SEEN, 0) });
      const ids = page.edges.map((e) => e.node.id);
      const counts: Array<{ news_id: string; n: number }> = ids.length
        ? await em.query(`SELECT news_id, count(*)::int AS n FROM club_news_responses WHERE news_id = ANY($1::uuid[]) GROUP BY news_id`, [ids])
        : [];
      const byId = new Map(counts.map((c) => [c.news_id, c.n]));
      for (const e of page.edges) e.node.responseCount = byId.get(e.node.id) ?? 0;
      return page;
    });
  }

  /** Published, not archived, newest first, with whether this member already opened each. */
  memberList(contactId: string): Promise<ClubNewsItem[]> {
    return this.db.tx(async (em) => {
      const settings = await this.settings.getIn(em);
      const items = await em.find(ClubNewsEntity, { where: { archivedAt: IsNull(), publishedAt: Not(IsNull()) }, order: { publishedAt: 'DESC' }, take: 100 });
      const ids = items.map((i) => i.id);
      const clicked: Array<{ news_id: string; points: number }> = ids.length
        ? await em.query(`SELECT news_id, points FROM club_news_clicks WHERE contact_id = $1 AND news_id = ANY($2::uuid[])`, [contactId, ids])
        : [];
      const responded: Array<{ news_id: string; points: number }> = ids.length
        ? await em.query(`SELECT news_id, points FROM club_news_responses WHERE contact_id = $1 AND news_id = ANY($2::uuid[])`, [contactId, ids])
        : [];
      const clicks = new Map(clicked.map((c) => [c.news_id, c.points]));
      const responses = new Map(responded.map((r) => [r.news_id, r.points]));
      return items.filter((i) => i.publishedAt!.getTime() <= Date.now()).map((i) => toNews(i, settings, {
        clicked: clicks.has(i.id), answered: responses.has(i.id), pointsEarned: (clicks.get(i.id) ?? 0) + (responses.get(i.id) ?? 0),
      }));
    });
  }

  save(input: SaveClubNewsInput): Promise<ClubNewsItem> {
    return this.db.tx(async (em) => {
      const entity = input.id ? await em.findOne(ClubNewsEntity, { where: { id: input.id } }) : em.create(ClubNewsEntity, { workspaceId: this.db.currentWorkspaceId()! });
      if (!entity) throw new NotFoundError('Club news item', input.id!);
      const title = input.title.trim();
      if (!title) throw BadInputError.field('input.title', 'must not be empty');
      const body = input.body.trim();
      const titleEn = input.titleEn?.trim() || null;
      const bodyEn = input.bodyEn?.trim() || null;
      if (bodyEn && !titleEn) throw BadInputError.field('input.titleEn', 'an English body needs an English title');
      if (titleEn && body && !bodyEn) throw BadInputError.field('input.bodyEn', 'give the English body too (the Persian item has one), or leave the English title empty');
      const kind = input.kind ?? ClubNewsKind.NEWS;
      const [{ responses }]: Array<{ responses: number }> = entity.id
        ? await em.query(`SELECT count(*)::int AS responses FROM club_news_responses WHERE news_id = $1`, [entity.id])
        : [{ responses: 0 }];
      const answered = responses > 0;
      if (answered && kind !== entity.kind) throw BadInputError.field('input.kind', 'members already answered: the kind cannot change');
      const questions = normalizeQuestions(kind, input.questions ?? [], entity.questions ?? [], answered);
      if (kind === ClubNewsKind.NEWS && input.endsAt) throw BadInputError.field('input.endsAt', 'only a survey or contest has an end date');
      Object.assign(entity, {
        kind, questions, endsAt: input.endsAt ?? null,
        title, body, titleEn, bodyEn, url: input.url?.trim() || null, imageUrl: input.imageUrl?.trim() || null, points: input.points ?? null,
        publishedAt: input.published ? (entity.publishedAt ?? new Date()) : null,
        archivedAt: input.archived ? (entity.archivedAt ?? new Date()) : null,
      });
      const saved = await em.save(entity);
      return toNews(await em.findOneOrFail(ClubNewsEntity, { where: { id: saved.id } }), await this.settings.getIn(em), NOT_SEEN, responses);
    });
  }

  click(contactId: string, newsId: string): Promise<NewsClick> {
    return this.db.tx(async (em) => {
      const settings = await this.settings.getIn(em);
      const news = await em.findOne(ClubNewsEntity, { where: { id: newsId } });
      if (!news || news.archivedAt || !news.publishedAt) throw new NotFoundError('Club news item', newsId);
      if (news.kind !== ClubNewsKind.NEWS) throw BadInputError.field('id', 'is a survey or contest: take part with participateInClubNews');
      const [first] = await em.query(
        `INSERT INTO club_news_clicks (workspace_id, news_id, contact_id) VALUES (app_current_workspace(), $1, $2) ON CONFLICT DO NOTHING RETURNING news_id`,
        [newsId, contactId],
      );
      let awarded = 0;
      if (first) {
        const points = news.points ?? settings.newsPoints;
        const earned = await this.earning.earnIn(em, { contactId, source: PointsSource.NEWS, points, reason: REASONS.news(news.title), sourceRef: `news:${newsId}:${contactId}` }, settings);
        awarded = earned && !earned.duplicate ? earned.entry.delta : 0;
        if (awarded) await em.query(`UPDATE club_news_clicks SET points = $3 WHERE news_id = $1 AND contact_id = $2`, [newsId, contactId, awarded]);
        await this.events.publish<NewsClickedEvent>(ClubEvents.NewsClicked, { workspaceId: news.workspaceId, contactId, newsId, title: news.title, pointsAwarded: awarded });
        if (awarded && earned) await this.tellBalanceIn(em, contactId, awarded, earned.balance, `club:news:${newsId}:${contactId}:sms`);
      }
      const { balance } = await this.ledger.balanceIn(em, contactId);
      return { news: toNews(news, settings, { clicked: true, answered: false, pointsEarned: awarded }), pointsAwarded: awarded, balance };
    });
  }

  /**
   * A member answers a survey or enters a contest: once per item (a second answer, even a concurrent one, is a
   * CONFLICT ALREADY_ANSWERED), then the item's points through the earning rules (tier multiplier, daily cap). The
   * timeline records it as a survey answered or a contest entered (club.news_answered, with the points).
   */
  participate(contactId: string, input: ParticipateInClubNewsInput): Promise<ClubParticipation> {
    return this.db.tx(async (em) => {
      const settings = await this.settings.getIn(em);
      const news = await em.findOne(ClubNewsEntity, { where: { id: input.newsId } });
      if (!news || news.archivedAt || !news.publishedAt || news.publishedAt.getTime() > Date.now()) throw new NotFoundError('Club news item', input.newsId);
      if (news.kind === ClubNewsKind.NEWS) throw BadInputError.field('input.newsId', 'is a news item, not a survey or contest');
      if (isClosed(news)) throw new ConflictError(`This ${news.kind.toLowerCase()} is closed`, { reason: 'CLOSED' });
      const survey = news.kind === ClubNewsKind.SURVEY;
      let answers: StoredAnswer[] = [];
      let text: string | null = null;
      if (survey) {
        if (input.text?.trim()) throw BadInputError.field('input.text', 'a survey is answered question by question (input.answers)');
        answers = checkAnswers(news.questions, input.answers ?? []);
      } else {
        if (input.answers?.length) throw BadInputError.field('input.answers', 'a contest has no questions');
        text = input.text?.trim() || null;
        if (text && text.length > MAX_TEXT_ANSWER) throw BadInputError.field('input.text', `must be at most ${MAX_TEXT_ANSWER} characters`);
      }
      const [first] = await em.query(
        `INSERT INTO club_news_responses (workspace_id, news_id, contact_id, answers, text_answer) VALUES (app_current_workspace(), $1, $2, $3::jsonb, $4)
         ON CONFLICT DO NOTHING RETURNING news_id`,
        [news.id, contactId, JSON.stringify(answers), text],
      );
      if (!first) throw new ConflictError(survey ? 'You already answered this survey' : 'You already entered this contest', { reason: 'ALREADY_ANSWERED' });
      const earned = await this.earning.earnIn(em, {
        contactId, source: survey ? PointsSource.SURVEY : PointsSource.CONTEST, points: news.points ?? defaultPoints(news.kind, settings),
        reason: survey ? REASONS.survey(news.title) : REASONS.contest(news.title), sourceRef: `${news.kind.toLowerCase()}:${news.id}:${contactId}`,
      }, settings);
      const awarded = earned && !earned.duplicate ? earned.entry.delta : 0;
      if (awarded) await em.query(`UPDATE club_news_responses SET points = $3 WHERE news_id = $1 AND contact_id = $2`, [news.id, contactId, awarded]);
      await this.events.publish<NewsAnsweredEvent>(ClubEvents.NewsAnswered, {
        workspaceId: news.workspaceId, contactId, newsId: news.id, kind: survey ? 'SURVEY' : 'CONTEST', title: news.title, pointsAwarded: awarded,
      });
      const [click]: Array<{ points: number }> = await em.query(`SELECT points FROM club_news_clicks WHERE news_id = $1 AND contact_id = $2`, [news.id, contactId]);
      const { balance } = await this.ledger.balanceIn(em, contactId);
      return { news: toNews(news, settings, { clicked: !!click, answered: true, pointsEarned: awarded + (click?.points ?? 0) }), pointsAwarded: awarded, balance };
    });
  }

  /** Staff: per question the counts per option and the text answers, and who answered or entered. */
  results(newsId: string): Promise<ClubNewsResults> {
    return this.db.tx(async (em) => {
      const settings = await this.settings.getIn(em);
      const news = await em.findOne(ClubNewsEntity, { where: { id: newsId } });
      if (!news) throw new NotFoundError('Club news item', newsId);
      const [{ n: respondents }] = await em.query(`SELECT count(*)::int AS n FROM club_news_responses WHERE news_id = $1`, [newsId]);
      const perQuestion: Array<{ question_id: string; n: number }> = await em.query(
        `SELECT a->>'questionId' AS question_id, count(*)::int AS n FROM club_news_responses r, jsonb_array_elements(r.answers) a WHERE r.news_id = $1 GROUP BY 1`,
        [newsId],
      );
      const perOption: Array<{ question_id: string; option_id: string; n: number }> = await em.query(
        `SELECT a->>'questionId' AS question_id, o AS option_id, count(*)::int AS n
           FROM club_news_responses r, jsonb_array_elements(r.answers) a, jsonb_array_elements_text(a->'optionIds') o
          WHERE r.news_id = $1 GROUP BY 1, 2`,
        [newsId],
      );
      const textQuestions = news.questions.filter((q) => q.type === SurveyQuestionType.TEXT).map((q) => q.id);
      const texts: Array<{ question_id: string; text: string }> = textQuestions.length
        ? await em.query(
          `SELECT a->>'questionId' AS question_id, a->>'text' AS text FROM club_news_responses r, jsonb_array_elements(r.answers) a
            WHERE r.news_id = $1 AND a->>'questionId' = ANY($2::text[]) AND a->>'text' IS NOT NULL ORDER BY r.created_at, r.contact_id LIMIT 5000`,
          [newsId, textQuestions],
        )
        : [];
      const entrants: Array<{ contact_id: string; name: string; text_answer: string | null; points: number; created_at: Date }> = await em.query(
        `SELECT r.contact_id, trim(c.first_name || ' ' || c.last_name) AS name, r.text_answer, r.points, r.created_at
           FROM club_news_responses r JOIN contacts c ON c.id = r.contact_id
          WHERE r.news_id = $1 ORDER BY r.created_at, r.contact_id LIMIT 1000`,
        [newsId],
      );
      const answeredBy = new Map(perQuestion.map((p) => [p.question_id, p.n]));
      const optionCount = new Map(perOption.map((p) => [`${p.question_id}/${p.option_id}`, p.n]));
      return {
        news: toNews(news, settings, NOT_SEEN, respondents),
        respondents,
        questions: news.questions.map((question) => ({
          question,
          answered: answeredBy.get(question.id) ?? 0,
          options: question.options.map((option) => ({ option, count: optionCount.get(`${question.id}/${option.id}`) ?? 0 })),
          texts: texts.filter((t) => t.question_id === question.id).map((t) => t.text),
        })),
        entrants: entrants.map((e) => ({ contactId: e.contact_id, name: e.name, text: e.text_answer, points: e.points, createdAt: e.created_at })),
      };
    });
  }

  private async tellBalanceIn(em: EntityManager, contactId: string, points: number, balance: number, idempotencyKey: string): Promise<void> {
    await this.sms.sendIn(em, contactId, 'club.points_balance', { loyalty: { points: balance } }, {
      fa: (n) => `${n(points)} امتیاز گرفتید. امتیاز شما اکنون ${n(balance)} است.`,
      en: (n) => `You earned ${n(points)} points. Your balance is now ${n(balance)} points.`,
    }, idempotencyKey);
  }
}
