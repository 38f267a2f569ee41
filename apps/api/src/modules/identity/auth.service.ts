import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { EntityManager, IsNull } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { permissionsOf, StaffRole } from '../../core/auth/permissions';
import { claimRefreshToken, revokeRefreshTokenFamilyOf } from '../../core/auth/refresh-tokens';
import { dummyPasswordHash, hashPassword, randomToken, sha256, verifyPassword } from '../../core/auth/secrets';
import { AccessTokens } from '../../core/auth/token.service';
import { RequestContext } from '../../core/context/request-context';
import { TenantDb } from '../../core/database/tenant-db.service';
import { ConflictError, TooManyRequestsError, UnauthenticatedError } from '../../core/errors/domain-errors';
import { WorkspaceEntity } from '../workspaces/workspace.entity';
import { WorkspacesService } from '../workspaces/workspaces.service';
import { AcceptInvitationInput, LoginInput, SignUpInput } from './dto/auth.inputs';
import { InvitationEntity } from './invitation.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { UserEntity } from './user.entity';
import { WorkspaceMemberEntity } from './workspace-member.entity';

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  user: UserEntity;
  member: WorkspaceMemberEntity;
  workspace: WorkspaceEntity;
}

const INVALID_LOGIN = 'Email or password is incorrect';

