import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../../core/graphql/connection';

@ObjectType()
export class ApiKey {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'The public part of the key (pvk_<prefix>_…), to recognise it' }) prefix: string;
  @Field(() => [String]) scopes: string[];
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) lastUsedAt: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
  createdByMemberId: string | null;
}

export const ApiKeyConnection = ConnectionType(ApiKey);

@ObjectType()
export class CreateApiKeyPayload {
  @Field(() => ApiKey) apiKey: ApiKey;
  @Field({ description: 'The whole key. Shown only this once; store it safely' }) secret: string;
}
