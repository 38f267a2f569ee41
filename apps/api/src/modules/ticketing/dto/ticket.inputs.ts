import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize, ArrayUnique, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min,
} from 'class-validator';
import { TicketAssignmentMode, TicketChannel, TicketPriority, TicketStatus, TicketType } from '../models/ticket.enums';

/** Uploads (POST /attachments) a message takes, at most 10. */
const AttachmentIds = () =>
  applyDecorators(
    Field(() => [ID], { nullable: true, description: 'Uploads (POST /attachments) to attach' }),
    IsOptional(),
    ArrayMaxSize(10),
    IsUUID('all', { each: true, message: 'attachmentIds must be upload ids' }),
  );

@InputType()
export class CreateTicketInput {
  @Field(() => ID) @IsUUID('all', { message: 'contactId must be a contact id' }) contactId: string;
  @Field() @IsString() @Length(1, 300) subject: string;
  @Field({ nullable: true, description: 'The customer’s description: the first message of the conversation' })
  @IsOptional()
  @IsString()
  @Length(1, 20000)
  body?: string;
  @Field(() => TicketType, { nullable: true, defaultValue: TicketType.QUESTION }) @IsOptional() @IsEnum(TicketType) type?: TicketType;
  @Field(() => TicketPriority, { nullable: true, defaultValue: TicketPriority.NORMAL }) @IsOptional() @IsEnum(TicketPriority) priority?: TicketPriority;
  @Field(() => TicketChannel, { nullable: true, description: 'Default DASHBOARD for staff, API for API keys' }) @IsOptional() @IsEnum(TicketChannel) channel?: TicketChannel;
  @Field(() => ID, { nullable: true, description: 'Its queue assigns the ticket' }) @IsOptional() @IsUUID('all', { message: 'categoryId must be a category id' }) categoryId?: string;
  @Field(() => ID, { nullable: true, description: 'Default: the category’s queue' }) @IsOptional() @IsUUID('all', { message: 'queueId must be a queue id' }) queueId?: string;
  @Field(() => ID, { nullable: true, description: 'Assign to this expert instead of the queue’s rule' })
  @IsOptional()
  @IsUUID('all', { message: 'assigneeId must be a staff member id' })
  assigneeId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'relatedInvoiceId must be an id' }) relatedInvoiceId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'relatedProductId must be an id' }) relatedProductId?: string;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(30) @IsString({ each: true }) @Length(1, 50, { each: true }) tags?: string[];
  @AttachmentIds() attachmentIds?: string[];
}

@InputType({ description: 'Fields left out stay as they are; a new priority recomputes the SLA due times from the creation time' })
export class UpdateTicketInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 300) subject?: string;
  @Field(() => TicketType, { nullable: true }) @IsOptional() @IsEnum(TicketType) type?: TicketType;
  @Field(() => TicketPriority, { nullable: true }) @IsOptional() @IsEnum(TicketPriority) priority?: TicketPriority;
  @Field(() => ID, { nullable: true, description: 'Also moves the ticket to the category’s queue (the assignee stays)' })
  @IsOptional() @IsUUID('all', { message: 'categoryId must be a category id' }) categoryId?: string;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(30) @IsString({ each: true }) @Length(1, 50, { each: true }) tags?: string[];
}

@InputType()
export class ReplyToTicketInput {
  @Field() @IsString() @Length(1, 20000) body: string;
  @Field({ defaultValue: false, description: 'An internal note: never sent to, nor shown to, the customer' }) @IsOptional() @IsBoolean() internal: boolean = false;
  @Field(() => TicketStatus, { nullable: true, description: 'Status after a public reply, e.g. WAITING_ON_CUSTOMER' })
  @IsOptional()
  @IsEnum(TicketStatus)
  status?: TicketStatus;
  @AttachmentIds() attachmentIds?: string[];
}

