import { randomInt, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { normalizeIranianPhone } from '@peyvand/phone';
import { toLatinDigits } from '@peyvand/text';
import { EntityManager } from 'typeorm';
import { ClubMemberPrincipal } from '../../../core/auth/principal';
import { claimRefreshToken, revokeRefreshTokenFamilyOf } from '../../../core/auth/refresh-tokens';
import { dummyPasswordHash, hashPassword, randomToken, sha256, verifyPassword } from '../../../core/auth/secrets';
import { RequestContext } from '../../../core/context/request-context';
import { TenantDb } from '../../../core/database/tenant-db.service';
import {
  BadInputError, DomainError, ForbiddenError, TooManyRequestsError, UnauthenticatedError,
} from '../../../core/errors/domain-errors';
import { DomainEvents } from '../../../core/events/domain-events';
import { ConsentChannel, ConsentStatus, ContactSource, LifecycleStage } from '../../contacts/models/contact.enums';
import { ContactsService } from '../../contacts/contacts.service';
import { MessageChannel } from '../../messaging/message.model';
import { MessagingService } from '../../messaging/messaging.service';
import { WorkspaceEntity } from '../../workspaces/workspace.entity';
import { ClubEvents, MemberSignedInEvent } from '../club.events';
import { ClubAuthPolicy, ClubMemberTokens } from './club-member-tokens';
import { ClubMembersService, toMembership } from './club-members.service';
import { ClubSettingsService, ResolvedClubSettings, signUpOpen } from './club-settings.service';
import { clubTexts } from './club-texts';
import { LoginClubMemberInput, RequestClubCodeInput, SetClubPasswordInput, VerifyClubCodeInput } from './dto/club.inputs';
import { ClubCodeEntity } from './entities/club-code.entity';
import { ClubMemberEntity } from './entities/club-member.entity';
import { ClubRefreshTokenEntity } from './entities/club-refresh-token.entity';
import { ClubCodeRequest, ClubMemberStatus, ClubSession } from './models/club.models';

const NO_PERMISSIONS: ReadonlySet<never> = new Set();
const INVALID_PASSWORD = 'Phone number or password is incorrect';
/** A second submission of the same correct code this soon after the first (a double tap) signs in again. */
const DOUBLE_SUBMIT_SECONDS = 15;

type Outcome<T> = { ok: T } | { error: DomainError };

/** Fixed-window counters per client address (per process, like the staff login limit). */
class WindowCounter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  hit(key: string, limit: number, windowSeconds: number): number | null {
    const now = Date.now();
    let w = this.windows.get(key);
    if (!w || now - w.start >= windowSeconds * 1000) {
      if (this.windows.size > 50_000) this.windows.clear();
      w = { start: now, count: 0 };
      this.windows.set(key, w);
    }
    w.count++;
    return w.count > limit ? Math.max(1, Math.ceil((w.start + windowSeconds * 1000 - now) / 1000)) : null;
  }
}

/** Members sign up and sign in with a one-time code by SMS (or a password they set), and hold rotating sessions. */
@Injectable()
export class ClubAuthService {
  private readonly codeRequestsPerIp = new WindowCounter();
  private readonly verificationsPerIp = new WindowCounter();

  constructor(
    private readonly db: TenantDb,
    private readonly context: RequestContext,
    private readonly events: DomainEvents,
    private readonly policy: ClubAuthPolicy,
    private readonly tokens: ClubMemberTokens,
    private readonly settings: ClubSettingsService,
    private readonly members: ClubMembersService,
    private readonly contacts: ContactsService,
    private readonly messaging: MessagingService,
  ) {}

