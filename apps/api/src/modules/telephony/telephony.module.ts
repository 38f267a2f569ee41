import { Module } from '@nestjs/common';
import { ContactsModule } from '../contacts/contacts.module';
import { IdentityModule } from '../identity/identity.module';
import { TasksModule } from '../tasks/tasks.module';
import { TimelineModule } from '../timeline/timeline.module';
import { TelephonyController } from './telephony.controller';
import { TelephonyResolver } from './telephony.resolver';
import { TelephonyService } from './telephony.service';

@Module({
  imports: [ContactsModule, IdentityModule, TasksModule, TimelineModule],
  controllers: [TelephonyController],
  providers: [TelephonyService, TelephonyResolver],
})
export class TelephonyModule {}
