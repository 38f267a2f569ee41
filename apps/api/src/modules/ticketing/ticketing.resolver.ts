import { Args, ArgsType, Field, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { RequirePermission } from '../../core/auth/auth.decorators';
import { TenantDb } from '../../core/database/tenant-db.service';
import { PageArgs } from '../../core/graphql/connection';
import { ContactLoaders } from '../contacts/contacts.loaders';
import { Contact } from '../contacts/models/contact.model';
import { StaffMember } from '../identity/models/staff.model';
import { StaffLoader } from '../identity/staff.loader';
import {
  CreateTicketCategoryInput, CreateTicketInput, ReplyToTicketInput, SlaPolicyInput, TicketFilter, TicketMacroInput, TicketQueueInput, UpdateTicketingSettingsInput,
  UpdateTicketInput, UpdateTicketQueueInput,
} from './dto/ticket.inputs';
import { TicketStatus } from './models/ticket.enums';
import { SlaPolicy, Ticket, TicketAttachment, TicketCategory, TicketConnection, TicketHistoryEvent, TicketingSettings, TicketMacro, TicketMessage, TicketMetrics, TicketQueue } from './models/ticket.model';
import { TicketSettingsService } from './ticket-settings.service';
import { TicketsQueries } from './tickets-queries.service';
import { TicketsService, TRANSITIONS } from './tickets.service';
import { TicketMacrosService } from './macros/ticket-macros.service';
import { TicketMetricsService } from './metrics/ticket-metrics.service';

@ArgsType()
class TicketsArgs extends PageArgs {
  @Field(() => TicketFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => TicketFilter) filter?: TicketFilter;
}

@ArgsType()
class AssignArgs {
  @Field(() => ID) @IsUUID('all', { message: 'id must be an id' }) id: string;
  @Field(() => ID, { nullable: true, description: 'null unassigns' }) @IsOptional() @IsUUID('all', { message: 'assigneeId must be a staff member id' }) assigneeId?: string | null;
}

@ArgsType()
class StatusArgs {
  @Field(() => ID) @IsUUID('all', { message: 'id must be an id' }) id: string;
  @Field(() => TicketStatus) @IsEnum(TicketStatus) status: TicketStatus;
}

@Resolver(() => Ticket)
export class TicketsResolver {
  constructor(
    private readonly db: TenantDb,
    private readonly service: TicketsService,
    private readonly queries: TicketsQueries,
    private readonly contacts: ContactLoaders,
    private readonly staff: StaffLoader,
  ) {}

  @RequirePermission('tickets:read')
  @Query(() => TicketConnection, { description: 'Tickets, newest first (inbox views: mine, unassigned, breaching soon, by queue)' })
  tickets(@Args() args: TicketsArgs) {
    return this.queries.list(args, args.filter);
  }

  @RequirePermission('tickets:read')
  @Query(() => Ticket)
  ticket(@Args('id', { type: () => ID }) id: string): Promise<Ticket> {
    return this.queries.get(id);
  }

  @RequirePermission('tickets:write')
  @Mutation(() => Ticket, { description: 'Numbers, routes (category → queue → expert) and alerts the expert; the customer gets an acknowledgement' })
  async createTicket(
    @Args('input') input: CreateTicketInput,
    @Args('idempotencyKey', { type: () => String, nullable: true }) idempotencyKey?: string | null,
  ): Promise<Ticket> {
    return this.db.tx(async () => this.queries.get(await this.service.create(input, idempotencyKey)));
  }

  @RequirePermission('tickets:write')
  @Mutation(() => Ticket, { description: 'A public reply (sent to the customer) or, with internal: true, a note only staff ever see' })
  async replyToTicket(@Args('id', { type: () => ID }) id: string, @Args('input') input: ReplyToTicketInput): Promise<Ticket> {
    return this.db.tx(async () => this.queries.get(await this.service.reply(id, input)));
  }

  @RequirePermission('tickets:write')
  @Mutation(() => Ticket, { description: 'Reassigns (audited); the new assignee is alerted' })
  async assignTicket(@Args() args: AssignArgs): Promise<Ticket> {
    return this.db.tx(async () => this.queries.get(await this.service.assign(args.id, args.assigneeId ?? null)));
  }

  @RequirePermission('tickets:write')
  @Mutation(() => Ticket, { description: 'CONFLICT names the current status when the transition is impossible' })
  async setTicketStatus(@Args() args: StatusArgs): Promise<Ticket> {
    return this.db.tx(async () => this.queries.get(await this.service.setStatus(args.id, args.status)));
  }

  @RequirePermission('tickets:write')
  @Mutation(() => Ticket, { description: 'Subject, type, priority (recomputes the SLA due times), category (and queue), tags' })
  async updateTicket(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateTicketInput): Promise<Ticket> {
    return this.db.tx(async () => this.queries.get(await this.service.update(id, input)));
  }

  @RequirePermission('tickets:write')
  @Mutation(() => Ticket)
  async resolveTicket(@Args('id', { type: () => ID }) id: string): Promise<Ticket> {
    return this.db.tx(async () => this.queries.get(await this.service.resolve(id)));
  }

  @RequirePermission('tickets:write')
  @Mutation(() => Ticket, { description: 'Final: a closed ticket takes no replies' })
  async closeTicket(@Args('id', { type: () => ID }) id: string): Promise<Ticket> {
    return this.db.tx(async () => this.queries.get(await this.service.close(id)));
  }

  @ResolveField(() => [TicketMessage], { description: 'The conversation for staff, internal notes included' })
  messages(@Parent() ticket: Ticket) {
    return this.queries.messages(ticket.id);
  }

  @ResolveField(() => [TicketAttachment], { description: 'Every file of the ticket, internal notes’ included (each message lists its own)' })
  attachments(@Parent() ticket: Ticket) {
    return this.queries.attachmentsOf(ticket.id);
  }

  @ResolveField(() => [TicketStatus], { description: 'The statuses setTicketStatus accepts from the current one' })
  allowedTransitions(@Parent() ticket: Ticket): TicketStatus[] {
    return TRANSITIONS[ticket.status];
  }

  @ResolveField(() => [TicketHistoryEvent], { description: 'Assignment, status and SLA history' })
  history(@Parent() ticket: Ticket) {
    return this.queries.history(ticket.id);
  }

  @ResolveField(() => Contact, { nullable: true })
  contact(@Parent() ticket: Ticket) {
    return this.contacts.contact(ticket.contactId);
  }

  @ResolveField(() => StaffMember, { nullable: true })
  assignee(@Parent() ticket: Ticket) {
    return ticket.assigneeMemberId ? this.staff.load(ticket.assigneeMemberId) : null;
  }

  @ResolveField(() => ID, { nullable: true })
  queueId(@Parent() ticket: Ticket) {
    return ticket.queueId;
  }

  @ResolveField(() => ID, { nullable: true })
  categoryId(@Parent() ticket: Ticket) {
    return ticket.categoryId;
  }
}

@Resolver(() => TicketMessage)
export class TicketMessagesResolver {
  constructor(private readonly staff: StaffLoader) {}

  @ResolveField(() => StaffMember, { nullable: true, description: 'The staff author of a reply or note' })
  author(@Parent() message: TicketMessage) {
    return message.authorMemberId ? this.staff.load(message.authorMemberId) : null;
  }
}

@Resolver(() => TicketHistoryEvent)
export class TicketHistoryResolver {
  constructor(private readonly staff: StaffLoader) {}

  @ResolveField(() => StaffMember, { nullable: true, description: 'Who did it (none for automatic steps)' })
  actor(@Parent() event: TicketHistoryEvent) {
    return event.actorMemberId ? this.staff.load(event.actorMemberId) : null;
  }
}

@Resolver()
export class TicketSettingsResolver {
  constructor(private readonly settings: TicketSettingsService) {}

  @RequirePermission('tickets:read')
  @Query(() => [TicketQueue])
  ticketQueues(): Promise<TicketQueue[]> {
    return this.settings.queues();
  }

  @RequirePermission('tickets:read')
  @Query(() => [TicketCategory])
  ticketCategories(): Promise<TicketCategory[]> {
    return this.settings.categories();
  }

  @RequirePermission('tickets:read')
  @Query(() => [SlaPolicy], { description: 'One per priority (the defaults until set)' })
  slaPolicies(): Promise<SlaPolicy[]> {
    return this.settings.slaPolicies();
  }

  @RequirePermission('tickets:manage')
  @Mutation(() => TicketQueue)
  createTicketQueue(@Args('input') input: TicketQueueInput): Promise<TicketQueue> {
    return this.settings.createQueue(input);
  }

  @RequirePermission('tickets:manage')
  @Mutation(() => TicketQueue)
  updateTicketQueue(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateTicketQueueInput): Promise<TicketQueue> {
    return this.settings.updateQueue(id, input);
  }

  @RequirePermission('tickets:manage')
  @Mutation(() => TicketCategory)
  createTicketCategory(@Args('input') input: CreateTicketCategoryInput): Promise<TicketCategory> {
    return this.settings.createCategory(input);
  }

  @RequirePermission('tickets:manage')
  @Mutation(() => SlaPolicy)
  setSlaPolicy(@Args('input') input: SlaPolicyInput): Promise<SlaPolicy> {
    return this.settings.setSlaPolicy(input);
  }

  @RequirePermission('tickets:read')
  @Query(() => TicketingSettings)
  ticketingSettings(): Promise<TicketingSettings> {
    return this.settings.ticketingSettings();
  }

  @RequirePermission('tickets:manage')
  @Mutation(() => TicketingSettings)
  updateTicketingSettings(@Args('input') input: UpdateTicketingSettingsInput): Promise<TicketingSettings> {
    return this.settings.updateTicketingSettings(input);
  }
}

@ArgsType()
class MetricsArgs {
  @Field({ description: 'Tickets created from (inclusive)' }) @IsDate() @Type(() => Date) from: Date;
  @Field({ description: 'until (exclusive)' }) @IsDate() @Type(() => Date) to: Date;
}

@Resolver()
export class TicketMacrosResolver {
  constructor(
    private readonly macros: TicketMacrosService,
    private readonly metrics: TicketMetricsService,
  ) {}

  @RequirePermission('tickets:read')
  @Query(() => [TicketMacro], { description: 'Canned replies, by name' })
  ticketMacros(): Promise<TicketMacro[]> {
    return this.macros.list();
  }

  @RequirePermission('tickets:read')
  @Query(() => String, { description: 'A canned reply’s text for a ticket, variables filled in (for the composer)' })
  renderTicketMacro(@Args('id', { type: () => ID }) id: string, @Args('ticketId', { type: () => ID }) ticketId: string): Promise<string> {
    return this.macros.render(id, ticketId);
  }

  @RequirePermission('tickets:manage')
  @Mutation(() => TicketMacro)
  createTicketMacro(@Args('input') input: TicketMacroInput): Promise<TicketMacro> {
    return this.macros.create(input);
  }

  @RequirePermission('tickets:manage')
  @Mutation(() => TicketMacro)
  updateTicketMacro(@Args('id', { type: () => ID }) id: string, @Args('input') input: TicketMacroInput): Promise<TicketMacro> {
    return this.macros.update(id, input);
  }

  @RequirePermission('tickets:manage')
  @Mutation(() => Boolean)
  deleteTicketMacro(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.macros.delete(id);
  }

  @RequirePermission('tickets:read')
  @Query(() => TicketMetrics, { description: 'Complaint rate, volume by category, response/resolution times, SLA compliance and CSAT of the tickets created in [from, to)' })
  ticketMetrics(@Args() args: MetricsArgs): Promise<TicketMetrics> {
    return this.metrics.metrics(args.from, args.to);
  }
}
