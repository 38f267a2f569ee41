import { ForbiddenError } from '../../core/errors/domain-errors';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, Public, RequirePermission } from '../../core/auth/auth.decorators';
import { ROLE_PERMISSIONS, StaffRole } from '../../core/auth/permissions';
import { RequestContext } from '../../core/context/request-context';
import { TenantDb } from '../../core/database/tenant-db.service';
import { PageArgs } from '../../core/graphql/connection';
import { WorkspacesService } from '../workspaces/workspaces.service';
import { AuthService } from './auth.service';
import { AcceptInvitationInput, ChangeStaffRoleInput, InviteStaffInput, LoginInput, SignUpInput, UpdateMyProfileInput } from './dto/auth.inputs';
import { AuthPayload, Invitation, RolePermissions, StaffMember, StaffMemberConnection, User, Viewer } from './models/staff.model';
import { StaffService } from './staff.service';
import { UserEntity } from './user.entity';

@Resolver()
export class IdentityResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly staff: StaffService,
    private readonly workspaces: WorkspacesService,
    private readonly context: RequestContext,
    private readonly db: TenantDb,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Creates a workspace and its owner, and signs the owner in' })
  async signUp(@Args('input') input: SignUpInput): Promise<AuthPayload> {
    return this.auth.describeSession(await this.auth.signUp(input));
  }

  @Public()
  @Mutation(() => AuthPayload)
  async login(@Args('input') input: LoginInput): Promise<AuthPayload> {
    return this.auth.describeSession(await this.auth.login(input));
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Rotates a refresh token: the old one stops working' })
  async refreshToken(@Args('refreshToken') refreshToken: string): Promise<AuthPayload> {
    return this.auth.describeSession(await this.auth.refresh(refreshToken));
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Revokes the refresh token and every token rotated from the same sign-in' })
  logout(@Args('refreshToken') refreshToken: string): Promise<boolean> {
    return this.auth.logout(refreshToken);
  }

  @Public()
  @Mutation(() => AuthPayload)
  async acceptInvitation(@Args('input') input: AcceptInvitationInput): Promise<AuthPayload> {
    return this.auth.describeSession(await this.auth.acceptInvitation(input));
  }

  @Authenticated()
  @Query(() => Viewer)
  async viewer(): Promise<Viewer> {
    const principal = this.context.principal()!;
    const workspace = await this.workspaces.current();
    if (principal.kind === 'apiKey') return { user: null, workspace, role: null, permissions: [...principal.permissions] };
    if (principal.kind !== 'staff') throw new ForbiddenError('The viewer is a staff member or an API key');
    const user = await this.db.tx((em) => em.findOneByOrFail(UserEntity, { id: principal.userId }));
    return { user, workspace, role: principal.role, permissions: [...principal.permissions] };
  }

  @Authenticated()
  @Mutation(() => User, { description: 'The signed-in staff member’s name, language and mobile number for SMS alerts' })
  updateMyProfile(@Args('input') input: UpdateMyProfileInput): Promise<User> {
    return this.staff.updateMyProfile(input);
  }

  @RequirePermission('staff:read')
  @Query(() => StaffMemberConnection)
  staffMembers(@Args() page: PageArgs) {
    return this.staff.list(page);
  }

  @RequirePermission('staff:manage')
  @Query(() => [Invitation])
  invitations(): Promise<Invitation[]> {
    return this.staff.invitations();
  }

  @RequirePermission('staff:manage')
  @Mutation(() => Invitation, { description: 'Emails an invitation link; a replay with the same idempotencyKey returns the first result' })
  inviteStaff(
    @Args('input') input: InviteStaffInput,
    @Args('idempotencyKey', { type: () => String, nullable: true }) idempotencyKey?: string | null,
  ): Promise<Invitation> {
    return this.staff.invite(input, idempotencyKey);
  }

  @RequirePermission('staff:manage')
  @Mutation(() => Invitation)
  revokeInvitation(@Args('id', { type: () => ID }) id: string): Promise<Invitation> {
    return this.staff.revokeInvitation(id);
  }

  @RequirePermission('staff:manage')
  @Mutation(() => StaffMember)
  changeStaffRole(@Args('input') input: ChangeStaffRoleInput): Promise<StaffMember> {
    return this.staff.changeRole(input);
  }

  @RequirePermission('staff:manage')
  @Mutation(() => StaffMember, { description: 'Disables a member and signs them out everywhere' })
  disableStaffMember(@Args('id', { type: () => ID }) id: string): Promise<StaffMember> {
    return this.staff.disable(id);
  }

  @Authenticated()
  @Mutation(() => StaffMember, { description: 'Sets the PBX extension (own, or anyone’s with staff:manage); null clears it' })
  setStaffExtension(
    @Args('staffMemberId', { type: () => ID }) staffMemberId: string,
    @Args('extension', { type: () => String, nullable: true }) extension: string | null,
  ): Promise<StaffMember> {
    return this.staff.setExtension(staffMemberId, extension);
  }

  @Authenticated()
  @Query(() => [RolePermissions], { description: 'What each role may do (the permission matrix)' })
  permissionMatrix(): RolePermissions[] {
    return Object.values(StaffRole).map((role) => ({ role, permissions: [...ROLE_PERMISSIONS[role]] }));
  }
}
