import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { RequirePermission } from '../../core/auth/auth.decorators';
import { CallWebhookDto } from './call-webhook.dto';
import { TelephonyService } from './telephony.service';

/** REST for the PBX (see docs/TELEPHONY.md for an Asterisk/Issabel dialplan). Authenticated with an API key. */
@Controller('webhooks')
export class TelephonyController {
  constructor(private readonly telephony: TelephonyService) {}

  @RequirePermission('calls:write')
  @Post('calls')
  @HttpCode(200)
  calls(@Body() body: CallWebhookDto) {
    return this.telephony.handle(body);
  }
}
