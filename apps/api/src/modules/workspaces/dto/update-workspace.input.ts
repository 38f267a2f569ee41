import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Length, Validate } from 'class-validator';
import { IsTimeZone } from '../../../core/graphql/validators';

@InputType()
export class UpdateWorkspaceInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 120) name?: string;
  @Field({ nullable: true }) @IsOptional() @Validate(IsTimeZone) timezone?: string;
  @Field({ nullable: true }) @IsOptional() @IsIn(['fa', 'en']) defaultLocale?: string;
  @Field({ nullable: true }) @IsOptional() @IsIn(['IRR', 'IRT']) displayCurrency?: string;
}
