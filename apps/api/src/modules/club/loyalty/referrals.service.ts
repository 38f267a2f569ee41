import { Inject, Injectable } from '@nestjs/common';
import { toLatinDigits } from '@peyvand/text';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { TenantDb } from '../../../core/database/tenant-db.service';
import { BadInputError } from '../../../core/errors/domain-errors';
import { DomainEvents } from '../../../core/events/domain-events';
import { ContactsService } from '../../contacts/contacts.service';
import { LifecycleInputEvents, ReferralSucceededEvent } from '../../contacts/contacts.events';
import { WorkspacesService } from '../../workspaces/workspaces.service';
import { MemberJoinedEvent } from '../club.events';
import { EarningService } from './earning.service';
import { randomCode } from './loyalty-codes';
import { REASONS } from './loyalty-texts';
import { LoyaltySettingsService } from './loyalty-settings.service';
import { PointsSource, ReferralInfo } from './models/loyalty.models';

export const normaliseReferralCode = (code: string) => toLatinDigits(code ?? '').trim().toUpperCase().replace(/\s+/g, '');

type Refusal = 'SELF_REFERRAL' | 'PHONE_ALREADY_REFERRED' | 'UNKNOWN_CODE';
const REFUSAL_TEXT: Record<Refusal, string> = {
  UNKNOWN_CODE: 'is not a referral code of this club',
  SELF_REFERRAL: 'is your own referral code',
  PHONE_ALREADY_REFERRED: 'cannot be used: this mobile number was already referred',
};

/**
 * Referral: every member has a code (created on first ask); a member who joins with a code is a pending referral;
 * their first purchase rewards both sides and publishes club.referral_succeeded (the ladder moves the referrer to
 * advocate). A code of one's own, or a phone number already referred once, is refused.
 */