  async requestCode(input: RequestClubCodeInput): Promise<ClubCodeRequest> {
    const ws = await this.settings.workspaceBySlug(input.slug);
    const phone = this.mobile(input.phone);
    this.throttle(this.codeRequestsPerIp, this.policy.codeRequestsPerIpPerWindow, 'Too many code requests from this address');
    return this.db.tx(async (em) => {
      const settings = await this.openClub(em);
      const member = await this.memberByPhoneIn(em, phone);
      if (member?.member?.status === ClubMemberStatus.BLOCKED) throw new ForbiddenError('This club membership is blocked; contact the business');
      if (!member?.member) this.assertMayJoin(settings, member?.orderCount ?? 0);
      await this.lockPhone(em, ws.id, phone);
      const recent: ClubCodeEntity[] = await em.find(ClubCodeEntity, {
        where: { phone }, order: { createdAt: 'DESC' }, take: this.policy.codesPerPhonePerHour + 1,
      });
      const now = Date.now();
      const lockedUntil = recent.filter((c) => c.lockedAt).map((c) => c.lockedAt!.getTime() + this.policy.lockMinutes * 60_000).find((t) => t > now);
      if (lockedUntil) {
        throw new TooManyRequestsError(`Too many wrong codes for this number; try again in ${Math.ceil((lockedUntil - now) / 60_000)} minutes`, Math.ceil((lockedUntil - now) / 1000));
      }
      const last = recent[0];
      if (last && now - last.createdAt.getTime() < this.policy.resendAfterSeconds * 1000) {
        const wait = Math.ceil((last.createdAt.getTime() + this.policy.resendAfterSeconds * 1000 - now) / 1000);
        throw new TooManyRequestsError(`A code was just sent; you can ask for another in ${wait} seconds`, wait);
      }
      const lastHour = recent.filter((c) => now - c.createdAt.getTime() < 3_600_000);
      if (lastHour.length >= this.policy.codesPerPhonePerHour) {
        const wait = Math.ceil((lastHour[lastHour.length - 1].createdAt.getTime() + 3_600_000 - now) / 1000);
        throw new TooManyRequestsError(`Too many codes for this number in the last hour; try again in ${Math.ceil(wait / 60)} minutes`, wait);
      }
      await em.query(`UPDATE club_codes SET superseded_at = now() WHERE phone = $1 AND consumed_at IS NULL AND superseded_at IS NULL`, [phone]);
      const code = String(randomInt(10 ** (this.policy.codeLength - 1), 10 ** this.policy.codeLength));
      const expiresAt = new Date(now + this.policy.codeTtlSeconds * 1000);
      const saved = await em.save(em.create(ClubCodeEntity, {
        workspaceId: ws.id, phone, purpose: input.purpose, codeHash: this.tokens.codeHash(ws.id, phone, code), ip: this.context.ip() ?? null,
        attempts: 0, expiresAt,
      }));
      const language = input.language ?? settings.defaultLocale;
      const message = await this.messaging.enqueueToAddressIn(em, {
        channel: MessageChannel.SMS, recipient: phone, language,
        body: clubTexts.code(language, language === 'en' ? settings.displayNameEn : settings.displayNameFa, code, Math.ceil(this.policy.codeTtlSeconds / 60)),
      });
      await em.update(ClubCodeEntity, saved.id, { messageId: message.id });
      return {
        phone, expiresAt, resendAfter: new Date(saved.createdAt.getTime() + this.policy.resendAfterSeconds * 1000),
        codeLength: this.policy.codeLength, registered: !!member?.member,
      };
    }, ws.id);
  }

  /** Checks the code; joins (when the approach allows) or signs in. */
  async verifyCode(input: VerifyClubCodeInput): Promise<ClubSession> {
    const ws = await this.settings.workspaceBySlug(input.slug);
    const phone = this.mobile(input.phone);
    const code = toLatinDigits(input.code).replace(/\s+/g, '');
    if (!/^\d+$/.test(code)) throw BadInputError.field('input.code', 'must be the digits of the code we sent');
    this.throttle(this.verificationsPerIp, this.policy.verificationsPerIpPerWindow, 'Too many attempts from this address');
    const known = await this.db.tx((em) => this.memberByPhoneIn(em, phone), ws.id);
    const newMemberId = randomUUID();
    const outcome = await this.asMember(ws, known?.member?.id ?? newMemberId, known?.contactId ?? '', () =>
      this.db.tx(async (em): Promise<Outcome<ClubSession>> => {
        const settings = await this.openClub(em);
        await this.lockPhone(em, ws.id, phone);
        const checked = await this.checkCodeIn(em, ws.id, phone, code);
        if ('error' in checked) return checked;
        const found = await this.memberByPhoneIn(em, phone);
        if (found?.member) {
          if (found.member.status === ClubMemberStatus.BLOCKED) return { error: new ForbiddenError('This club membership is blocked; contact the business') };
          return { ok: await this.openSessionIn(em, found.member, 'CODE', false) };
        }
        this.assertMayJoin(settings, found?.orderCount ?? 0);
        let contactId = found?.contactId;
        if (!contactId) {
          const contact = await this.contacts.createIn(em, {
            firstName: input.firstName?.trim() || phone.replace(/^\+98/, '0'),
            lastName: input.lastName?.trim() ?? '',
            phones: [{ number: phone, isPrimary: true }],
            source: ContactSource.CLUB,
            // Someone who joined the club of their own accord has shown interest: a prospect on the ladder.
            stage: LifecycleStage.PROSPECT,
          });
          contactId = contact.id;
        } else if (input.firstName?.trim() && /^0\d{10}$/.test(found!.firstName)) {
          await this.contacts.updateIn(em, contactId, { firstName: input.firstName.trim(), lastName: input.lastName?.trim() });
        }
        if (input.smsConsent) await this.contacts.setConsentIn(em, contactId, ConsentChannel.SMS, ConsentStatus.GRANTED, ContactSource.CLUB);
        // The membership takes the id this sign-up runs as (asMember), so the audit log's actor is the new member.
        const { member } = await this.members.joinIn(em, contactId, 'SIGN_UP', input.referralCode?.trim() || null, newMemberId);
        return { ok: await this.openSessionIn(em, member, 'CODE', true) };
      }, ws.id),
    );
    if ('error' in outcome) throw outcome.error;
    return outcome.ok;
  }

