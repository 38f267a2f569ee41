import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContactsModule } from '../contacts/contacts.module';
import { IdentityModule } from '../identity/identity.module';
import { MessagingModule } from '../messaging/messaging.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { InboundEmailController } from './inbound-email.controller';
import { SlaPolicyEntity, TicketCategoryEntity, TicketEntity, TicketEventEntity, TicketMessageEntity, TicketQueueEntity } from './ticket.entities';
import { TicketSettingsService } from './ticket-settings.service';
import { TicketingJobs } from './ticketing.jobs';
import { TicketHistoryResolver, TicketMessagesResolver, TicketSettingsResolver, TicketsResolver } from './ticketing.resolver';
import { TicketsQueries } from './tickets-queries.service';
import { TicketsService } from './tickets.service';

/** After-sales tickets: queues, assignment, SLAs, conversation, inbound SMS/email (docs: tickets.service.ts). */
@Module({
  imports: [
    TypeOrmModule.forFeature([TicketEntity, TicketQueueEntity, TicketCategoryEntity, SlaPolicyEntity, TicketMessageEntity, TicketEventEntity]),
    ContactsModule,
    IdentityModule,
    MessagingModule,
    WorkspacesModule,
  ],
  controllers: [InboundEmailController],
  providers: [TicketsService, TicketsQueries, TicketSettingsService, TicketingJobs, TicketsResolver, TicketMessagesResolver, TicketHistoryResolver, TicketSettingsResolver],
  exports: [TicketsService, TicketsQueries],
})
export class TicketingModule {}
