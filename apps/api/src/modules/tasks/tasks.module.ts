import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContactsModule } from '../contacts/contacts.module';
import { IdentityModule } from '../identity/identity.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { TaskEntity } from './task.entity';
import { ContactTasksResolver, TasksResolver } from './tasks.resolver';
import { TasksService } from './tasks.service';

@Module({
  imports: [TypeOrmModule.forFeature([TaskEntity]), ContactsModule, IdentityModule, WorkspacesModule],
  providers: [TasksService, TasksResolver, ContactTasksResolver],
  exports: [TasksService],
})
export class TasksModule {}
