import { Module } from '@nestjs/common';
import { LoyaltyModule } from '../club/loyalty/loyalty.module';
import { ContactsModule } from '../contacts/contacts.module';
import { IdentityModule } from '../identity/identity.module';
import { MessagingModule } from '../messaging/messaging.module';
import { SalesModule } from '../sales/sales.module';
import { TasksModule } from '../tasks/tasks.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { AutomationWorkspaces } from './automation-workspaces';
import { AutomationJobs } from './automation.jobs';
import { AutomationResolver } from './automation.resolver';
import { FollowUpsService } from './followups.service';
import { ImportantDatesJob } from './important-dates.job';
import { JobsAdminService } from './jobs-admin.service';
import { UpcomingDatesService } from './upcoming-dates.service';

/** Scheduled customer work: follow-up plans and calls, important-date messages, win-back; the job history page. */
@Module({
  imports: [ContactsModule, IdentityModule, MessagingModule, TasksModule, WorkspacesModule, LoyaltyModule, SalesModule],
  providers: [AutomationWorkspaces, FollowUpsService, ImportantDatesJob, AutomationJobs, JobsAdminService, UpcomingDatesService, AutomationResolver],
  exports: [FollowUpsService],
})
export class AutomationModule {}
