import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InvitationEntity } from './invitation.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { StaffCredentials } from './staff-credentials';
import { UserEntity } from './user.entity';
import { WorkspaceMemberEntity } from './workspace-member.entity';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { AuthService } from './auth.service';
import { IdentityJobs } from './identity.jobs';
import { IdentityResolver } from './identity.resolver';
import { StaffLoader } from './staff.loader';
import { StaffService } from './staff.service';

@Module({
  imports: [WorkspacesModule, TypeOrmModule.forFeature([UserEntity, WorkspaceMemberEntity, RefreshTokenEntity, InvitationEntity])],
  providers: [StaffCredentials, IdentityJobs, AuthService, StaffService, StaffLoader, IdentityResolver],
  exports: [AuthService, StaffService, StaffLoader],
})
export class IdentityModule {}
