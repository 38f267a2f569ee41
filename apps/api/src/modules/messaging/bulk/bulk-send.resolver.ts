import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequirePermission } from '../../../core/auth/auth.decorators';
import { BulkSend, SendBulkMessageInput } from './bulk-send.model';
import { BulkSendService } from './bulk-send.service';

@Resolver(() => BulkSend)
export class BulkSendResolver {
  constructor(private readonly bulk: BulkSendService) {}

  @RequirePermission('campaigns:write')
  @Mutation(() => BulkSend, { description: 'Queues a personalised message to every contact matching the filter, in the background' })
  sendBulkMessage(@Args('input') input: SendBulkMessageInput): Promise<BulkSend> {
    return this.bulk.start(input);
  }

  @RequirePermission('messages:read')
  @Query(() => BulkSend)
  bulkSend(@Args('id', { type: () => ID }) id: string): Promise<BulkSend> {
    return this.bulk.get(id);
  }
}
