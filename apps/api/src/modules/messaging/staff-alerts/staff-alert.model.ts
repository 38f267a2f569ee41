import { ArgsType, Field, ObjectType } from '@nestjs/graphql';
import { ArrayUnique, IsEnum, IsString, Length } from 'class-validator';
import { MessageChannel } from '../message.model';

@ObjectType({ description: 'An event staff can be alerted about, and the channels that reach the signed-in member for it' })
export class StaffAlertPreference {
  @Field() event: string;
  @Field({ description: 'In the viewer’s language' }) description: string;
  @Field(() => [MessageChannel], { description: 'Empty: no alert' }) channels: MessageChannel[];
  @Field(() => [MessageChannel]) defaultChannels: MessageChannel[];
  @Field({ description: 'false while the defaults apply' }) customised: boolean;
}

@ArgsType()
export class SetStaffAlertPreferenceArgs {
  @Field() @IsString() @Length(1, 80) event: string;
  @Field(() => [MessageChannel]) @ArrayUnique() @IsEnum(MessageChannel, { each: true }) channels: MessageChannel[];
}
