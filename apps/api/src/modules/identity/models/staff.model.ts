import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { StaffRole } from '../../../core/auth/permissions';
import { ConnectionType } from '../../../core/graphql/connection';
import { Workspace } from '../../workspaces/models/workspace.model';

registerEnumType(StaffRole, { name: 'StaffRole' });

export enum StaffStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}
registerEnumType(StaffStatus, { name: 'StaffStatus' });

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

@ObjectType()
export class User {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() fullName: string;
  @Field() locale: string;
  @Field(() => String, { nullable: true, description: 'Mobile number (E.164) that staff alerts by SMS go to' }) phone: string | null;
}

@ObjectType()
export class StaffMember {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() fullName: string;
  @Field(() => StaffRole) role: StaffRole;
  @Field(() => StaffStatus) status: StaffStatus;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) lastLoginAt: Date | null;
  @Field(() => String, { nullable: true, description: 'PBX extension: incoming calls to it pop up for this member' }) extension: string | null;
}

export const StaffMemberConnection = ConnectionType(StaffMember);

@ObjectType()
export class Invitation {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field(() => StaffRole) role: StaffRole;
  @Field(() => InvitationStatus) status: InvitationStatus;
  @Field() expiresAt: Date;
  @Field() createdAt: Date;
}

@ObjectType({ description: 'Who is calling: a staff member (user + role) or an API key' })
export class Viewer {
  @Field(() => User, { nullable: true }) user: User | null;
  @Field(() => Workspace) workspace: Workspace;
  @Field(() => StaffRole, { nullable: true }) role: StaffRole | null;
  @Field(() => [String]) permissions: string[];
}

@ObjectType()
export class AuthPayload {
  @Field() accessToken: string;
  @Field() accessTokenExpiresAt: Date;
  @Field() refreshToken: string;
  @Field(() => Viewer) viewer: Viewer;
}

@ObjectType()
export class RolePermissions {
  @Field(() => StaffRole) role: StaffRole;
  @Field(() => [String]) permissions: string[];
}
