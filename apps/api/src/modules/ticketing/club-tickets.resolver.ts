import { Args, ArgsType, Field, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { ClubMember, Public } from '../../core/auth/auth.decorators';
import { TenantDb } from '../../core/database/tenant-db.service';
import { ConnectionType, PageArgs } from '../../core/graphql/connection';
import { ClubTicketsService } from './club-tickets.service';
import { TicketCsatService } from './csat/ticket-csat.service';
import { CreateMyTicketInput, RateTicketInput, ReplyToMyTicketInput } from './dto/ticket.inputs';
import { ClubTicket, ClubTicketMessage } from './models/ticket.model';

const ClubTicketConnection = ConnectionType(ClubTicket);

@ArgsType()
class RateByTokenArgs {
  @Field({ description: 'The token of the survey link (…/csat/<token>)' }) @IsString() @Length(10, 200) token: string;
  @Field(() => Int, { description: '1 (very unhappy) … 5 (very happy)' }) @IsInt({ message: 'score must be 1 to 5' }) @Min(1, { message: 'score must be 1 to 5' }) @Max(5, { message: 'score must be 1 to 5' }) score: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 2000) comment?: string;
}

@Resolver(() => ClubTicket)
export class ClubTicketsResolver {
  constructor(
    private readonly db: TenantDb,
    private readonly service: ClubTicketsService,
  ) {}

  @ClubMember()
  @Query(() => ClubTicketConnection, { description: 'The signed-in member’s tickets, newest first' })
  myTickets(@Args() args: PageArgs) {
    return this.service.list(args);
  }

  @ClubMember()
  @Query(() => ClubTicket, { description: 'NOT_FOUND unless it is the member’s own' })
  myTicket(@Args('id', { type: () => ID }) id: string): Promise<ClubTicket> {
    return this.service.get(id);
  }

  @ClubMember()
  @Mutation(() => ClubTicket, { description: 'Files a ticket from the club panel (channel CLUB); the expert is alerted, the member acknowledged' })
  async createMyTicket(
    @Args('input') input: CreateMyTicketInput,
    @Args('idempotencyKey', { type: () => String, nullable: true }) idempotencyKey?: string | null,
  ): Promise<ClubTicket> {
    return this.db.tx(async () => this.service.get(await this.service.create(input, idempotencyKey)));
  }

  @ClubMember()
  @Mutation(() => ClubTicket, { description: 'The member writes on their ticket; a resolved or waiting ticket reopens' })
  async replyToMyTicket(@Args('id', { type: () => ID }) id: string, @Args('input') input: ReplyToMyTicketInput): Promise<ClubTicket> {
    return this.db.tx(async () => this.service.get(await this.service.reply(id, input)));
  }

  @ClubMember()
  @Mutation(() => ClubTicket, { description: 'Answers the satisfaction survey of the last resolution (once; CONFLICT after)' })
  async rateMyTicket(@Args('id', { type: () => ID }) id: string, @Args('input') input: RateTicketInput): Promise<ClubTicket> {
    return this.db.tx(async () => this.service.get(await this.service.rate(id, input)));
  }

  @ResolveField(() => [ClubTicketMessage], { description: 'Public replies and the member’s own messages (never internal notes)' })
  messages(@Parent() ticket: ClubTicket): Promise<ClubTicketMessage[]> {
    return this.service.messages(ticket.id);
  }
}

@Resolver()
export class TicketRatingResolver {
  constructor(private readonly csat: TicketCsatService) {}

  @Public()
  @Mutation(() => Boolean, { description: 'Answers a survey by its signed link (no sign-in); NOT_FOUND for a bad link, CONFLICT when already answered' })
  async rateTicket(@Args() args: RateByTokenArgs): Promise<boolean> {
    await this.csat.rateByToken(args.token, args.score, args.comment);
    return true;
  }
}
