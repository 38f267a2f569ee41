import { Inject, Injectable } from '@nestjs/common';
import { normalizePhone } from '@peyvand/phone';
import { EntityManager, In, IsNull } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { canAssignRole, StaffRole } from '../../core/auth/permissions';
import { StaffPrincipal } from '../../core/auth/principal';
import { randomToken, sha256 } from '../../core/auth/secrets';
import { RequestContext } from '../../core/context/request-context';
import { TenantDb } from '../../core/database/tenant-db.service';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../../core/errors/domain-errors';
import { Connection, PageArgs, paginate } from '../../core/graphql/connection';
import { Idempotency } from '../../core/idempotency/idempotency.service';
import { JobQueue } from '../../core/jobs/job-queue.service';
import { SEND_MAIL_JOB } from '../../core/mail/mail.jobs';
import { WorkspaceEntity } from '../workspaces/workspace.entity';
import { AuthService } from './auth.service';
import { ChangeStaffRoleInput, InviteStaffInput, UpdateMyProfileInput } from './dto/auth.inputs';
import { InvitationEntity } from './invitation.entity';
import { Invitation, InvitationStatus, StaffMember, StaffStatus } from './models/staff.model';
import { UserEntity } from './user.entity';
import { WorkspaceMemberEntity } from './workspace-member.entity';
import { invitationEmail } from './invitation-email';

export function toStaffMember(m: WorkspaceMemberEntity): StaffMember {
  return {
    id: m.id,
    email: m.user!.email,
    fullName: m.user!.fullName,
    role: m.role,
    status: m.status as StaffStatus,
    createdAt: m.createdAt,
    lastLoginAt: m.lastLoginAt,
    extension: m.phoneExtension,
  };
}

export function toInvitation(i: InvitationEntity, now = new Date()): Invitation {
  const status = i.acceptedAt
    ? InvitationStatus.ACCEPTED
    : i.revokedAt
      ? InvitationStatus.REVOKED
      : i.expiresAt <= now
        ? InvitationStatus.EXPIRED
        : InvitationStatus.PENDING;
  return { id: i.id, email: i.email, role: i.role, status, expiresAt: i.expiresAt, createdAt: i.createdAt };
}