  async login(input: LoginClubMemberInput): Promise<ClubSession> {
    const ws = await this.settings.workspaceBySlug(input.slug);
    const phone = this.mobile(input.phone);
    this.throttle(this.verificationsPerIp, this.policy.verificationsPerIpPerWindow, 'Too many attempts from this address');
    const known = await this.db.tx((em) => this.memberByPhoneIn(em, phone), ws.id);
    const outcome = await this.asMember(ws, known?.member?.id ?? randomUUID(), known?.contactId ?? '', () =>
      this.db.tx(async (em): Promise<Outcome<ClubSession>> => {
        await this.openClub(em);
        const memberId = (await this.memberByPhoneIn(em, phone))?.member?.id;
        const member = memberId
          ? await em.createQueryBuilder(ClubMemberEntity, 'm').addSelect('m.passwordHash').where('m.id = :id', { id: memberId }).setLock('pessimistic_write').getOne()
          : null;
        if (!member?.passwordHash) {
          await verifyPassword(await dummyPasswordHash(), input.password);
          return { error: new UnauthenticatedError(INVALID_PASSWORD) };
        }
        if (member.passwordLockedUntil && member.passwordLockedUntil > new Date()) return { error: this.passwordLocked(member.passwordLockedUntil) };
        if (!(await verifyPassword(member.passwordHash, input.password))) {
          const failures = member.failedPasswordCount + 1;
          const lock = failures >= this.policy.maxPasswordFailures;
          const until = lock ? new Date(Date.now() + this.policy.lockMinutes * 60_000) : null;
          await em.update(ClubMemberEntity, member.id, { failedPasswordCount: lock ? 0 : failures, passwordLockedUntil: until });
          return { error: until ? this.passwordLocked(until) : new UnauthenticatedError(INVALID_PASSWORD) };
        }
        if (member.status === ClubMemberStatus.BLOCKED) return { error: new ForbiddenError('This club membership is blocked; contact the business') };
        await em.update(ClubMemberEntity, member.id, { failedPasswordCount: 0, passwordLockedUntil: null });
        return { ok: await this.openSessionIn(em, member, 'PASSWORD', false) };
      }, ws.id),
    );
    if ('error' in outcome) throw outcome.error;
    return outcome.ok;
  }

  setPassword(principal: ClubMemberPrincipal, input: SetClubPasswordInput) {
    return this.db.tx(async (em) => {
      const member = await em.createQueryBuilder(ClubMemberEntity, 'm').addSelect('m.passwordHash').where('m.id = :id', { id: principal.clubMemberId }).getOneOrFail();
      if (member.passwordHash) {
        if (!input.currentPassword) throw BadInputError.field('input.currentPassword', 'enter your current password to change it');
        if (!(await verifyPassword(member.passwordHash, input.currentPassword))) throw BadInputError.field('input.currentPassword', 'is not your current password');
      }
      await em.update(ClubMemberEntity, member.id, { passwordHash: await hashPassword(input.password), passwordSetAt: new Date(), failedPasswordCount: 0, passwordLockedUntil: null });
      return toMembership(await em.findOneByOrFail(ClubMemberEntity, { id: member.id }));
    });
  }

