import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../../../core/graphql/connection';

export enum FollowUpTrigger {
  MANUAL = 'MANUAL',
  FIRST_TIME_CUSTOMER = 'FIRST_TIME_CUSTOMER',
  /** The first order of a customer who came from the web or the club: the verification call. */
  FIRST_WEB_ORDER = 'FIRST_WEB_ORDER',
  ORDER_DELIVERED = 'ORDER_DELIVERED',
  BECAME_INACTIVE = 'BECAME_INACTIVE',
  BECAME_LOST = 'BECAME_LOST',
}
export enum FollowUpStepKind { SMS = 'SMS', EMAIL = 'EMAIL', CALL = 'CALL' }
export enum EnrolmentStatus { ACTIVE = 'ACTIVE', WAITING_CALL = 'WAITING_CALL', COMPLETED = 'COMPLETED', CANCELLED = 'CANCELLED' }
export enum StepRunStatus { SENT = 'SENT', CALLING = 'CALLING', DONE = 'DONE', SKIPPED = 'SKIPPED', FAILED = 'FAILED', GAVE_UP = 'GAVE_UP' }
export enum CallOutcome { ANSWERED = 'ANSWERED', NO_ANSWER = 'NO_ANSWER', BUSY = 'BUSY', WRONG_NUMBER = 'WRONG_NUMBER', NOT_INTERESTED = 'NOT_INTERESTED' }
export enum CallScope { TODAY = 'TODAY', UPCOMING = 'UPCOMING' }
export enum JobKind { SLOT = 'SLOT', DAILY = 'DAILY' }
export enum JobRunTrigger { SCHEDULE = 'SCHEDULE', START = 'START', CATCH_UP = 'CATCH_UP', MANUAL = 'MANUAL' }
export enum JobRunStatus { QUEUED = 'QUEUED', RUNNING = 'RUNNING', SUCCEEDED = 'SUCCEEDED', FAILED = 'FAILED' }

registerEnumType(FollowUpTrigger, { name: 'FollowUpTrigger', description: 'What enrols contacts in a plan: staff by hand, or a rule on a ladder or sales event' });
registerEnumType(FollowUpStepKind, { name: 'FollowUpStepKind' });
registerEnumType(EnrolmentStatus, { name: 'FollowUpEnrolmentStatus', description: 'WAITING_CALL: a call step waits for its outcome' });
registerEnumType(StepRunStatus, { name: 'FollowUpStepRunStatus' });
registerEnumType(CallOutcome, { name: 'CallOutcome', description: 'NO_ANSWER and BUSY are retried on the next working day up to the step\'s maxAttempts' });
registerEnumType(CallScope, { name: 'FollowUpCallScope', description: 'TODAY: due today or overdue, in the workspace time zone' });
registerEnumType(JobKind, { name: 'ScheduledJobKind', description: 'SLOT: runs every cron slot; DAILY: one run per calendar day, caught up after downtime' });
registerEnumType(JobRunTrigger, { name: 'JobRunTrigger' });
registerEnumType(JobRunStatus, { name: 'JobRunStatus' });

@ObjectType()
export class FollowUpStep {
  @Field(() => ID) id: string;
  @Field(() => Int) position: number;
  @Field(() => FollowUpStepKind) kind: FollowUpStepKind;
  @Field(() => Int, { description: 'Days after the previous step (after enrolment for the first); due at 10:00 local, 0 = at once' }) delayDays: number;
  @Field(() => String, { nullable: true }) templateKey: string | null;
  @Field(() => String, { nullable: true }) subject: string | null;
  @Field(() => String, { nullable: true }) body: string | null;
  @Field(() => String, { nullable: true }) callScript: string | null;
  @Field(() => Int) maxAttempts: number;
  @Field() skipIfPurchased: boolean;
  @Field() skipIfReplied: boolean;
}

@ObjectType()
export class FollowUpPlan {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => FollowUpTrigger) trigger: FollowUpTrigger;
  @Field() active: boolean;
  @Field(() => [ID], { description: 'Call steps of contacts without an owner go round-robin to these members' }) teamMemberIds: string[];
  @Field(() => [FollowUpStep]) steps: FollowUpStep[];
  @Field(() => Int) activeEnrolments: number;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@ObjectType()
