import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { ClsMiddleware } from 'nestjs-cls';
import { AuthMiddleware } from '../../core/http/auth.middleware';
import { RateLimitMiddleware } from '../../core/http/rate-limit.middleware';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContactsModule } from '../contacts/contacts.module';
import { IdentityModule } from '../identity/identity.module';
import { MessagingModule } from '../messaging/messaging.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { AttachmentsController } from './attachments/attachments.controller';
import { AttachmentsService } from './attachments/attachments.service';
import { ClubTicketsResolver, TicketRatingResolver } from './club-tickets.resolver';
import { ClubTicketsService } from './club-tickets.service';
import { CsatController } from './csat/csat.controller';
import { TicketCsatService } from './csat/ticket-csat.service';
import { InboundEmailController } from './inbound-email.controller';
import { TicketMacrosService } from './macros/ticket-macros.service';
import { TicketMetricsService } from './metrics/ticket-metrics.service';
import { TicketLinks } from './signed-links';
import {
  SlaPolicyEntity, TicketAttachmentEntity, TicketCategoryEntity, TicketEntity, TicketEventEntity, TicketMacroEntity, TicketMessageEntity, TicketQueueEntity,
  TicketSettingsEntity,
} from './ticket.entities';
import { TicketSettingsService } from './ticket-settings.service';
import { TicketingJobs } from './ticketing.jobs';
import { TicketHistoryResolver, TicketMacrosResolver, TicketMessagesResolver, TicketSettingsResolver, TicketsResolver } from './ticketing.resolver';
import { TicketsQueries } from './tickets-queries.service';
import { TicketsService } from './tickets.service';

/** After-sales tickets: queues, assignment, SLAs, conversation, attachments, CSAT, macros, inbound SMS/email, the club member's tickets (docs/TICKETING.md). */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      TicketEntity, TicketQueueEntity, TicketCategoryEntity, SlaPolicyEntity, TicketMessageEntity, TicketEventEntity, TicketAttachmentEntity, TicketMacroEntity,
      TicketSettingsEntity,
    ]),
    ContactsModule,
    IdentityModule,
    MessagingModule,
    WorkspacesModule,
  ],
  controllers: [InboundEmailController, AttachmentsController, CsatController],
  providers: [
    TicketsService, TicketsQueries, TicketSettingsService, TicketingJobs, TicketLinks, AttachmentsService, TicketCsatService, TicketMacrosService,
    TicketMetricsService, ClubTicketsService, TicketsResolver, TicketMessagesResolver, TicketHistoryResolver, TicketSettingsResolver, TicketMacrosResolver,
    ClubTicketsResolver, TicketRatingResolver,
  ],
  exports: [TicketsService, TicketsQueries, TicketMetricsService],
})
export class TicketingModule implements NestModule {
  /** The upload routes read the same bearer as /graphql (the app module mounts it for graphql and webhooks only). */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ClsMiddleware, AuthMiddleware, RateLimitMiddleware).forRoutes('attachments', 'attachments/*path');
  }
}
