import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../../../core/auth/auth.decorators';
import { DomainError } from '../../../core/errors/domain-errors';
import { csatPage, invalidCsatPage } from './csat.page';
import { TicketCsatService } from './ticket-csat.service';

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

async function formBody(req: Request): Promise<URLSearchParams> {
  let text = '';
  for await (const chunk of req as AsyncIterable<Buffer>) {
    text += chunk.toString('utf8');
    if (text.length > 16_384) break;
  }
  return new URLSearchParams(text);
}

/**
 * The survey link of the SMS: GET shows the question (five choices and a comment; link scanners change nothing),
 * POST (the page's form) records the answer. The club SPA can answer through `rateTicket(token, …)` instead.
 */
@Public()
@Controller('csat')
export class CsatController {
  constructor(private readonly csat: TicketCsatService) {}

  @Get(':token')
  async show(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const view = await this.csat.view(token);
    send(res, view ? 200 : 404, view ? csatPage(view) : invalidCsatPage());
  }

  @Post(':token')
  @HttpCode(200)
  async answer(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const form = await formBody(req);
    const score = Number(form.get('score'));
    const comment = form.get('comment');
    const view = await this.csat.view(token);
    if (!view) return send(res, 404, invalidCsatPage());
    if (!Number.isInteger(score) || score < 1 || score > 5) return send(res, 400, csatPage(view, { error: 'score', comment }));
    try {
      await this.csat.rateByToken(token, score, comment);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
    }
    send(res, 200, csatPage({ ...(await this.csat.view(token))!, open: false }, { thanks: true }));
  }
}
