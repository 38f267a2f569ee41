import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequirePermission } from '../../core/auth/auth.decorators';
import { API_KEY_SCOPES } from '../../core/auth/permissions';
import { PageArgs } from '../../core/graphql/connection';
import { StaffMember } from '../identity/models/staff.model';
import { StaffLoader } from '../identity/staff.loader';
import { ApiKeysService } from './api-keys.service';
import { CreateApiKeyInput } from './dto/create-api-key.input';
import { ApiKey, ApiKeyConnection, CreateApiKeyPayload } from './models/api-key.model';

@Resolver(() => ApiKey)
export class ApiKeysResolver {
  constructor(
    private readonly service: ApiKeysService,
    private readonly staff: StaffLoader,
  ) {}

  @RequirePermission('apiKeys:manage')
  @Query(() => ApiKeyConnection)
  apiKeys(@Args() page: PageArgs) {
    return this.service.list(page);
  }

  @RequirePermission('apiKeys:manage')
  @Query(() => [String], { description: 'Scopes an API key may be given' })
  apiScopes(): string[] {
    return [...API_KEY_SCOPES];
  }

  @RequirePermission('apiKeys:manage')
  @Mutation(() => CreateApiKeyPayload)
  createApiKey(@Args('input') input: CreateApiKeyInput): Promise<CreateApiKeyPayload> {
    return this.service.create(input);
  }

  @RequirePermission('apiKeys:manage')
  @Mutation(() => ApiKey)
  revokeApiKey(@Args('id', { type: () => ID }) id: string): Promise<ApiKey> {
    return this.service.revoke(id);
  }

  @ResolveField(() => StaffMember, { nullable: true, description: 'Who created the key' })
  createdBy(@Parent() key: ApiKey): Promise<StaffMember | null> {
    return key.createdByMemberId ? this.staff.load(key.createdByMemberId) : Promise.resolve(null);
  }
}
