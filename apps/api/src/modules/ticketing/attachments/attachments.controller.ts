import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { createReadStream } from 'node:fs';
import { ClubMember, Public, RequirePermission } from '../../../core/auth/auth.decorators';
import { ErrorCode } from '../../../core/errors/domain-errors';
import { TicketAttachment } from '../models/ticket.model';
import { AttachmentsService } from './attachments.service';

/**
 * Uploads: the file's bytes are the request body (any Content-Type; the type is sniffed, never taken from the
 * client), its name in `?name=`. Returns `{ id, fileName, contentType, sizeBytes }`; GraphQL mutations then attach
 * the id (createTicket / replyToTicket / createMyTicket / replyToMyTicket `attachmentIds`). Staff and API keys
 * upload with tickets:write; club members to /attachments/mine. Downloads: the signed link an attachment's `url`
 * field hands out (valid ATTACHMENT_LINK_TTL_SECONDS), always as a download, never rendered by the browser.
 */
@Controller('attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @RequirePermission('tickets:write')
  @Post()
  @HttpCode(201)
  staffUpload(@Query('name') name: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.receive(name, req, res);
  }

  @ClubMember()
  @Post('mine')
  @HttpCode(201)
  memberUpload(@Query('name') name: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.receive(name, req, res);
  }

  @Public()
  @Get(':token')
  async download(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const file = await this.attachments.open(token);
    if (!file) {
      res.status(404).set('cache-control', 'no-store').json({ code: ErrorCode.NOT_FOUND, message: 'This download link is not valid or has expired' });
      return;
    }
    const ascii = file.row.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
    res.status(200).set({
      'content-type': file.row.contentType,
      'content-length': String(file.row.sizeBytes),
      'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.row.fileName)}`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'cache-control': 'private, max-age=300',
      'referrer-policy': 'no-referrer',
    });
    createReadStream(file.path)
      .on('error', () => res.destroy())
      .pipe(res);
  }

  private async receive(name: string | undefined, req: Request, res: Response): Promise<void> {
    if (!name?.trim()) {
      res.status(400).json({ code: ErrorCode.BAD_USER_INPUT, message: 'name: the file name is required (?name=)', fields: [{ field: 'name', message: 'is required' }] });
      return;
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > this.attachments.maxBytes) {
      this.tooLarge(res);
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of req as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > this.attachments.maxBytes) {
          this.tooLarge(res);
          req.destroy();
          return;
        }
        chunks.push(chunk);
      }
    } catch {
      if (!res.headersSent) res.status(400).json({ code: ErrorCode.BAD_USER_INPUT, message: 'the upload was interrupted' });
      return;
    }
    const saved: TicketAttachment = await this.attachments.upload(name, Buffer.concat(chunks));
    res.status(201).json({ id: saved.id, fileName: saved.fileName, contentType: saved.contentType, sizeBytes: saved.sizeBytes });
  }

  private tooLarge(res: Response): void {
    const kb = Math.floor(this.attachments.maxBytes / 1024);
    res.status(413).set('connection', 'close').json({
      code: ErrorCode.BAD_USER_INPUT, message: `file: is larger than ${kb} KB`, fields: [{ field: 'file', message: `is larger than ${kb} KB` }],
    });
  }
}