@InputType()
export class TicketFilter {
  @Field(() => [TicketStatus], { nullable: true }) @IsOptional() @IsEnum(TicketStatus, { each: true }) status?: TicketStatus[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() assigneeId?: string;
  @Field({ nullable: true, description: 'Only tickets nobody is assigned to' }) @IsOptional() @IsBoolean() unassigned?: boolean;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() queueId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() contactId?: string;
  @Field({ nullable: true, description: 'Only tickets assigned to the signed-in member' }) @IsOptional() @IsBoolean() mine?: boolean;
  @Field(() => Int, { nullable: true, description: 'Live tickets with an SLA target due within this many minutes (or already missed)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(525600)
  breachingWithinMinutes?: number;
}

@InputType()
export class TicketQueueInput {
  @Field() @IsString() @Length(1, 100) name: string;
  @Field(() => [ID], { defaultValue: [] }) @ArrayMaxSize(200) @ArrayUnique() @IsUUID('all', { each: true, message: 'memberIds must be staff member ids' }) memberIds: string[];
  @Field(() => TicketAssignmentMode, { defaultValue: TicketAssignmentMode.ROUND_ROBIN }) @IsEnum(TicketAssignmentMode) assignmentMode: TicketAssignmentMode;
  @Field(() => ID, { nullable: true, description: 'Required for FIXED' }) @IsOptional() @IsUUID('all', { message: 'fixedMemberId must be a staff member id' }) fixedMemberId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'supervisorMemberId must be a staff member id' }) supervisorMemberId?: string;
}

@InputType()
export class UpdateTicketQueueInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 100) name?: string;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(200) @ArrayUnique() @IsUUID('all', { each: true, message: 'memberIds must be staff member ids' }) memberIds?: string[];
  @Field(() => TicketAssignmentMode, { nullable: true }) @IsOptional() @IsEnum(TicketAssignmentMode) assignmentMode?: TicketAssignmentMode;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'fixedMemberId must be a staff member id' }) fixedMemberId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'supervisorMemberId must be a staff member id' }) supervisorMemberId?: string | null;
}

@InputType()
export class CreateTicketCategoryInput {
  @Field() @IsString() @Length(1, 100) nameFa: string;
  @Field() @IsString() @Length(1, 100) nameEn: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'queueId must be a queue id' }) queueId?: string;
}

@InputType()
export class SlaPolicyInput {
  @Field(() => TicketPriority) @IsEnum(TicketPriority) priority: TicketPriority;
  @Field(() => Int) @IsInt() @Min(1) @Max(525600) firstResponseMinutes: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(525600) resolutionMinutes: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(1440) warnBeforeMinutes: number;
}


@InputType()
export class TicketMacroInput {
  @Field() @IsString() @Length(1, 100) name: string;
  @Field({ description: 'May use {{contact.firstName}}, {{contact.lastName}}, {{contact.fullName}}, {{ticket.number}}, {{ticket.subject}}, {{workspace.name}}' })
  @IsString()
  @Length(1, 5000)
  body: string;
}

@InputType({ description: 'Fields left out stay as they are' })
export class UpdateTicketingSettingsInput {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(365) autoCloseDays?: number;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @IsString({ each: true }) @Length(1, 30, { each: true }) smsKeywords?: string[];
  @Field({ nullable: true }) @IsOptional() @IsBoolean() csatEnabled?: boolean;
}

@InputType({ description: 'A ticket a club member files in their panel' })
export class CreateMyTicketInput {
  @Field() @IsString() @Length(1, 300) subject: string;
  @Field() @IsString() @Length(1, 20000) body: string;
  @Field(() => TicketType, { nullable: true, defaultValue: TicketType.QUESTION }) @IsOptional() @IsEnum(TicketType) type?: TicketType;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'categoryId must be a category id' }) categoryId?: string;
  @AttachmentIds() attachmentIds?: string[];
}

@InputType()
export class ReplyToMyTicketInput {
  @Field() @IsString() @Length(1, 20000) body: string;
  @AttachmentIds() attachmentIds?: string[];
}

@InputType()
export class RateTicketInput {
  @Field(() => Int, { description: '1 (very unhappy) … 5 (very happy)' }) @IsInt({ message: 'score must be 1 to 5' }) @Min(1, { message: 'score must be 1 to 5' }) @Max(5, { message: 'score must be 1 to 5' }) score: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 2000) comment?: string;
}
