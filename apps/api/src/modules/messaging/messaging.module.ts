import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContactsModule } from '../contacts/contacts.module';
import { IdentityModule } from '../identity/identity.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { EmailChannel, SmsChannel } from './channels';
import { BulkSendResolver } from './bulk/bulk-send.resolver';
import { BulkSendService } from './bulk/bulk-send.service';
import { MessageDispatcher } from './delivery/message-dispatcher';
import { MessageEntity, MessageEventEntity } from './message.entity';
import { MessagingResolver } from './messaging.resolver';
import { MessagingService } from './messaging.service';
import { DeliveryReportsController } from './delivery-reports.controller';
import { DeliveryReportsService } from './delivery-reports.service';
import { MessagingSettingsEntity } from './settings/messaging-settings.entity';
import { MessagingSettingsResolver } from './settings/messaging-settings.resolver';
import { MessagingSettingsService } from './settings/messaging-settings.service';
import { TestMessageService } from './settings/test-message.service';
import { SmsWebhookController } from './sms-webhook.controller';
import { SuppressionEntity } from './suppressions/suppression.entity';
import { SuppressionsResolver } from './suppressions/suppressions.resolver';
import { SuppressionsService } from './suppressions/suppressions.service';
import { UnsubscribeLinks } from './unsubscribe/unsubscribe-links';
import { UnsubscribeController } from './unsubscribe/unsubscribe.controller';
import { UnsubscribeService } from './unsubscribe/unsubscribe.service';
import { MessageTemplateEntity } from './templates/message-template.entity';
import { MessageTemplatesResolver } from './templates/message-templates.resolver';
import { MessageTemplatesService } from './templates/message-templates.service';
import { StaffAlertsResolver } from './staff-alerts/staff-alerts.resolver';
import { StaffAlertsService } from './staff-alerts/staff-alerts.service';
import { TaskAssignedAlert } from './staff-alerts/task-assigned.alert';

/** Email and SMS through one durable outbox (see messaging.service.ts). Other modules send through MessagingService.enqueueIn. */
@Module({
  imports: [TypeOrmModule.forFeature([MessageEntity, MessageEventEntity, MessageTemplateEntity, MessagingSettingsEntity, SuppressionEntity]), ContactsModule, IdentityModule, WorkspacesModule],
  controllers: [SmsWebhookController, DeliveryReportsController, UnsubscribeController],
  providers: [MessagingService, MessageDispatcher, MessagingResolver, EmailChannel, SmsChannel, MessageTemplatesService, MessageTemplatesResolver,
    MessagingSettingsService, MessagingSettingsResolver, TestMessageService, SuppressionsService, SuppressionsResolver, DeliveryReportsService,
    UnsubscribeLinks, UnsubscribeService, StaffAlertsService, StaffAlertsResolver, TaskAssignedAlert,
    BulkSendService, BulkSendResolver],
  exports: [MessagingService, StaffAlertsService, MessageTemplatesService, SuppressionsService, MessagingSettingsService, UnsubscribeLinks],
})
export class MessagingModule {}
