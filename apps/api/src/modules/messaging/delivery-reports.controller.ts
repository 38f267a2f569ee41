import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import type { Request } from 'express';
import { RequirePermission } from '../../core/auth/auth.decorators';
import { BadInputError } from '../../core/errors/domain-errors';
import { DeliveryReportResult, DeliveryReportsService } from './delivery-reports.service';

/** An email delivery event from the sending service (our message id from X-Peyvand-Message-Id / Message-ID, or the provider's id). */
export class EmailEventDto {
  @IsOptional() @IsString() @Length(1, 300) messageId?: string;
  @IsOptional() @IsString() @Length(1, 300) providerMessageId?: string;
  @IsIn(['delivered', 'bounced', 'complained'], { message: 'event must be one of delivered, bounced, complained' }) event: 'delivered' | 'bounced' | 'complained';
  @IsOptional() @IsIn(['hard', 'soft'], { message: 'bounceType must be hard or soft' }) bounceType?: 'hard' | 'soft';
  @IsOptional() @IsString() @MaxLength(1000) detail?: string;
}

const FORM_LIMIT = 16 * 1024;

/** The body as an object: JSON (parsed by the webhook body parser) or a form (Kavenegar posts forms), plus query parameters. */
async function readFields(req: Request): Promise<Record<string, unknown>> {
  const fields: Record<string, unknown> = { ...(req.query as Record<string, unknown>) };
  if (req.body && typeof req.body === 'object' && !Array.isArray(req.body)) return { ...fields, ...(req.body as Record<string, unknown>) };
  if (!req.is('application/x-www-form-urlencoded')) return fields;
  let raw = '';
  for await (const chunk of req) {
    raw += chunk;
    if (raw.length > FORM_LIMIT) throw BadInputError.field('body', `at most ${FORM_LIMIT} bytes`);
  }
  return { ...fields, ...Object.fromEntries(new URLSearchParams(raw)) };
}

/**
 * Delivery reports from providers, authenticated with an API key holding `messages:receive` (like inbound SMS).
 * Unknown message → 404; a final report about a message still being sent → 409 (send it again later).
 */
@Controller('webhooks')
export class DeliveryReportsController {
  constructor(private readonly reports: DeliveryReportsService) {}

  /** Kavenegar's delivery callback (`messageid`, `status` 10 delivered, 11 undeliverable, 6/13/14 failed …) or `{ messageId | providerMessageId, status: delivered | failed | undeliverable, detail }`. */
  @RequirePermission('messages:receive')
  @Post('sms/delivery')
  @HttpCode(200)
  async sms(@Req() req: Request): Promise<DeliveryReportResult> {
    return this.reports.applySms(this.reports.parseSmsReport(await readFields(req)));
  }

  /** `{ messageId | providerMessageId, event: delivered | bounced | complained, bounceType: hard | soft, detail }`. */
  @RequirePermission('messages:receive')
  @Post('email/events')
  @HttpCode(200)
  email(@Body() body: EmailEventDto): Promise<DeliveryReportResult> {
    if (!body.messageId && !body.providerMessageId) throw BadInputError.field('messageId', 'messageId or providerMessageId is required');
    return this.reports.applyEmail(body);
  }
}
