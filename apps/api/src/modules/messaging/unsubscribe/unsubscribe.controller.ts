import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../../core/auth/auth.decorators';
import { confirmPage, donePage, invalidPage } from './unsubscribe.page';
import { UnsubscribeService } from './unsubscribe.service';

function send(res: Response, status: number, html: string): void {
  res
    .status(status)
    .set({
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'x-robots-tag': 'noindex',
      'referrer-policy': 'no-referrer',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
    })
    .send(html);
}

/**
 * The public unsubscribe link of marketing email. GET shows a confirmation page (mail scanners follow GET links, so
 * it changes nothing); POST unsubscribes — the RFC 8058 one-click request mail clients send, and the page's button.
 */
@Public()
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(private readonly unsubscribe: UnsubscribeService) {}

  @Get(':token')
  async confirm(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const view = await this.unsubscribe.preview(token);
    send(res, view ? 200 : 400, view ? confirmPage(view) : invalidPage());
  }

  @Post(':token')
  @HttpCode(200)
  async oneClick(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const view = await this.unsubscribe.unsubscribe(token);
    send(res, view ? 200 : 400, view ? donePage(view) : invalidPage());
  }
}