@Injectable()
export class AuthService {
  private readonly loginsPerIp: RateLimiterMemory;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: TenantDb,
    private readonly context: RequestContext,
    private readonly tokens: AccessTokens,
    private readonly workspaces: WorkspacesService,
  ) {
    this.loginsPerIp = new RateLimiterMemory({ points: config.LOGIN_RATE_PER_IP_PER_MINUTE, duration: 60 });
  }

  async signUp(input: SignUpInput): Promise<Session> {
    const passwordHash = await hashPassword(input.password);
    return this.db.system(async (em) => {
      if (await this.findUserByEmail(em, input.email)) {
        throw new ConflictError('An account with this email already exists; sign in instead', { field: 'email' });
      }
      const slug = input.workspaceSlug ?? (await this.workspaces.suggestSlug(em, input.workspaceName));
      const user = await em.save(
        em.create(UserEntity, {
          email: input.email.trim(),
          passwordHash,
          fullName: input.fullName.trim(),
          locale: input.locale ?? 'fa',
          failedLoginCount: 0,
        }),
      );
      await this.db.setActor(em, `user:${user.id}`, user.email);
      const workspace = await this.workspaces.create(em, {
        name: input.workspaceName.trim(),
        slug,
        defaultLocale: input.locale ?? 'fa',
      });
      const member = await em.save(
        em.create(WorkspaceMemberEntity, { workspaceId: workspace.id, userId: user.id, role: StaffRole.OWNER, status: 'ACTIVE' }),
      );
      return this.openSession(em, user, member, workspace);
    });
  }

  async login(input: LoginInput): Promise<Session> {
    await this.throttleIp();
    const outcome = await this.db.system(async (em) => {
      const user = await this.findUserByEmail(em, input.email, true);
      if (!user) {
        await verifyPassword(await dummyPasswordHash(), input.password);
        return { error: new UnauthenticatedError(INVALID_LOGIN) };
      }
      if (user.lockedUntil && user.lockedUntil > new Date()) return { error: this.lockedError(user.lockedUntil) };
      if (!(await verifyPassword(user.passwordHash, input.password))) {
        const failures = user.failedLoginCount + 1;
        const lock = failures >= this.config.LOGIN_MAX_FAILURES;
        const lockedUntil = lock ? new Date(Date.now() + this.config.LOGIN_LOCK_MINUTES * 60_000) : null;
        await em.update(UserEntity, user.id, { failedLoginCount: lock ? 0 : failures, lockedUntil });
        return { error: lockedUntil ? this.lockedError(lockedUntil) : new UnauthenticatedError(INVALID_LOGIN) };
      }
      const member = await this.pickMembership(em, user.id, input.workspaceSlug);
      if (!member) return { error: new UnauthenticatedError('This account has no active workspace membership') };
      await em.update(UserEntity, user.id, { failedLoginCount: 0, lockedUntil: null });
      await this.db.setActor(em, `user:${user.id}`, user.email);
      const workspace = await em.findOneByOrFail(WorkspaceEntity, { id: member.workspaceId });
      return { session: await this.openSession(em, user, member, workspace) };
    });
    if ('error' in outcome) throw outcome.error;
    return outcome.session;
  }

  /** Rotates a refresh token. Presenting one that was already used revokes its whole family (theft signal). */
  async refresh(presented: string): Promise<Session> {
    const outcome = await this.db.system(async (em) => {
      const claimed = await claimRefreshToken(em, RefreshTokenEntity, presented);
      if ('error' in claimed) return claimed;
      const { token } = claimed;
      const member = await em.findOne(WorkspaceMemberEntity, {
        where: { workspaceId: token.workspaceId, userId: token.userId, status: 'ACTIVE' },
      });
      if (!member) return { error: new UnauthenticatedError('This account no longer has access to the workspace') };
      const user = await em.findOneByOrFail(UserEntity, { id: token.userId });
      const workspace = await em.findOneByOrFail(WorkspaceEntity, { id: token.workspaceId });
      return { session: await this.openSession(em, user, member, workspace, token.familyId) };
    });
    if ('error' in outcome) throw outcome.error;
    return outcome.session;
  }

  logout(presented: string): Promise<boolean> {
    return this.db.system((em) => revokeRefreshTokenFamilyOf(em, RefreshTokenEntity, presented));
  }

  async acceptInvitation(input: AcceptInvitationInput): Promise<Session> {
    const newHash = await hashPassword(input.password);
    const outcome = await this.db.system(async (em) => {
      const invitation = await em
        .createQueryBuilder(InvitationEntity, 'i')
        .setLock('pessimistic_write')
        .where('i.token_hash = :hash', { hash: sha256(input.token) })
        .getOne();
      if (!invitation || invitation.revokedAt || invitation.acceptedAt) {
        return { error: new UnauthenticatedError('This invitation is not valid any more; ask for a new one') };
      }
      if (invitation.expiresAt <= new Date()) return { error: new UnauthenticatedError('This invitation has expired; ask for a new one') };
      let user = await this.findUserByEmail(em, invitation.email, true);
      if (user) {
        // An existing login joins another workspace: it proves itself with its own password.
        if (!(await verifyPassword(user.passwordHash, input.password))) {
          return { error: new UnauthenticatedError('An account with this email exists; enter its password to accept') };
        }
      } else {
        user = await em.save(
          em.create(UserEntity, { email: invitation.email, passwordHash: newHash, fullName: input.fullName.trim(), locale: 'fa', failedLoginCount: 0 }),
        );
      }
      await this.db.setActor(em, `user:${user.id}`, user.email);
      const existing = await em.findOneBy(WorkspaceMemberEntity, { workspaceId: invitation.workspaceId, userId: user.id });
      if (existing) return { error: new ConflictError('You are already a member of this workspace') };
      const member = await em.save(
        em.create(WorkspaceMemberEntity, { workspaceId: invitation.workspaceId, userId: user.id, role: invitation.role, status: 'ACTIVE' }),
      );
      await em.update(InvitationEntity, invitation.id, { acceptedAt: new Date() });
      const workspace = await em.findOneByOrFail(WorkspaceEntity, { id: invitation.workspaceId });
      return { session: await this.openSession(em, user, member, workspace) };
    });
    if ('error' in outcome) throw outcome.error;
    return outcome.session;
  }

  /** Revokes every refresh token of a member (role removal, disabling). */
  async revokeAllSessions(em: EntityManager, workspaceId: string, userId: string): Promise<void> {
    await em.update(
      RefreshTokenEntity,
      { workspaceId, userId, revokedAt: IsNull() },
      { revokedAt: new Date(), revokedReason: 'access_removed' },
    );
  }

  /** Housekeeping: refresh tokens a day past expiry are deleted. Returns how many. */
  purgeExpiredRefreshTokens(): Promise<number> {
    return this.db.system(async (em) => {
      const result = await em
        .createQueryBuilder()
        .delete()
        .from(RefreshTokenEntity)
        .where(`expires_at < now() - interval '1 day'`)
        .execute();
      return result.affected ?? 0;
    });
  }

  describeSession(session: Session) {
    return {
      accessToken: session.accessToken,
      accessTokenExpiresAt: session.accessTokenExpiresAt,
      refreshToken: session.refreshToken,
      viewer: {
        user: session.user,
        workspace: session.workspace,
        role: session.member.role,
        permissions: [...permissionsOf(session.member.role)],
      },
    };
  }

  private async openSession(
    em: EntityManager,
    user: UserEntity,
    member: WorkspaceMemberEntity,
    workspace: WorkspaceEntity,
    familyId: string = randomUUID(),
  ): Promise<Session> {
    const refreshToken = randomToken(32);
    await em.insert(RefreshTokenEntity, {
      workspaceId: workspace.id,
      userId: user.id,
      familyId,
      tokenHash: sha256(refreshToken),
      expiresAt: new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000),
    });
    await em.update(WorkspaceMemberEntity, member.id, { lastLoginAt: new Date() });
    const access = this.tokens.issue({ sub: user.id, ws: workspace.id, mid: member.id });
    return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken, user, member, workspace };
  }

  private findUserByEmail(em: EntityManager, email: string, withPassword = false): Promise<UserEntity | null> {
    const qb = em.createQueryBuilder(UserEntity, 'u').where('lower(u.email) = lower(:email)', { email: email.trim() });
    if (withPassword) qb.addSelect('u.passwordHash');
    return qb.getOne();
  }

  private async pickMembership(em: EntityManager, userId: string, slug?: string): Promise<WorkspaceMemberEntity | null> {
    const qb = em
      .createQueryBuilder(WorkspaceMemberEntity, 'm')
      .innerJoin(WorkspaceEntity, 'w', 'w.id = m.workspace_id')
      .where('m.user_id = :userId AND m.status = :status', { userId, status: 'ACTIVE' })
      .orderBy('m.last_login_at', 'DESC', 'NULLS LAST');
    if (slug) qb.andWhere('w.slug = :slug', { slug });
    return qb.getOne();
  }

  private lockedError(until: Date): TooManyRequestsError {
    const seconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
    return new TooManyRequestsError(
      `This account is locked after ${this.config.LOGIN_MAX_FAILURES} failed sign-in attempts; try again in ${Math.ceil(seconds / 60)} minutes`,
      seconds,
    );
  }

  private async throttleIp(): Promise<void> {
    const ip = this.context.ip() ?? 'unknown';
    try {
      await this.loginsPerIp.consume(ip);
    } catch (e) {
      if (e instanceof RateLimiterRes) {
        const seconds = Math.ceil(e.msBeforeNext / 1000);
        throw new TooManyRequestsError(`Too many sign-in attempts from this address; try again in ${seconds} seconds`, seconds);
      }
      throw e;
    }
  }
}
