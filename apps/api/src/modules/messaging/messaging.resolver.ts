import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequirePermission } from '../../core/auth/auth.decorators';
import { RequestLoaders } from '../../core/context/request-loaders';
import { ContactLoaders } from '../contacts/contacts.loaders';
import { Contact } from '../contacts/models/contact.model';
import { Connection, PageArgs } from '../../core/graphql/connection';
import { countSmsParts } from '@peyvand/text';
import { Message, MessageChannel, MessageConnection, MessageEvent, MessageFilter, SendMessageInput, SmsPartsModel } from './message.model';
import { MessagingService } from './messaging.service';

@Resolver(() => Message)
export class MessagingResolver {
  constructor(
    private readonly messaging: MessagingService,
    private readonly loaders: RequestLoaders,
    private readonly contactLoaders: ContactLoaders,
  ) {}

  @RequirePermission('messages:send')
  @Mutation(() => Message, { description: 'Queues a one-off email or SMS to a contact (delivered by the outbox worker)' })
  sendMessage(@Args('input') input: SendMessageInput): Promise<Message> {
    return this.messaging.send(input);
  }

  @RequirePermission('messages:read')
  @Query(() => MessageConnection, { description: 'The outbox, newest first' })
  messages(@Args() page: PageArgs, @Args('filter', { type: () => MessageFilter, nullable: true }) filter?: MessageFilter): Promise<Connection<Message>> {
    return this.messaging.list(page, filter ?? {});
  }

  @RequirePermission('messages:read')
  @Query(() => Message)
  message(@Args('id', { type: () => ID }) id: string): Promise<Message> {
    return this.messaging.get(id);
  }

  @RequirePermission('messages:read')
  @Query(() => SmsPartsModel, { description: 'How many SMS parts a text takes (shown before sending)' })
  smsParts(@Args('text') text: string): SmsPartsModel {
    return countSmsParts(text);
  }

  @ResolveField(() => [MessageEvent], { description: 'Delivery history, oldest first' })
  events(@Parent() message: Message): Promise<MessageEvent[]> {
    return this.loaders
      .get<string, MessageEvent[]>('messageEvents', async (ids) => {
        const map = await this.messaging.eventsOf(ids);
        return ids.map((id) => map.get(id) ?? []);
      })
      .load(message.id);
  }

  @ResolveField(() => Contact, { nullable: true, description: 'The customer (null for staff alerts, unknown senders and deleted contacts)' })
  contact(@Parent() message: Message): Promise<Contact | null> {
    return message.contactId ? this.contactLoaders.contact(message.contactId) : Promise.resolve(null);
  }

  @ResolveField(() => SmsPartsModel, { nullable: true, description: 'For SMS: the parts the body takes' })
  smsPartCount(@Parent() message: Message): SmsPartsModel | null {
    return message.channel === MessageChannel.SMS ? countSmsParts(message.bodyText) : null;
  }
}
