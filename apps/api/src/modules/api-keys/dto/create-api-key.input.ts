import { Field, InputType } from '@nestjs/graphql';
import { ArrayMinSize, ArrayUnique, IsIn, IsString, Length } from 'class-validator';
import { API_KEY_SCOPES } from '../../../core/auth/permissions';

@InputType()
export class CreateApiKeyInput {
  @Field() @IsString() @Length(1, 100) name: string;
  @Field(() => [String])
  @ArrayMinSize(1, { message: 'scopes must name at least one scope' })
  @ArrayUnique()
  @IsIn(API_KEY_SCOPES as string[], { each: true, message: `each scope must be one of: ${API_KEY_SCOPES.join(', ')}` })
  scopes: string[];
}