  /** Rotates a refresh token; presenting one already used revokes every session of that sign-in. */
  async refresh(presented: string): Promise<ClubSession> {
    const outcome = await this.db.system(async (em): Promise<Outcome<ClubSession>> => {
      const claimed = await claimRefreshToken(em, ClubRefreshTokenEntity, presented);
      if ('error' in claimed) return claimed;
      const { token } = claimed;
      const member = await em.findOneBy(ClubMemberEntity, { id: token.clubMemberId, workspaceId: token.workspaceId });
      if (!member || member.status !== ClubMemberStatus.ACTIVE) return { error: new UnauthenticatedError('This club membership is blocked') };
      const [club] = await em.query(`SELECT enabled FROM club_settings WHERE workspace_id = $1`, [token.workspaceId]);
      if (club && !club.enabled) return { error: new UnauthenticatedError('The club of this business is closed') };
      return { ok: await this.issueIn(em, member, token.familyId, false) };
    });
    if ('error' in outcome) throw outcome.error;
    return outcome.ok;
  }

  logout(presented: string): Promise<boolean> {
    return this.db.system((em) => revokeRefreshTokenFamilyOf(em, ClubRefreshTokenEntity, presented));
  }

  /**
   * Masks the SMS of expired codes in the outbox, deletes codes older than a day and refresh tokens a day past expiry,
   * in every workspace. Returns how many.
   */
  purgeExpired(): Promise<{ redacted: number; codes: number; sessions: number }> {
    return this.db.system(async (em) => {
      let redacted = 0;
      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const due = await em
          .createQueryBuilder(ClubCodeEntity, 'c')
          .where('c.expires_at < now() AND c.redacted_at IS NULL AND c.message_id IS NOT NULL AND c.id > :after', { after })
          .orderBy('c.id')
          .take(500)
          .getMany();
        for (const code of due) if (await this.redactIn(em, code)) redacted++;
        if (due.length < 500) break;
        after = due[due.length - 1].id;
      }
      const codes = await em.createQueryBuilder().delete().from(ClubCodeEntity).where(`created_at < now() - interval '1 day'`).execute();
      const sessions = await em.createQueryBuilder().delete().from(ClubRefreshTokenEntity).where(`expires_at < now() - interval '1 day'`).execute();
      return { redacted, codes: codes.affected ?? 0, sessions: sessions.affected ?? 0 };
    });
  }

  private async checkCodeIn(em: EntityManager, workspaceId: string, phone: string, code: string): Promise<Outcome<ClubCodeEntity>> {
    const current = await em.findOne(ClubCodeEntity, { where: { phone }, order: { createdAt: 'DESC' } });
    const now = Date.now();
    if (!current || current.supersededAt) return { error: new UnauthenticatedError('No code was sent to this number; request a code first') };
    if (current.lockedAt) return { error: new TooManyRequestsError('Too many wrong codes; request a new code later', this.policy.lockMinutes * 60) };
    const matches = this.tokens.codeHash(workspaceId, phone, code) === current.codeHash;
    if (current.consumedAt) {
      if (matches && now - current.consumedAt.getTime() < DOUBLE_SUBMIT_SECONDS * 1000) return { ok: current };
      return { error: new UnauthenticatedError('This code was already used; request a new one') };
    }
    if (current.expiresAt.getTime() <= now) return { error: new UnauthenticatedError('The code has expired; request a new one') };
    if (!matches) {
      const attempts = current.attempts + 1;
      const locked = attempts >= this.policy.maxCodeAttempts;
      await em.update(ClubCodeEntity, current.id, { attempts, lockedAt: locked ? new Date() : null });
      if (locked) {
        return { error: new TooManyRequestsError(`Too many wrong codes; you can request a new code in ${this.policy.lockMinutes} minutes`, this.policy.lockMinutes * 60) };
      }
      const left = this.policy.maxCodeAttempts - attempts;
      return { error: new UnauthenticatedError(`The code is not correct; ${left} ${left === 1 ? 'try' : 'tries'} left`) };
    }
    await em.update(ClubCodeEntity, current.id, { consumedAt: new Date() });
    await this.redactIn(em, current);
    return { ok: current };
  }

  /** Masks the code in its SMS in the outbox once it is of no use (only a hash of it is kept here). */
  private async redactIn(em: EntityManager, code: ClubCodeEntity): Promise<boolean> {
    if (!code.messageId || code.redactedAt) return false;
    const done = await this.messaging.redactIn(em, code.messageId, (text) => text.replace(/\b\d{5,6}\b/g, (digits) => '•'.repeat(digits.length)));
    if (done) await em.update(ClubCodeEntity, code.id, { redactedAt: new Date() });
    return done;
  }

  private async openSessionIn(em: EntityManager, member: ClubMemberEntity, method: 'CODE' | 'PASSWORD', joined: boolean): Promise<ClubSession> {
    await em.update(ClubMemberEntity, member.id, { lastSignInAt: new Date() });
    await this.events.publish<MemberSignedInEvent>(ClubEvents.MemberSignedIn, {
      workspaceId: member.workspaceId, contactId: member.contactId, clubMemberId: member.id, method,
    });
    return this.issueIn(em, member, randomUUID(), joined);
  }

  private async issueIn(em: EntityManager, member: ClubMemberEntity, familyId: string, joined: boolean): Promise<ClubSession> {
    const refreshToken = randomToken(32);
    await em.insert(ClubRefreshTokenEntity, {
      workspaceId: member.workspaceId, clubMemberId: member.id, familyId, tokenHash: sha256(refreshToken),
      expiresAt: new Date(Date.now() + this.policy.refreshTokenTtlDays * 86_400_000),
    });
    const access = this.tokens.issue({ sub: member.id, ws: member.workspaceId, cid: member.contactId });
    const fresh = await em.findOneByOrFail(ClubMemberEntity, { id: member.id });
    return { accessToken: access.token, expiresAt: access.expiresAt, refreshToken, joined, member: toMembership(fresh) };
  }

  /** The contact owning this mobile (if any) and its membership (if any). */
  private async memberByPhoneIn(em: EntityManager, phone: string): Promise<{ contactId: string; firstName: string; orderCount: number; member: ClubMemberEntity | null } | null> {
    const contact = await this.contacts.byPhone(phone);
    if (!contact) return null;
    return { contactId: contact.id, firstName: contact.firstName, orderCount: contact.orderCount, member: await em.findOneBy(ClubMemberEntity, { contactId: contact.id }) };
  }

  private async openClub(em: EntityManager): Promise<ResolvedClubSettings> {
    const settings = await this.settings.settingsIn(em);
    if (!settings.enabled) throw new ForbiddenError('The club of this business is closed');
    return settings;
  }

  private assertMayJoin(settings: ResolvedClubSettings, orderCount: number): void {
    if (!signUpOpen(settings.approach) && orderCount === 0) {
      throw new ForbiddenError('Membership of this club starts with a first purchase');
    }
  }

  /** Serialises code requests and checks of one number (and the find-or-create of its contact). */
  private async lockPhone(em: EntityManager, workspaceId: string, phone: string): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`club-phone:${workspaceId}:${phone}`]);
  }

  /** Public sign-in runs as the member it concerns (so the audit log and the contacts module know the actor). */
  private asMember<T>(ws: WorkspaceEntity, clubMemberId: string, contactId: string, fn: () => Promise<T>): Promise<T> {
    const principal: ClubMemberPrincipal = { kind: 'member', clubMemberId, contactId, workspaceId: ws.id, permissions: NO_PERMISSIONS };
    return this.context.runAs(principal, fn);
  }

  private mobile(input: string): string {
    const phone = normalizeIranianPhone(input);
    if (!phone.ok) throw BadInputError.field('input.phone', phone.message);
    if (phone.kind !== 'mobile') throw BadInputError.field('input.phone', 'must be a mobile number (09…)');
    return phone.e164;
  }

  private throttle(counter: WindowCounter, limit: number, message: string): void {
    const wait = counter.hit(this.context.ip() ?? 'unknown', limit, this.policy.ipWindowSeconds);
    if (wait) throw new TooManyRequestsError(`${message}; try again in ${Math.ceil(wait / 60)} minutes`, wait);
  }

  private passwordLocked(until: Date): TooManyRequestsError {
    const seconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
    return new TooManyRequestsError(`Too many wrong passwords; try again in ${Math.ceil(seconds / 60)} minutes or sign in with a code`, seconds);
  }
}
