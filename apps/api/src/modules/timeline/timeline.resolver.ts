import { Args, ArgsType, Field, ID, InputType, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { IsArray, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { RequirePermission } from '../../core/auth/auth.decorators';
import { RequestContext } from '../../core/context/request-context';
import { TenantDb } from '../../core/database/tenant-db.service';
import { BadInputError } from '../../core/errors/domain-errors';
import { PageArgs } from '../../core/graphql/connection';
import { ContactsService } from '../contacts/contacts.service';
import { Contact } from '../contacts/models/contact.model';
import { StaffMember } from '../identity/models/staff.model';
import { StaffLoader } from '../identity/staff.loader';
import { Direction, LOGGABLE_KINDS, TimelineItem, TimelineItemConnection, TimelineKind } from './timeline.model';
import { TimelineService } from './timeline.service';

@ArgsType()
class TimelineArgs extends PageArgs {
  @Field(() => [TimelineKind], { nullable: true }) @IsOptional() @IsArray() @IsEnum(TimelineKind, { each: true }) kinds?: TimelineKind[];
  @Field({ nullable: true }) @IsOptional() @IsDate() from?: Date;
  @Field({ nullable: true }) @IsOptional() @IsDate() to?: Date;
}

@InputType()
class LogInteractionInput {
  @Field(() => ID) @IsUUID() contactId: string;
  @Field(() => TimelineKind) @IsEnum(TimelineKind) kind: TimelineKind;
  @Field(() => Direction, { defaultValue: Direction.NONE }) @IsEnum(Direction) direction: Direction = Direction.NONE;
  @Field({ nullable: true }) @IsOptional() @IsDate() occurredAt?: Date;
  @Field() @IsString() @Length(1, 300) summary: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(10000) body?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(86400) durationSeconds?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) outcome?: string;
}

@Resolver(() => Contact)
export class ContactTimelineResolver {
  constructor(private readonly service: TimelineService) {}

  @ResolveField(() => TimelineItemConnection, { description: 'Every interaction and event, newest first' })
  timeline(@Parent() contact: Contact, @Args() args: TimelineArgs) {
    return this.service.list(contact.id, args);
  }
}

@Resolver(() => TimelineItem)
export class TimelineResolver {
  constructor(
    private readonly timeline: TimelineService,
    private readonly contacts: ContactsService,
    private readonly db: TenantDb,
    private readonly context: RequestContext,
    private readonly staff: StaffLoader,
  ) {}

  @RequirePermission('contacts:write')
  @Mutation(() => TimelineItem, { description: 'Records a call, SMS, email, meeting, visit, note… on the contact’s timeline' })
  logInteraction(@Args('input') input: LogInteractionInput): Promise<TimelineItem> {
    if (!LOGGABLE_KINDS.includes(input.kind)) {
      throw BadInputError.field('input.kind', `must be one of ${LOGGABLE_KINDS.join(', ')}; other kinds are written by their modules`);
    }
    const principal = this.context.principal();
    return this.db.tx(async (em) => {
      const contact = await this.contacts.load(em, input.contactId);
      const item = await this.timeline.record(em, {
        workspaceId: contact.workspaceId,
        contactId: contact.id,
        kind: input.kind,
        direction: input.direction,
        occurredAt: input.occurredAt,
        summary: input.summary.trim(),
        body: input.body,
        data: { ...(input.durationSeconds != null ? { durationSeconds: input.durationSeconds } : {}), ...(input.outcome ? { outcome: input.outcome } : {}) },
        actorMemberId: principal?.kind === 'staff' ? principal.memberId : null,
      });
      return item!;
    });
  }

  @ResolveField(() => StaffMember, { nullable: true, description: 'The staff member who did it' })
  actor(@Parent() item: TimelineItem): Promise<StaffMember | null> {
    return item.actorMemberId ? this.staff.load(item.actorMemberId) : Promise.resolve(null);
  }
}
