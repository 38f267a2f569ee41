import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull, Not } from 'typeorm';
import { TenantDb } from '../../../core/database/tenant-db.service';
import { BadInputError, NotFoundError } from '../../../core/errors/domain-errors';
import { DomainEvents } from '../../../core/events/domain-events';
import { Connection, PageArgs, paginate } from '../../../core/graphql/connection';
import { ClubEvents, NewsClickedEvent } from '../club.events';
import { SaveClubNewsInput } from './dto/loyalty.inputs';
import { EarningService } from './earning.service';
import { LoyaltySettingsService } from './loyalty-settings.service';
import { LoyaltySms } from './loyalty-sms';
import { REASONS } from './loyalty-texts';
import { ClubNewsEntity } from './loyalty.entities';
import { PointsLedger } from './points-ledger.service';
import { ClubNewsItem, LoyaltySettings, NewsClick, ParticipationKind, PointsAward, PointsSource } from './models/loyalty.models';

const toNews = (n: ClubNewsEntity, settings: LoyaltySettings, clicked = false): ClubNewsItem => ({
  id: n.id, title: n.title, body: n.body, titleEn: n.titleEn, bodyEn: n.bodyEn, url: n.url, imageUrl: n.imageUrl, points: n.points ?? settings.newsPoints, ownPoints: n.points,
  publishedAt: n.publishedAt, archived: n.archivedAt !== null, clicked, createdAt: n.createdAt,
});

/**
 * Club news and participation. An item is Persian, optionally with an English title and body (the club shows them
 * to members reading it in English). Opening a news item earns its points once per member, and the member gets an SMS with
 * the new balance (the workspace's `club.points_balance` template when it has one, else a built-in text) — the
 * article's example of the club using the CRM's SMS channel. Survey and contest participation earn once per item.
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
      return paginate(em.createQueryBuilder(ClubNewsEntity, 'n'), args, { orderBy: 'createdAt', map: (n) => toNews(n, settings) });
    });
  }

  /** Published, not archived, newest first, with whether this member already opened each. */
  memberList(contactId: string): Promise<ClubNewsItem[]> {
    return this.db.tx(async (em) => {
      const settings = await this.settings.getIn(em);
      const items = await em.find(ClubNewsEntity, { where: { archivedAt: IsNull(), publishedAt: Not(IsNull()) }, order: { publishedAt: 'DESC' }, take: 100 });
      const clicked: Array<{ news_id: string }> = items.length
        ? await em.query(`SELECT news_id FROM club_news_clicks WHERE contact_id = $1 AND news_id = ANY($2::uuid[])`, [contactId, items.map((i) => i.id)])
        : [];
      const seen = new Set(clicked.map((c) => c.news_id));
      return items.filter((i) => i.publishedAt!.getTime() <= Date.now()).map((i) => toNews(i, settings, seen.has(i.id)));
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
      Object.assign(entity, {
        title, body, titleEn, bodyEn, url: input.url?.trim() || null, imageUrl: input.imageUrl?.trim() || null, points: input.points ?? null,
        publishedAt: input.published ? (entity.publishedAt ?? new Date()) : null,
        archivedAt: input.archived ? (entity.archivedAt ?? new Date()) : null,
      });
      const saved = await em.save(entity);
      return toNews(await em.findOneOrFail(ClubNewsEntity, { where: { id: saved.id } }), await this.settings.getIn(em));
    });
  }

  click(contactId: string, newsId: string): Promise<NewsClick> {
    return this.db.tx(async (em) => {
      const settings = await this.settings.getIn(em);
      const news = await em.findOne(ClubNewsEntity, { where: { id: newsId } });
      if (!news || news.archivedAt || !news.publishedAt) throw new NotFoundError('Club news item', newsId);
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
      return { news: toNews(news, settings, true), pointsAwarded: awarded, balance };
    });
  }

  /** Points for taking part in a survey or contest, once per item and member (daily caps apply). */
  participate(contactId: string, kind: ParticipationKind, refId: string): Promise<PointsAward> {
    const ref = refId.trim();
    if (!ref || ref.length > 100) throw BadInputError.field('refId', 'must be 1 to 100 characters');
    return this.db.tx(async (em) => {
      const settings = await this.settings.getIn(em);
      const survey = kind === ParticipationKind.SURVEY;
      const earned = await this.earning.earnIn(em, {
        contactId, source: survey ? PointsSource.SURVEY : PointsSource.CONTEST, points: survey ? settings.surveyPoints : settings.contestPoints,
        reason: survey ? REASONS.survey(ref) : REASONS.contest(ref), sourceRef: `${kind.toLowerCase()}:${ref}:${contactId}`,
      }, settings);
      const { balance } = await this.ledger.balanceIn(em, contactId);
      return { pointsAwarded: earned && !earned.duplicate ? earned.entry.delta : 0, balance };
    });
  }

  private async tellBalanceIn(em: EntityManager, contactId: string, points: number, balance: number, idempotencyKey: string): Promise<void> {
    await this.sms.sendIn(em, contactId, 'club.points_balance', { loyalty: { points: balance } }, {
      fa: (n) => `${n(points)} امتیاز گرفتید. امتیاز شما اکنون ${n(balance)} است.`,
      en: (n) => `You earned ${n(points)} points. Your balance is now ${n(balance)} points.`,
    }, idempotencyKey);
  }
}
