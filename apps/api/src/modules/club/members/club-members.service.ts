import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TenantDb } from '../../../core/database/tenant-db.service';
import { BadInputError, NotFoundError } from '../../../core/errors/domain-errors';
import { DomainEvents } from '../../../core/events/domain-events';
import { Connection, paginate } from '../../../core/graphql/connection';
import { ContactEvents, ContactMergedEvent } from '../../contacts/contacts.events';
import { ContactsService } from '../../contacts/contacts.service';
import { MessageChannel, MessagePurpose } from '../../messaging/message.model';
import { MessagingService } from '../../messaging/messaging.service';
import { ClubEvents, ClubJoinVia as JoinVia, MemberJoinedEvent } from '../club.events';
import { ClubSettingsService, joinsOnPurchase } from './club-settings.service';
import { clubTexts } from './club-texts';
import { BlockClubMemberInput, ClubMembersArgs } from './dto/club.inputs';
import { ClubMemberEntity } from './entities/club-member.entity';
import { ClubRefreshTokenEntity } from './entities/club-refresh-token.entity';
import { ClubJoinVia, ClubMemberStatus, ClubMembership } from './models/club.models';

/** A sub-select of contact ids (with its named parameters) that the members list can filter on. */
export interface ContactIdFilter {
  sql: string;
  params: Record<string, unknown>;
}
/** Answers the contacts whose current tier is the given one; registered by the loyalty module, which owns tiers. */
export type TierMembersSource = (tierId: string) => ContactIdFilter;

export const toMembership = (e: ClubMemberEntity): ClubMembership => ({
  id: e.id, contactId: e.contactId, status: e.status as ClubMemberStatus, joinedVia: e.joinedVia as ClubJoinVia, joinedAt: e.joinedAt,
  lastSignInAt: e.lastSignInAt, hasPassword: !!e.passwordSetAt, blockedAt: e.blockedAt, blockedReason: e.blockedReason,
});

/**
 * Club memberships: one per contact. Other modules make customers members through ensureMemberIn (the club store
 * on checkout, the storefront plugin API on a reported purchase or registration).
 */
@Injectable()
export class ClubMembersService implements OnModuleInit {
  constructor(
    private readonly db: TenantDb,
    private readonly events: DomainEvents,
    private readonly contacts: ContactsService,
    private readonly messaging: MessagingService,
    private readonly settings: ClubSettingsService,
  ) {}

  private tierSource: TierMembersSource | null = null;

  useTierSource(source: TierMembersSource): void {
    this.tierSource = source;
  }

  onModuleInit(): void {
    // A merged duplicate's membership moves to the survivor unless the survivor has one (then it goes: one per contact).
    this.events.subscribeInTransaction<ContactMergedEvent>(ContactEvents.Merged, async (e, em) => {
      const survivor = await em.findOneBy(ClubMemberEntity, { contactId: e.survivorId });
      if (survivor) await em.delete(ClubMemberEntity, { contactId: e.mergedId });
      else await em.update(ClubMemberEntity, { contactId: e.mergedId }, { contactId: e.survivorId });
    });
  }

  /**
   * Makes the contact a member if it is not one yet, inside the caller's transaction, and tells them by SMS (once).
   * A purchase (via PURCHASE) makes members only when the club's approach is AFTER_PURCHASE or BOTH, and nothing
   * happens while the club is disabled: then the answer is null. PLUGIN and STAFF enrol under any approach.
   * An existing membership is returned as it is (check `status`: a BLOCKED member stays blocked).
   */
  async ensureMemberIn(em: EntityManager, contactId: string, via: JoinVia = 'PURCHASE'): Promise<ClubMembership | null> {
    const existing = await em.findOneBy(ClubMemberEntity, { contactId });
    if (existing) return toMembership(existing);
    const settings = await this.settings.settingsIn(em);
    if (!settings.enabled || (via === 'PURCHASE' && !joinsOnPurchase(settings.approach))) return null;
    const { member, created } = await this.joinIn(em, contactId, via, null);
    if (created && via !== 'STAFF') await this.welcomeIn(em, member, settings.defaultLocale, settings.displayNameFa, settings.displayNameEn, settings.url);
    return toMembership(member);
  }

  /** The membership of a contact, creating it (and publishing club.member_joined) when there is none. */
  async joinIn(em: EntityManager, contactId: string, via: JoinVia, referralCode: string | null, id?: string): Promise<{ member: ClubMemberEntity; created: boolean }> {
    const contact = await this.contacts.load(em, contactId);
    const [row] = await em.query(
      `INSERT INTO club_members (id, workspace_id, contact_id, joined_via) VALUES (COALESCE($1::uuid, gen_random_uuid()), $2, $3, $4)
       ON CONFLICT (workspace_id, contact_id) DO NOTHING RETURNING id`,
      [id ?? null, contact.workspaceId, contactId, via],
    );
    const member = await em.findOneByOrFail(ClubMemberEntity, { contactId });
    if (row) {
      await this.events.publish<MemberJoinedEvent>(ClubEvents.MemberJoined, {
        workspaceId: contact.workspaceId, contactId, clubMemberId: member.id, via, referralCode,
      });
    }
    return { member, created: !!row };
  }

