import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { ConnectionType } from '../../../core/graphql/connection';
import { MessageChannel } from '../message.model';

export enum SuppressionReason {
  BOUNCED = 'BOUNCED',
  UNSUBSCRIBED = 'UNSUBSCRIBED',
  COMPLAINED = 'COMPLAINED',
  DO_NOT_CONTACT = 'DO_NOT_CONTACT',
}
registerEnumType(SuppressionReason, {
  name: 'SuppressionReason',
  description: 'BOUNCED: hard bounce; UNSUBSCRIBED: the unsubscribe link; COMPLAINED: marked as spam; DO_NOT_CONTACT: added by staff',
});

@ObjectType({ description: 'An address marketing messages are never sent to (the do-not-contact list)' })
export class Suppression {
  @Field(() => ID) id: string;
  @Field(() => MessageChannel) channel: MessageChannel;
  @Field({ description: 'Lower-case email address or E.164 phone number' }) address: string;
  @Field(() => SuppressionReason) reason: SuppressionReason;
  @Field(() => String, { nullable: true }) detail: string | null;
  @Field(() => ID, { nullable: true, description: 'The message that caused it (bounce, complaint, unsubscribe link)' }) messageId: string | null;
  @Field(() => ID, { nullable: true, description: 'The staff member who added it' }) createdByMemberId: string | null;
  @Field() createdAt: Date;
}

export const SuppressionConnection = ConnectionType(Suppression);

@InputType()
export class SuppressionFilter {
  @Field(() => MessageChannel, { nullable: true }) @IsOptional() @IsEnum(MessageChannel) channel?: MessageChannel;
  @Field(() => SuppressionReason, { nullable: true }) @IsOptional() @IsEnum(SuppressionReason) reason?: SuppressionReason;
  @Field(() => String, { nullable: true, description: 'Part of the address (any usual form of a phone number)' }) @IsOptional() @IsString() @MaxLength(320) search?: string;
}

@InputType({ description: 'Staff put an address on the do-not-contact list (reason DO_NOT_CONTACT)' })
export class AddSuppressionInput {
  @Field(() => MessageChannel) @IsEnum(MessageChannel) channel: MessageChannel;
  @Field({ description: 'Email address, or a phone number in any usual form' }) @IsString() @Length(1, 320) address: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) detail?: string | null;
}
