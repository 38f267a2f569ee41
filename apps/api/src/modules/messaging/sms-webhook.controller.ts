import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { IsOptional, IsString, Length } from 'class-validator';
import { RequirePermission } from '../../core/auth/auth.decorators';
import { MessagingService } from './messaging.service';

/** What an SMS provider posts for an inbound message (Kavenegar's field names). */
export class InboundSmsDto {
  @IsString() @Length(3, 40) from: string;
  @IsOptional() @IsString() @Length(1, 40) to?: string;
  @IsString() @Length(1, 2000) message: string;
  @IsOptional() @IsString() @Length(1, 200) messageid?: string;
}

/** Inbound SMS from the provider, authenticated with an API key holding `messages:receive`. */
@Controller('webhooks')
export class SmsWebhookController {
  constructor(private readonly messaging: MessagingService) {}

  @RequirePermission('messages:receive')
  @Post('sms')
  @HttpCode(200)
  sms(@Body() body: InboundSmsDto) {
    return this.messaging.receiveSms(body);
  }
}
