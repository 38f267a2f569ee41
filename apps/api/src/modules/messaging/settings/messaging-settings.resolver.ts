import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequirePermission } from '../../../core/auth/auth.decorators';
import { MessageChannel } from '../message.model';
import { MessagingSettings, TestMessageResult, UpdateMessagingSettingsInput } from './messaging-settings.model';
import { MessagingSettingsService } from './messaging-settings.service';
import { TestMessageService } from './test-message.service';

@Resolver(() => MessagingSettings)
export class MessagingSettingsResolver {
  constructor(
    private readonly settings: MessagingSettingsService,
    private readonly testMessages: TestMessageService,
  ) {}

  @RequirePermission('messaging:settings')
  @Query(() => MessagingSettings, { description: 'Email and SMS channel settings of the workspace (secrets are never returned)' })
  messagingSettings(): Promise<MessagingSettings> {
    return this.settings.get();
  }

  @RequirePermission('messaging:settings')
  @Mutation(() => MessagingSettings)
  updateMessagingSettings(@Args('input') input: UpdateMessagingSettingsInput): Promise<MessagingSettings> {
    return this.settings.update(input);
  }

  @RequirePermission('messaging:settings')
  @Mutation(() => TestMessageResult, { description: 'Sends a test message now through the workspace’s channel (not the outbox) and returns the provider’s answer' })
  sendTestMessage(@Args('channel', { type: () => MessageChannel }) channel: MessageChannel, @Args('to') to: string): Promise<TestMessageResult> {
    return this.testMessages.send(channel, to);
  }
}