@Injectable()
export class ReferralsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: TenantDb,
    private readonly contacts: ContactsService,
    private readonly workspaces: WorkspacesService,
    private readonly earning: EarningService,
    private readonly settings: LoyaltySettingsService,
    private readonly events: DomainEvents,
  ) {}

  /** The contact's referral code, created on first use (members get theirs when they join). */
  async codeOfIn(em: EntityManager, contactId: string, workspaceId = this.db.currentWorkspaceId()!): Promise<string> {
    for (;;) {
      const [existing] = await em.query(`SELECT code FROM loyalty_referral_codes WHERE workspace_id = $1 AND contact_id = $2`, [workspaceId, contactId]);
      if (existing) return existing.code;
      const code = randomCode(7);
      const [created] = await em.query(
        `INSERT INTO loyalty_referral_codes (workspace_id, contact_id, code) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING code`,
        [workspaceId, contactId, code],
      );
      if (created) return created.code;
    }
  }

  info(contactId: string): Promise<ReferralInfo> {
    return this.db.tx(async (em) => {
      const [stored] = await em.query(`SELECT code FROM loyalty_referral_codes WHERE contact_id = $1`, [contactId]);
      const { id, slug } = await this.workspaces.current();
      // A query runs in a read-only transaction: a code missing (a contact that never joined) is created in one of its own.
      const code: string = stored?.code ?? (await this.db.system((own) => this.codeOfIn(own, contactId, id)));
      const [counts] = await em.query(
        `SELECT count(*) FILTER (WHERE status = 'SUCCEEDED')::int AS ok, count(*) FILTER (WHERE status = 'PENDING')::int AS pending
           FROM loyalty_referrals WHERE referrer_contact_id = $1`,
        [contactId],
      );
      const link = `${this.config.PUBLIC_URL.replace(/\/$/, '')}/club/${slug}?ref=${encodeURIComponent(code)}`;
      return { code, link, successfulCount: counts.ok, pendingCount: counts.pending };
    });
  }

  /**
   * For sign-up (members module): BadInputError on `field` when the code cannot be used by this phone — unknown,
   * one's own, or the phone was already referred. Answers the normalised code.
   */
  async checkCodeIn(em: EntityManager, code: string, phone: string | null, field = 'input.referralCode'): Promise<string> {
    const normalised = normaliseReferralCode(code);
    const refusal = await this.refusalIn(em, normalised, phone, null);
    if (refusal) throw BadInputError.field(field, REFUSAL_TEXT[refusal.reason]);
    return normalised;
  }

  /** club.member_joined with a referral code: a pending referral, or a refused one kept for the record (never an error: the sign-up stands). */
  async onMemberJoinedIn(em: EntityManager, event: MemberJoinedEvent): Promise<void> {
    await this.codeOfIn(em, event.contactId, event.workspaceId);
    if (!event.referralCode?.trim()) return;
    const code = normaliseReferralCode(event.referralCode);
    const referee = await this.contacts.load(em, event.contactId);
    const phone = referee.primaryPhone ?? null;
    const refusal = await this.refusalIn(em, code, phone, event.contactId);
    if (refusal?.reason === 'UNKNOWN_CODE') return;
    const referrer = refusal?.referrer ?? (await this.referrerOfIn(em, code))!;
    const [already] = await em.query(`SELECT 1 FROM loyalty_referrals WHERE referee_contact_id = $1 AND status <> 'REFUSED'`, [event.contactId]);
    if (already) return;
    const insert = (status: string, why: string | null) =>
      em.query(
        `INSERT INTO loyalty_referrals (workspace_id, referrer_contact_id, referee_contact_id, referee_phone, code, status, refusal)
         VALUES (app_current_workspace(), $1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING id`,
        [referrer, event.contactId, phone, code, status, why],
      );
    if (refusal) {
      await insert('REFUSED', refusal.reason);
      return;
    }
    const [created] = await insert('PENDING', null);
    if (!created) await insert('REFUSED', 'PHONE_ALREADY_REFERRED');
  }

  /** After a purchase was counted: the referee's first purchase completes their pending referral. */
  async onPurchaseIn(em: EntityManager, contactId: string): Promise<void> {
    const [referral] = await em.query(`SELECT id, referrer_contact_id FROM loyalty_referrals WHERE referee_contact_id = $1 AND status = 'PENDING' FOR UPDATE`, [contactId]);
    if (!referral) return;
    const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM loyalty_purchases WHERE contact_id = $1 AND reversed_at IS NULL`, [contactId]);
    if (n !== 1) return;
    await em.query(`UPDATE loyalty_referrals SET status = 'SUCCEEDED', succeeded_at = now() WHERE id = $1`, [referral.id]);
    const rules = await this.settings.getIn(em);
    await this.earning.earnIn(em, { contactId: referral.referrer_contact_id, source: PointsSource.REFERRAL, points: rules.referrerPoints, reason: REASONS.referrer(), sourceRef: `referral:${referral.id}:referrer` }, rules);
    await this.earning.earnIn(em, { contactId, source: PointsSource.REFERRAL, points: rules.refereePoints, reason: REASONS.referee(), sourceRef: `referral:${referral.id}:referee` }, rules);
    await this.events.publish<ReferralSucceededEvent>(LifecycleInputEvents.ReferralSucceeded, {
      workspaceId: this.db.currentWorkspaceId()!, referrerContactId: referral.referrer_contact_id, referredContactId: contactId,
    });
  }

  private async referrerOfIn(em: EntityManager, code: string): Promise<string | null> {
    if (!code) return null;
    const [row] = await em.query(`SELECT contact_id FROM loyalty_referral_codes WHERE code = $1`, [code]);
    return row?.contact_id ?? null;
  }

  private async refusalIn(em: EntityManager, code: string, phone: string | null, refereeId: string | null): Promise<{ reason: Refusal; referrer: string | null } | null> {
    const referrer = await this.referrerOfIn(em, code);
    if (!referrer) return { reason: 'UNKNOWN_CODE', referrer: null };
    if (referrer === refereeId) return { reason: 'SELF_REFERRAL', referrer };
    if (phone) {
      const owner = await this.contacts.load(em, referrer);
      if (owner.primaryPhone === phone) return { reason: 'SELF_REFERRAL', referrer };
      const [used] = await em.query(`SELECT 1 FROM loyalty_referrals WHERE referee_phone = $1 AND status <> 'REFUSED'`, [phone]);
      if (used) return { reason: 'PHONE_ALREADY_REFERRED', referrer };
    }
    return null;
  }
}
