import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBase64, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { RequirePermission } from '../../core/auth/auth.decorators';
import { TicketsService } from './tickets.service';

export class InboundEmailAttachmentDto {
  @IsString() @Length(1, 500) filename: string;
  /** The file, base64. */
  @IsString() @IsBase64() content: string;
}

/** What a mail provider's inbound-parse posts (normalised JSON). */
export class InboundEmailDto {
  @IsString() @Length(3, 500) from: string;
  @IsOptional() @IsString() @Length(1, 500) to?: string;
  @IsOptional() @IsString() @Length(0, 500) subject?: string;
  @IsString() @Length(0, 100_000) text: string;
  @IsString() @Length(1, 500) messageId: string;
  @IsOptional() @IsString() @Length(1, 500) inReplyTo?: string;
  /** Checked like uploads (type by content, ATTACHMENT_MAX_BYTES); refused ones are listed in an internal note. */
  @IsOptional() @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => InboundEmailAttachmentDto) attachments?: InboundEmailAttachmentDto[];
}

/** Inbound support email: opens a ticket or appends to the sender's ticket tagged [#number]; once per messageId. */
@Controller('webhooks/email')
export class InboundEmailController {
  constructor(private readonly tickets: TicketsService) {}

  @RequirePermission('tickets:write')
  @Post('inbound')
  @HttpCode(200)
  inbound(@Body() body: InboundEmailDto) {
    return this.tickets.receiveEmail(body);
  }
}
