import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContactsModule } from '../contacts/contacts.module';
import { IdentityModule } from '../identity/identity.module';
import { SalesModule } from '../sales/sales.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { CommissionsService } from './commissions.service';
import { OpportunitiesService } from './opportunities.service';
import { CommissionRuleEntity, OpportunityEntity, PipelineStageEntity, SalesQuotaEntity, SalesTeamEntity, SalesTeamMemberEntity } from './pipeline.entities';
import { PipelineResolver, SalesPerformanceResolver } from './pipeline.resolver';
import { PipelineStagesService } from './pipeline-stages.service';
import { QuotasService } from './quotas.service';
import { SalesCreditProjector } from './sales-credit.projector';

@Module({
  imports: [
    TypeOrmModule.forFeature([PipelineStageEntity, OpportunityEntity, SalesTeamEntity, SalesTeamMemberEntity, SalesQuotaEntity, CommissionRuleEntity]),
    ContactsModule,
    IdentityModule,
    SalesModule,
    WorkspacesModule,
  ],
  providers: [PipelineStagesService, OpportunitiesService, QuotasService, CommissionsService, SalesCreditProjector, PipelineResolver, SalesPerformanceResolver],
  exports: [OpportunitiesService, PipelineStagesService, QuotasService, CommissionsService],
})
export class PipelineModule {}
