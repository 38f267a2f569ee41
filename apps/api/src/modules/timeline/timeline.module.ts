import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContactsModule } from '../contacts/contacts.module';
import { IdentityModule } from '../identity/identity.module';
import { TimelineItemEntity } from './timeline-item.entity';
import { ClubTimelineProjector } from './club-timeline.projector';
import { TimelineProjector } from './timeline.projector';
import { ContactTimelineResolver, TimelineResolver } from './timeline.resolver';
import { TimelineService } from './timeline.service';

@Module({
  imports: [TypeOrmModule.forFeature([TimelineItemEntity]), ContactsModule, IdentityModule],
  providers: [TimelineService, TimelineProjector, ClubTimelineProjector, TimelineResolver, ContactTimelineResolver],
  exports: [TimelineService],
})
export class TimelineModule {}
