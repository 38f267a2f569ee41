import { Args, ArgsType, Field, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { RequirePermission } from '../../core/auth/auth.decorators';
import { RequestLoaders } from '../../core/context/request-loaders';
import { PageArgs } from '../../core/graphql/connection';
import { ContactLoaders } from '../contacts/contacts.loaders';
import { Contact } from '../contacts/models/contact.model';
import { StaffMember } from '../identity/models/staff.model';
import { StaffLoader } from '../identity/staff.loader';
import { CommissionsService } from './commissions.service';
import {
  CreateOpportunityInput, CreatePipelineStageInput, LoseOpportunityInput, MoveOpportunityInput, OpportunityFilter, SalesPeriodInput, SalesTeamInput,
  SetCommissionRuleInput, SetSalesQuotaInput, UpdateOpportunityInput, UpdatePipelineStageInput, WinProformaInput,
} from './dto/pipeline.inputs';
import {
  CommissionRule, Opportunity, OpportunityBoard, OpportunityConnection, PipelineStage, SalesPerformance, SalesPerformanceRow, SalesQuota, SalesTeam,
} from './models/pipeline.model';
import { OpportunitiesService } from './opportunities.service';
import { PipelineStagesService } from './pipeline-stages.service';
import { QuotasService } from './quotas.service';

@ArgsType()
class OpportunitiesArgs extends PageArgs {
  @Field(() => OpportunityFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => OpportunityFilter) filter?: OpportunityFilter;
}

@ArgsType()
class BoardArgs {
  @Field(() => OpportunityFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => OpportunityFilter) filter?: OpportunityFilter;
  @Field(() => Int, { defaultValue: 50, description: 'Opportunities listed per column (totals cover all), at most 100' }) @IsInt() @Min(1) @Max(100) perStage: number = 50;
}

/** The pipeline: stages (kanban columns) and opportunities. */
@Resolver(() => Opportunity)
export class PipelineResolver {
  constructor(
    private readonly service: OpportunitiesService,
    private readonly stages: PipelineStagesService,
    private readonly loaders: RequestLoaders,
    private readonly contactLoaders: ContactLoaders,
    private readonly staff: StaffLoader,
  ) {}

  @RequirePermission('orders:read')
  @Query(() => [PipelineStage])
  pipelineStages(): Promise<PipelineStage[]> {
    return this.stages.list();
  }

  @RequirePermission('orders:read')
  @Query(() => OpportunityConnection, { description: 'Newest first' })
  opportunities(@Args() args: OpportunitiesArgs) {
    return this.service.list(args, args.filter);
  }

  @RequirePermission('orders:read')
  @Query(() => OpportunityBoard, { description: 'The kanban: every stage with its totals and deals in order' })
  opportunityBoard(@Args() args: BoardArgs): Promise<OpportunityBoard> {
    return this.service.board(args.filter, args.perStage);
  }

  @RequirePermission('orders:read')
  @Query(() => Opportunity)
  opportunity(@Args('id', { type: () => ID }) id: string): Promise<Opportunity> {
    return this.service.get(id);
  }

  @RequirePermission('orders:write')
  @Mutation(() => Opportunity)
  createOpportunity(@Args('input') input: CreateOpportunityInput): Promise<Opportunity> {
    return this.service.create(input);
  }

  @RequirePermission('orders:write')
  @Mutation(() => Opportunity)
  updateOpportunity(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateOpportunityInput): Promise<Opportunity> {
    return this.service.update(id, input);
  }

  @RequirePermission('orders:write')
  @Mutation(() => Opportunity, { description: 'Moves an open deal to a place in an OPEN column; a closed deal → CONFLICT' })
  moveOpportunity(@Args('id', { type: () => ID }) id: string, @Args('input') input: MoveOpportunityInput): Promise<Opportunity> {
    return this.service.move(id, input);
  }

  @RequirePermission('orders:write')
  @Mutation(() => Opportunity, { description: 'Marks an open deal won (probability 100) and puts it in the WON column; with `proforma`, also creates its DRAFT pro-forma' })
  winOpportunity(
    @Args('id', { type: () => ID }) id: string,
    @Args('proforma', { type: () => WinProformaInput, nullable: true }) proforma?: WinProformaInput | null,
  ): Promise<Opportunity> {
    return this.service.win(id, proforma);
  }

  @RequirePermission('orders:write')
  @Mutation(() => Opportunity, { description: 'Marks an open deal lost with its reason (required) and puts it in the LOST column' })
  loseOpportunity(@Args('id', { type: () => ID }) id: string, @Args('input') input: LoseOpportunityInput): Promise<Opportunity> {
    return this.service.lose(id, input);
  }

  @RequirePermission('sales:manage')
  @Mutation(() => PipelineStage, { description: 'Adds an OPEN column' })
  createPipelineStage(@Args('input') input: CreatePipelineStageInput): Promise<PipelineStage> {
    return this.stages.create(input);
  }

  @RequirePermission('sales:manage')
  @Mutation(() => PipelineStage)
  updatePipelineStage(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdatePipelineStageInput): Promise<PipelineStage> {
    return this.stages.update(id, input);
  }

  @RequirePermission('sales:manage')
  @Mutation(() => [PipelineStage], { description: 'stageIds: every stage, in the new left-to-right order' })
  reorderPipelineStages(@Args('stageIds', { type: () => [ID] }) stageIds: string[]): Promise<PipelineStage[]> {
    return this.stages.reorder(stageIds);
  }

  @ResolveField(() => PipelineStage)
  stage(@Parent() o: Opportunity): Promise<PipelineStage> {
    return this.loaders
      .get<string, PipelineStage>('pipelineStageById', async (ids) => {
        const byId = new Map((await this.stages.findByIds(ids)).map((s) => [s.id, s]));
        return ids.map((id) => byId.get(id) ?? new Error(`PipelineStage ${id} was not found`));
      })
      .load(o.stageId);
  }

  @ResolveField(() => Contact, { nullable: true })
  contact(@Parent() o: Opportunity): Promise<Contact | null> {
    return this.contactLoaders.contact(o.contactId);
  }

  @ResolveField(() => StaffMember, { nullable: true, description: 'The rep' })
  owner(@Parent() o: Opportunity): Promise<StaffMember | null> {
    return o.ownerMemberId ? this.staff.load(o.ownerMemberId) : Promise.resolve(null);
  }
}

@ArgsType()
class TeamArgs {
  @Field(() => ID, { nullable: true, description: 'Omit to create a team' }) @IsOptional() id?: string;
  @Field(() => SalesTeamInput) @ValidateNested() @Type(() => SalesTeamInput) input: SalesTeamInput;
}

/** Sales teams, quotas, commission rules and the per-rep performance report. */
@Resolver(() => SalesPerformanceRow)
export class SalesPerformanceResolver {
  constructor(
    private readonly quotas: QuotasService,
    private readonly commissions: CommissionsService,
    private readonly staff: StaffLoader,
  ) {}

  @RequirePermission('orders:read')
  @Query(() => [SalesTeam])
  salesTeams(): Promise<SalesTeam[]> {
    return this.quotas.teams();
  }

  @RequirePermission('sales:manage')
  @Mutation(() => SalesTeam, { description: 'Creates a team (no id) or replaces its name, lead and members' })
  setSalesTeam(@Args() args: TeamArgs): Promise<SalesTeam> {
    return this.quotas.setTeam(args.id, args.input);
  }

  @RequirePermission('orders:read')
  @Query(() => [SalesQuota])
  salesQuotas(@Args('period') period: SalesPeriodInput): Promise<SalesQuota[]> {
    return this.quotas.list(period);
  }

  @RequirePermission('sales:manage')
  @Mutation(() => SalesQuota, { description: 'Sets the target of a rep or a team for a Jalali month or quarter' })
  setSalesQuota(@Args('input') input: SetSalesQuotaInput): Promise<SalesQuota> {
    return this.quotas.set(input);
  }

  @RequirePermission('orders:read')
  @Query(() => [CommissionRule])
  commissionRules(): Promise<CommissionRule[]> {
    return this.commissions.rules();
  }

  @RequirePermission('sales:manage')
  @Mutation(() => CommissionRule, { description: 'Creates or replaces the rule of its target (ALL, a rep or a team)' })
  setCommissionRule(@Args('input') input: SetCommissionRuleInput): Promise<CommissionRule> {
    return this.commissions.set(input);
  }

  @RequirePermission('orders:read')
  @Query(() => SalesPerformance, { description: 'Per rep and team: quota, paid amounts credited, attainment and commission' })
  salesPerformance(@Args('period') period: SalesPeriodInput): Promise<SalesPerformance> {
    return this.commissions.performance(period);
  }

  @ResolveField(() => StaffMember, { nullable: true })
  member(@Parent() row: SalesPerformanceRow): Promise<StaffMember | null> {
    return this.staff.load(row.memberId);
  }
}
