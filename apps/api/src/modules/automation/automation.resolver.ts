import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, RequirePermission } from '../../core/auth/auth.decorators';
import { CallsArgs, EnrolmentsArgs, FollowUpPlanInput, JobRunsArgs, RecordCallOutcomeInput, RunJobNowArgs, UpcomingDatesArgs } from './dto/automation.inputs';
import { FollowUpsService } from './followups.service';
import { JobsAdminService } from './jobs-admin.service';
import { FollowUpCall, FollowUpEnrolment, FollowUpPlan, JobRun, ScheduledJob, UpcomingImportantDate, UpcomingImportantDateConnection } from './models/automation.model';
import { Connection } from '../../core/graphql/connection';
import { UpcomingDatesService } from './upcoming-dates.service';

@Resolver()
export class AutomationResolver {
  constructor(
    private readonly followUps: FollowUpsService,
    private readonly jobs: JobsAdminService,
    private readonly upcoming: UpcomingDatesService,
  ) {}

  @RequirePermission('contacts:read')
  @Query(() => [FollowUpPlan])
  followUpPlans(): Promise<FollowUpPlan[]> {
    return this.followUps.plans();
  }

  @RequirePermission('contacts:read')
  @Query(() => FollowUpPlan)
  followUpPlan(@Args('id', { type: () => ID }) id: string): Promise<FollowUpPlan> {
    return this.followUps.plan(id);
  }

  @RequirePermission('campaigns:write')
  @Mutation(() => FollowUpPlan)
  createFollowUpPlan(@Args('input') input: FollowUpPlanInput): Promise<FollowUpPlan> {
    return this.followUps.createPlan(input);
  }

  @RequirePermission('campaigns:write')
  @Mutation(() => FollowUpPlan, { description: 'Replaces the plan and its steps; running enrolments go on at their next position' })
  updateFollowUpPlan(@Args('id', { type: () => ID }) id: string, @Args('input') input: FollowUpPlanInput): Promise<FollowUpPlan> {
    return this.followUps.updatePlan(id, input);
  }

  @RequirePermission('contacts:read')
  @Query(() => [FollowUpEnrolment])
  followUpEnrolments(@Args() args: EnrolmentsArgs): Promise<FollowUpEnrolment[]> {
    return this.followUps.enrolments(args);
  }

  @RequirePermission('contacts:write')
  @Mutation(() => FollowUpEnrolment)
  enrolInFollowUpPlan(@Args('planId', { type: () => ID }) planId: string, @Args('contactId', { type: () => ID }) contactId: string): Promise<FollowUpEnrolment> {
    return this.followUps.enrol(planId, contactId);
  }

  @RequirePermission('contacts:write')
  @Mutation(() => FollowUpEnrolment)
  cancelFollowUpEnrolment(@Args('id', { type: () => ID }) id: string, @Args('reason', { nullable: true }) reason?: string): Promise<FollowUpEnrolment> {
    return this.followUps.cancelEnrolment(id, reason);
  }

  @RequirePermission('contacts:read')
  @Query(() => [FollowUpCall], { description: 'Calls to make: open follow-up calls with their script' })
  followUpCalls(@Args() args: CallsArgs): Promise<FollowUpCall[]> {
    return this.followUps.calls(args.scope, args.mine);
  }

  @RequirePermission('contacts:write')
  @Mutation(() => FollowUpCall)
  recordCallOutcome(@Args('input') input: RecordCallOutcomeInput): Promise<FollowUpCall> {
    return this.followUps.recordCallOutcome(input);
  }

  @RequirePermission('contacts:read')
  @Query(() => UpcomingImportantDateConnection, { description: 'Important dates whose greeting goes out in the next `days` days (workspace time zone), by send day' })
  upcomingImportantDates(@Args() args: UpcomingDatesArgs): Promise<Connection<UpcomingImportantDate>> {
    return this.upcoming.upcoming(args.days, args.first, args.after);
  }

  @RequirePermission('jobs:manage')
  @Query(() => [ScheduledJob])
  scheduledJobs(): Promise<ScheduledJob[]> {
    return this.jobs.scheduledJobs();
  }

  @RequirePermission('jobs:manage')
  @Query(() => [JobRun], { description: 'Runs newest first: runs for every workspace and this workspace’s own, with only its own errors' })
  jobRuns(@Args() args: JobRunsArgs): Promise<JobRun[]> {
    return this.jobs.jobRuns(args);
  }

  @RequirePermission('jobs:manage')
  @Mutation(() => JobRun, { description: 'Queues a run now: a daily job for `day` and this workspace only; another job once more' })
  runJobNow(@Args() args: RunJobNowArgs): Promise<JobRun> {
    return this.jobs.runNow(args.job, args.day);
  }
}