  list(args: ClubMembersArgs): Promise<Connection<ClubMembership>> {
    return this.db.tx(async (em) => {
      const qb = em.createQueryBuilder(ClubMemberEntity, 'm');
      if (args.status) qb.andWhere('m.status = :status', { status: args.status });
      if (args.joinedVia) qb.andWhere('m.joined_via = :joinedVia', { joinedVia: args.joinedVia });
      if (args.tierId) {
        if (!this.tierSource) throw BadInputError.field('tierId', 'tiers are not available');
        const tier = this.tierSource(args.tierId);
        qb.andWhere(`m.contact_id IN (${tier.sql})`, tier.params);
      }
      if (args.search?.trim()) {
        // The contacts module's own search (phone in any form, name, email), as a sub-select.
        const { qb: found } = await this.contacts.filteredQuery(em, {}, args.search);
        found.select('c.id');
        qb.andWhere(`m.contact_id IN (${found.getQuery()})`).setParameters(found.getParameters());
      }
      return paginate(qb, args, { orderBy: 'joinedAt', map: toMembership, count: this.db.count });
    });
  }

  get(contactId: string): Promise<ClubMembership | null> {
    return this.db.tx(async (em) => {
      await this.contacts.load(em, contactId);
      const row = await em.findOneBy(ClubMemberEntity, { contactId });
      return row ? toMembership(row) : null;
    });
  }

  enroll(contactId: string): Promise<ClubMembership> {
    return this.db.tx(async (em) => {
      await this.contacts.loadForInput(em, contactId, 'contactId');
      return toMembership((await this.joinIn(em, contactId, 'STAFF', null)).member);
    });
  }

  block(input: BlockClubMemberInput): Promise<ClubMembership> {
    return this.db.tx(async (em) => {
      const member = await this.byContactIn(em, input.contactId);
      if (member.status !== ClubMemberStatus.BLOCKED) {
        await em.update(ClubMemberEntity, member.id, { status: ClubMemberStatus.BLOCKED, blockedAt: new Date(), blockedReason: input.reason?.trim() || null });
        await em
          .createQueryBuilder()
          .update(ClubRefreshTokenEntity)
          .set({ revokedAt: () => 'now()', revokedReason: 'blocked' })
          .where('club_member_id = :id AND revoked_at IS NULL', { id: member.id })
          .execute();
      }
      return toMembership(await em.findOneByOrFail(ClubMemberEntity, { id: member.id }));
    });
  }

  unblock(contactId: string): Promise<ClubMembership> {
    return this.db.tx(async (em) => {
      const member = await this.byContactIn(em, contactId);
      if (member.status === ClubMemberStatus.BLOCKED) {
        await em.update(ClubMemberEntity, member.id, { status: ClubMemberStatus.ACTIVE, blockedAt: null, blockedReason: null, failedPasswordCount: 0, passwordLockedUntil: null });
      }
      return toMembership(await em.findOneByOrFail(ClubMemberEntity, { id: member.id }));
    });
  }

  async byIdIn(em: EntityManager, id: string): Promise<ClubMemberEntity> {
    const member = await em.findOneBy(ClubMemberEntity, { id });
    if (!member) throw new NotFoundError('Club member', id);
    return member;
  }

  private async byContactIn(em: EntityManager, contactId: string): Promise<ClubMemberEntity> {
    const member = await em.findOneBy(ClubMemberEntity, { contactId });
    if (!member) throw new NotFoundError('Club member of contact', contactId);
    return member;
  }

  /** "You are now a member" by SMS, once per membership (the conditional update claims it). */
  private async welcomeIn(em: EntityManager, member: ClubMemberEntity, locale: 'fa' | 'en', nameFa: string, nameEn: string, url: string): Promise<void> {
    const contact = await this.contacts.load(em, member.contactId);
    if (!contact.primaryPhone) return;
    const claimed = await em
      .createQueryBuilder()
      .update(ClubMemberEntity)
      .set({ welcomeSentAt: () => 'now()' })
      .where('id = :id AND welcome_sent_at IS NULL', { id: member.id })
      .execute();
    if (claimed.affected !== 1) return;
    await this.messaging.enqueueIn(em, {
      contactId: contact.id, channel: MessageChannel.SMS, purpose: MessagePurpose.TRANSACTIONAL, language: locale, literal: true,
      body: clubTexts.welcome(locale, locale === 'en' ? nameEn : nameFa, contact.firstName, url), idempotencyKey: `club:welcome:${member.id}`,
    });
  }
}