export class FollowUpStepRun {
  @Field(() => Int) position: number;
  @Field(() => FollowUpStepKind) kind: FollowUpStepKind;
  @Field(() => StepRunStatus) status: StepRunStatus;
  @Field(() => String, { nullable: true, description: 'purchased, replied, an outcome, or an error' }) reason: string | null;
  @Field(() => ID, { nullable: true }) messageId: string | null;
  @Field(() => GraphQLISODateTime) executedAt: Date;
}

@ObjectType()
export class FollowUpEnrolment {
  @Field(() => ID) id: string;
  @Field(() => ID) planId: string;
  @Field() planName: string;
  @Field(() => ID) contactId: string;
  @Field() contactName: string;
  @Field(() => EnrolmentStatus) status: EnrolmentStatus;
  @Field({ description: 'MANUAL or the rule (trigger) that enrolled the contact' }) source: string;
  @Field(() => Int) nextPosition: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) nextDueAt: Date | null;
  @Field(() => GraphQLISODateTime) enrolledAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) finishedAt: Date | null;
  @Field(() => String, { nullable: true }) cancelReason: string | null;
  @Field(() => [FollowUpStepRun]) steps: FollowUpStepRun[];
}

@ObjectType()
export class FollowUpCall {
  @Field(() => ID) id: string;
  @Field(() => ID) taskId: string;
  @Field(() => ID) enrolmentId: string;
  @Field() planName: string;
  @Field(() => ID) contactId: string;
  @Field() contactName: string;
  @Field(() => String, { nullable: true }) contactPhone: string | null;
  @Field(() => Int) attempt: number;
  @Field(() => Int) maxAttempts: number;
  @Field(() => ID, { nullable: true }) assigneeMemberId: string | null;
  @Field(() => String, { nullable: true }) callScript: string | null;
  @Field(() => GraphQLISODateTime) dueAt: Date;
  @Field(() => CallOutcome, { nullable: true }) outcome: CallOutcome | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) recordedAt: Date | null;
}

@ObjectType()
export class JobRunErrorItem {
  @Field(() => ID, { nullable: true }) workspaceId: string | null;
  @Field() message: string;
}

@ObjectType()
export class JobRun {
  @Field(() => ID) id: string;
  @Field() job: string;
  @Field(() => String, { nullable: true, description: 'The cron slot (ISO start), start or manual' }) slot: string | null;
  @Field(() => String, { nullable: true, description: 'The day a daily job ran for (YYYY-MM-DD)' }) day: string | null;
  @Field({ description: 'True when the run was for this workspace only (an admin’s run now)' }) workspaceOnly: boolean;
  @Field(() => JobRunTrigger) trigger: JobRunTrigger;
  @Field(() => JobRunStatus) status: JobRunStatus;
  @Field(() => GraphQLISODateTime) queuedAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) startedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) finishedAt: Date | null;
  @Field(() => Int, { nullable: true }) items: number | null;
  @Field(() => Int, { description: 'All errors of the run; errors lists only this workspace’s' }) errorCount: number;
  @Field(() => [JobRunErrorItem]) errors: JobRunErrorItem[];
}

@ObjectType()
export class ScheduledJob {
  @Field() job: string;
  @Field(() => JobKind) kind: JobKind;
  @Field() cron: string;
  @Field() timeZone: string;
  @Field(() => String, { nullable: true, description: 'Daily jobs: the last day completed (the catch-up starts after it)' }) lastCompletedDay: string | null;
  @Field(() => JobRun, { nullable: true }) lastRun: JobRun | null;
}

@ObjectType()
export class UpcomingImportantDate {
  @Field(() => ID) importantDateId: string;
  @Field() kind: string;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field() subjectName: string;
  @Field(() => ID, { nullable: true }) contactId: string | null;
  @Field({ description: 'The occurrence (Gregorian YYYY-MM-DD)' }) occurrence: string;
  @Field({ description: 'The day its greeting is sent (occurrence minus lead days)' }) sendDay: string;
  @Field() channel: string;
  @Field({ description: 'True when the greeting of this occurrence was already handled' }) handled: boolean;
}

export const UpcomingImportantDateConnection = ConnectionType(UpcomingImportantDate);
