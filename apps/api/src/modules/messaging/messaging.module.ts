import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContactsModule } from '../contacts/contacts.module';
import { EmailChannel, SmsChannel } from './channels';
import { MessageEntity, MessageEventEntity } from './message.entity';
import { MessagingResolver } from './messaging.resolver';
import { MessagingService } from './messaging.service';
import { SmsWebhookController } from './sms-webhook.controller';

/** Email and SMS through one durable outbox (see messaging.service.ts). Other modules send through MessagingService.enqueueIn. */
@Module({
  imports: [TypeOrmModule.forFeature([MessageEntity, MessageEventEntity]), ContactsModule],
  controllers: [SmsWebhookController],
  providers: [MessagingService, MessagingResolver, EmailChannel, SmsChannel],
  exports: [MessagingService],
})
export class MessagingModule {}
