import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContactsModule } from '../../contacts/contacts.module';
import { MessagingModule } from '../../messaging/messaging.module';
import { SalesModule } from '../../sales/sales.module';
import { TimelineModule } from '../../timeline/timeline.module';
import { WorkspacesModule } from '../../workspaces/workspaces.module';
import { ClubAuthResolver } from './club-auth.resolver';
import { ClubAuthService } from './club-auth.service';
import { ClubMemberCredentials } from './club-member-credentials';
import { ClubAuthPolicy, ClubMemberTokens } from './club-member-tokens';
import { ClubMembersJobs } from './club-members.jobs';
import { ClubMembersService } from './club-members.service';
import { ClubSettingsService } from './club-settings.service';
import { ClubStaffResolver } from './club-staff.resolver';
import { CurrentMember } from './current-member';
import { MemberPanelResolver } from './member-panel.resolver';
import { MemberPanelService } from './member-panel.service';
import { ClubCodeEntity } from './entities/club-code.entity';
import { ClubMemberEntity } from './entities/club-member.entity';
import { ClubRefreshTokenEntity } from './entities/club-refresh-token.entity';
import { ClubSettingsEntity } from './entities/club-settings.entity';

/** Club members: sign-up and login by SMS code, sessions, profile, consent, family. */
@Module({
  imports: [
    TypeOrmModule.forFeature([ClubSettingsEntity, ClubMemberEntity, ClubCodeEntity, ClubRefreshTokenEntity]),
    ContactsModule,
    MessagingModule,
    WorkspacesModule,
    TimelineModule,
    SalesModule,
  ],
  providers: [
    ClubAuthPolicy, ClubMemberTokens, ClubMemberCredentials, ClubSettingsService, ClubMembersService, ClubAuthService, ClubMembersJobs, CurrentMember,
    MemberPanelService, ClubAuthResolver, ClubStaffResolver, MemberPanelResolver,
  ],
  exports: [ClubMembersService, ClubSettingsService, CurrentMember],
})
export class ClubMembersModule {}
