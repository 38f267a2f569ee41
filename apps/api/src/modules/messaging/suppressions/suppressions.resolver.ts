import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequirePermission } from '../../../core/auth/auth.decorators';
import { Connection, PageArgs } from '../../../core/graphql/connection';
import { AddSuppressionInput, Suppression, SuppressionConnection, SuppressionFilter } from './suppression.model';
import { SuppressionsService } from './suppressions.service';

@Resolver(() => Suppression)
export class SuppressionsResolver {
  constructor(private readonly service: SuppressionsService) {}

  @RequirePermission('messages:read')
  @Query(() => SuppressionConnection, { description: 'The suppression (do-not-contact) list, newest first' })
  suppressions(@Args() page: PageArgs, @Args('filter', { type: () => SuppressionFilter, nullable: true }) filter?: SuppressionFilter): Promise<Connection<Suppression>> {
    return this.service.list(page, filter ?? {});
  }

  @RequirePermission('suppressions:write')
  @Mutation(() => Suppression, { description: 'Puts an address on the do-not-contact list (idempotent: an address already listed is returned as it is)' })
  addSuppression(@Args('input') input: AddSuppressionInput): Promise<Suppression> {
    return this.service.add(input);
  }

  @RequirePermission('suppressions:write')
  @Mutation(() => Boolean, { description: 'Takes an address off the suppression list' })
  removeSuppression(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.service.remove(id);
  }
}