@Injectable()
export class StaffService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: TenantDb,
    private readonly context: RequestContext,
    private readonly jobs: JobQueue,
    private readonly idempotency: Idempotency,
    private readonly auth: AuthService,
  ) {}

  list(args: PageArgs): Promise<Connection<StaffMember>> {
    return this.db.tx((em) =>
      paginate(
        em.createQueryBuilder(WorkspaceMemberEntity, 'm').innerJoinAndSelect('m.user', 'u'),
        args,
        { orderBy: 'createdAt', map: toStaffMember },
      ),
    );
  }

  /** The signed-in member edits their own name, language and alert phone number. */
  updateMyProfile(input: UpdateMyProfileInput): Promise<UserEntity> {
    const principal = this.context.principal();
    if (principal?.kind !== 'staff') throw new ForbiddenError('Only a signed-in staff member has a profile');
    return this.db.tx(async (em) => {
      const user = await em.findOneByOrFail(UserEntity, { id: principal.userId });
      if (input.fullName !== undefined) {
        const name = input.fullName.trim();
        if (!name) throw BadInputError.field('input.fullName', 'must not be empty');
        user.fullName = name;
      }
      if (input.locale !== undefined) user.locale = input.locale;
      if (input.phone !== undefined) {
        if (!input.phone.trim()) user.phone = null;
        else {
          const phone = normalizePhone(input.phone, { defaultCountry: 'IR', allowForeign: true });
          if (!phone.ok) throw BadInputError.field('input.phone', phone.message);
          user.phone = phone.e164;
        }
      }
      return em.save(user);
    });
  }

  /** Where alerts for these members go (active members only), in the caller's transaction. */
  async alertAddressesIn(em: EntityManager, memberIds: string[]): Promise<Map<string, { email: string; phone: string | null; locale: 'fa' | 'en'; fullName: string }>> {
    const members = memberIds.length
      ? await em.find(WorkspaceMemberEntity, { where: { id: In(memberIds), status: 'ACTIVE' }, relations: { user: true } })
      : [];
    return new Map(members.map((m) => [m.id, { email: m.user!.email, phone: m.user!.phone, locale: m.user!.locale, fullName: m.user!.fullName }]));
  }

  /** Active members holding a role (e.g. WAREHOUSE for stock alerts), oldest first, in the caller's transaction. */
  async activeMemberIdsWithRole(em: EntityManager, role: StaffRole): Promise<string[]> {
    const rows = await em.find(WorkspaceMemberEntity, { select: { id: true }, where: { role, status: 'ACTIVE' }, order: { createdAt: 'ASC' } });
    return rows.map((m) => m.id);
  }

  /** For inputs naming a staff member (owner, assignee, rep): BAD_USER_INPUT on `field` unless it is one of this workspace. */
  async assertMember(memberId: string, field: string): Promise<void> {
    const [member] = await this.findByIds([memberId]);
    if (!member) throw BadInputError.field(field, 'is not a staff member of this workspace');
  }

  /** Members by id for DataLoaders: one query for a whole page. */
  findByIds(ids: readonly string[]): Promise<StaffMember[]> {
    return this.db.tx(async (em) => {
      const rows = await em
        .createQueryBuilder(WorkspaceMemberEntity, 'm')
        .innerJoinAndSelect('m.user', 'u')
        .where('m.id = ANY(:ids)', { ids: [...ids] })
        .getMany();
      return rows.map(toStaffMember);
    });
  }

  invitations(): Promise<Invitation[]> {
    return this.db.tx(async (em) => {
      const rows = await em.find(InvitationEntity, { order: { createdAt: 'DESC' }, take: 200 });
      return rows.map((i) => toInvitation(i));
    });
  }

  invite(input: InviteStaffInput, idempotencyKey?: string | null): Promise<Invitation> {
    const actor = this.staffActor();
    if (!canAssignRole(actor.role, input.role)) throw new ForbiddenError(`A ${actor.role} cannot invite a ${input.role}`);
    return this.idempotency.run(
      idempotencyKey,
      'inviteStaff',
      input,
      async (em) => {
        const email = input.email.trim().toLowerCase();
        const member = await em
          .createQueryBuilder(WorkspaceMemberEntity, 'm')
          .innerJoin('m.user', 'u')
          .where('lower(u.email) = :email', { email })
          .getOne();
        if (member) throw new ConflictError(`${email} is already a member of this workspace`, { field: 'email' });
        // A new invitation replaces any pending one for the same address.
        await em.update(InvitationEntity, { email, acceptedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: new Date() });
        const token = randomToken(32);
        const invitation = await em.save(
          em.create(InvitationEntity, {
            workspaceId: actor.workspaceId,
            email,
            role: input.role,
            tokenHash: sha256(token),
            invitedByMemberId: actor.memberId,
            expiresAt: new Date(Date.now() + this.config.INVITATION_TTL_HOURS * 3_600_000),
          }),
        );
        const workspace = await em.findOneByOrFail(WorkspaceEntity, { id: actor.workspaceId });
        const link = `${this.config.PUBLIC_URL.replace(/\/$/, '')}/accept-invite?token=${encodeURIComponent(token)}`;
        await this.jobs.enqueue(SEND_MAIL_JOB, invitationEmail({ to: email, workspace, link, locale: workspace.defaultLocale }), { em });
        return toInvitation(invitation);
      },
      {
        serialize: (inv) => inv,
        deserialize: (stored) => {
          const s = stored as Invitation & { expiresAt: string; createdAt: string };
          return { ...s, expiresAt: new Date(s.expiresAt), createdAt: new Date(s.createdAt) };
        },
      },
    );
  }

  revokeInvitation(id: string): Promise<Invitation> {
    return this.db.tx(async (em) => {
      const invitation = await em.findOneBy(InvitationEntity, { id });
      if (!invitation) throw new NotFoundError('Invitation', id);
      if (invitation.acceptedAt) throw new ConflictError('This invitation was already accepted');
      if (!invitation.revokedAt) {
        invitation.revokedAt = new Date();
        await em.save(invitation);
      }
      return toInvitation(invitation);
    });
  }

  changeRole(input: ChangeStaffRoleInput): Promise<StaffMember> {
    const actor = this.staffActor();
    return this.db.tx(async (em) => {
      const member = await this.loadMember(em, input.staffMemberId);
      this.assertCanManage(actor, member, input.role);
      if (member.role !== input.role) {
        member.role = input.role;
        await em.save(member);
      }
      return toStaffMember(member);
    });
  }

  disable(id: string): Promise<StaffMember> {
    const actor = this.staffActor();
    return this.db.tx(async (em) => {
      const member = await this.loadMember(em, id);
      if (member.id === actor.memberId) throw new ForbiddenError('You cannot disable yourself');
      this.assertCanManage(actor, member);
      if (member.status !== 'DISABLED') {
        member.status = 'DISABLED';
        await em.save(member);
        await this.auth.revokeAllSessions(em, member.workspaceId, member.userId);
      }
      return toStaffMember(member);
    });
  }

  /** Sets (or clears) the PBX extension of a member; an admin's job, or a member's own. */
  setExtension(memberId: string, extension: string | null): Promise<StaffMember> {
    const actor = this.staffActor();
    if (extension !== null && !/^[0-9*#]{1,10}$/.test(extension)) throw BadInputError.field('extension', 'must be 1–10 digits');
    if (memberId !== actor.memberId && !actor.permissions.has('staff:manage')) throw new ForbiddenError('You can only set your own extension');
    return this.db.tx(async (em) => {
      const member = await this.loadMember(em, memberId);
      if (extension && (await em.exists(WorkspaceMemberEntity, { where: { phoneExtension: extension } })) && member.phoneExtension !== extension) {
        throw new ConflictError(`Extension ${extension} belongs to another member`, { field: 'extension' });
      }
      member.phoneExtension = extension;
      await em.save(member);
      return toStaffMember(member);
    });
  }

  /** The active member whose PBX extension this is. */
  findByExtension(extension: string): Promise<StaffMember | null> {
    return this.db.tx(async (em) => {
      const member = await em.findOne(WorkspaceMemberEntity, { where: { phoneExtension: extension, status: 'ACTIVE' }, relations: { user: true } });
      return member ? toStaffMember(member) : null;
    });
  }

  private async loadMember(em: EntityManager, id: string): Promise<WorkspaceMemberEntity> {
    const member = await em.findOne(WorkspaceMemberEntity, { where: { id }, relations: { user: true } });
    if (!member) throw new NotFoundError('Staff member', id);
    return member;
  }

  private assertCanManage(actor: StaffPrincipal, member: WorkspaceMemberEntity, newRole?: StaffRole): void {
    if (member.role === StaffRole.OWNER) throw new ForbiddenError('The owner cannot be changed or disabled');
    if (member.role === StaffRole.ADMIN && actor.role !== StaffRole.OWNER) throw new ForbiddenError('Only the owner can change an admin');
    if (newRole && !canAssignRole(actor.role, newRole)) throw new ForbiddenError(`A ${actor.role} cannot grant the ${newRole} role`);
  }

  private staffActor(): StaffPrincipal {
    const p = this.context.principal();
    if (!p || p.kind !== 'staff') throw new ForbiddenError('Only staff members can manage staff');
    return p;
  }
}
