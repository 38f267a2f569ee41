import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BusinessCalendarEntity } from './business-calendar.entity';
import { BusinessCalendarResolver } from './business-calendar.resolver';
import { BusinessCalendarService } from './business-calendar.service';
import { WorkspaceEntity } from './workspace.entity';
import { WorkspacesResolver } from './workspaces.resolver';
import { WorkspacesService } from './workspaces.service';

@Module({
  imports: [TypeOrmModule.forFeature([WorkspaceEntity, BusinessCalendarEntity])],
  providers: [WorkspacesService, WorkspacesResolver, BusinessCalendarService, BusinessCalendarResolver],
  exports: [WorkspacesService, BusinessCalendarService],
})
export class WorkspacesModule {}
