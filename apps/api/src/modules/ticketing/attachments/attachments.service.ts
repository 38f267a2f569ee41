import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { EntityManager, In, IsNull } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { RequestContext } from '../../../core/context/request-context';
import { TenantDb } from '../../../core/database/tenant-db.service';
import { BadInputError, ForbiddenError } from '../../../core/errors/domain-errors';
import { Runtime, RUNTIME } from '../../../core/runtime';
import { TicketAttachment } from '../models/ticket.model';
import { TicketLinks } from '../signed-links';
import { TicketAttachmentEntity } from '../ticket.entities';
import { checkFile } from './file-policy';

/** At most this many files on one ticket message. */
export const MAX_ATTACHMENTS_PER_MESSAGE = 10;

export interface StoredFile {
  row: TicketAttachmentEntity;
  path: string;
}

/** An attachment of an inbound email as the mail provider's parse posts it. */
export interface InboundFile {
  filename: string;
  /** base64 */
  content: string;
}

type Uploader = { memberId: string | null; contactId: string | null; apiKeyId: string | null; source: 'STAFF' | 'MEMBER' | 'EMAIL' };

/**
 * Ticket attachments on disk: `{ATTACHMENTS_DIR}/{workspace}/{id}` (server-chosen names only; written to a temporary
 * name and renamed, so a half-written file is never served), checked by content (file-policy.ts) and limited to
 * ATTACHMENT_MAX_BYTES. An upload is a row without a ticket until the uploader attaches it to a ticket or message of
 * theirs (once: a conditional update). Downloads go through short-lived signed links that only readers allowed to
 * see the file are given (staff: any attachment of the workspace; a member: those of their own ticket's visible
 * messages).
 */
@Injectable()
export class AttachmentsService {
  readonly root: string;

  constructor(
    private readonly db: TenantDb,
    private readonly context: RequestContext,
    private readonly links: TicketLinks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(RUNTIME) runtime: Runtime,
  ) {
    this.root = isAbsolute(config.ATTACHMENTS_DIR) ? config.ATTACHMENTS_DIR : resolve(runtime.webRoot ?? process.cwd(), config.ATTACHMENTS_DIR);
  }

  get maxBytes(): number {
    return this.config.ATTACHMENT_MAX_BYTES;
  }

  /** POST /attachments: a file of the signed-in staff member, API key or club member, waiting to be attached. */
  async upload(rawName: string, content: Buffer): Promise<TicketAttachment> {
    const p = this.context.principal();
    if (!p) throw new ForbiddenError();
    const uploader: Uploader =
      p.kind === 'member'
        ? { memberId: null, contactId: p.contactId, apiKeyId: null, source: 'MEMBER' }
        : { memberId: p.kind === 'staff' ? p.memberId : null, contactId: null, apiKeyId: p.kind === 'apiKey' ? p.apiKeyId : null, source: 'STAFF' };
    const stored = await this.write(p.workspaceId, rawName, content, 'file');
    try {
      const row = await this.db.tx((em) => this.insertIn(em, stored, uploader));
      return this.toModel(row);
    } catch (e) {
      await rm(stored.path, { force: true });
      throw e;
    }
  }

  /**
   * Attaches the caller's pending uploads to a ticket (and message) in the caller's transaction; BAD_USER_INPUT
   * names each id that is not an upload of theirs still waiting (unknown, another uploader's, already attached).
   */
  async attachIn(em: EntityManager, ids: string[] | null | undefined, ticketId: string, messageId: string | null, path: string): Promise<void> {
    if (!ids?.length) return;
    const unique = [...new Set(ids)];
    if (unique.length > MAX_ATTACHMENTS_PER_MESSAGE) throw BadInputError.field(path, `at most ${MAX_ATTACHMENTS_PER_MESSAGE} files per message`);
    const p = this.context.principal();
    const owner =
      p?.kind === 'member' ? `uploaded_by_contact_id = $4` : p?.kind === 'apiKey' ? `uploaded_by_api_key_id = $4` : `uploaded_by_member_id = $4`;
    const who = p?.kind === 'member' ? p.contactId : p?.kind === 'apiKey' ? p.apiKeyId : p?.kind === 'staff' ? p.memberId : null;
    const [rows]: [Array<{ id: string }>] = await em.query(
      `UPDATE ticket_attachments SET ticket_id = $2, message_id = $3 WHERE id = ANY($1::uuid[]) AND ticket_id IS NULL AND ${owner} RETURNING id`,
      [unique, ticketId, messageId, who],
    );
    const taken = new Set(rows.map((r) => r.id));
    const problems = ids.flatMap((id, i) => (taken.has(id) ? [] : [{ field: `${path}.${i}`, message: 'is not an upload of yours waiting to be attached' }]));
    if (problems.length) throw new BadInputError(problems);
  }

  /**
   * Files of an inbound email, written before the ticket's transaction stores their rows (`rowsIn`); the files are
   * removed again by `discard` when that transaction fails. Refused files come back with the reason.
   */
  async prepareInbound(workspaceId: string, files: InboundFile[] | undefined): Promise<{ stored: StoredFile[]; refused: Array<{ fileName: string; reason: string }> }> {
    const stored: StoredFile[] = [];
    const refused: Array<{ fileName: string; reason: string }> = [];
    for (const [i, file] of (files ?? []).slice(0, MAX_ATTACHMENTS_PER_MESSAGE).entries()) {
      try {
        stored.push(await this.write(workspaceId, file.filename, Buffer.from(file.content, 'base64'), `attachments.${i}`));
      } catch (e) {
        if (!(e instanceof BadInputError)) throw e;
        refused.push({ fileName: file.filename.slice(0, 200), reason: e.message.replace(/^[^:]+: /, '') });
      }
    }
    return { stored, refused };
  }

  async storeInboundIn(em: EntityManager, stored: StoredFile[], ticketId: string, messageId: string, contactId: string): Promise<void> {
    for (const file of stored) {
      await this.insertIn(em, file, { memberId: null, contactId, apiKeyId: null, source: 'EMAIL' }, ticketId, messageId);
    }
  }

  /**
   * Uploads nobody attached within a day (a removed composer file, an abandoned form) are deleted with their files,
   * across workspaces; returns how many.
   */
  async deleteAbandoned(now = new Date()): Promise<number> {
    const [rows]: [Array<{ storage_key: string }>, number] = await this.db.system((em) =>
      em.query(`DELETE FROM ticket_attachments WHERE ticket_id IS NULL AND created_at < $1::timestamptz - interval '1 day' RETURNING storage_key`, [now]),
    );
    await Promise.all(rows.map((r) => rm(join(this.root, r.storage_key), { force: true })));
    return rows.length;
  }

  async discard(stored: StoredFile[]): Promise<void> {
    await Promise.all(stored.map((f) => rm(f.path, { force: true })));
  }

  /** Attachments of a ticket by message (null key: the ticket's own), in upload order. */
  async ofTicketIn(em: EntityManager, ticketId: string, messageIds?: string[]): Promise<TicketAttachment[]> {
    const where = messageIds ? [{ ticketId, messageId: In(messageIds.length ? messageIds : ['00000000-0000-0000-0000-000000000000']) }, { ticketId, messageId: IsNull() }] : { ticketId };
    const rows = await em.find(TicketAttachmentEntity, { where, order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map((r) => this.toModel(r));
  }

  /** GET /attachments/:token: the file a valid, unexpired link names. */
  async open(token: string): Promise<StoredFile | null> {
    const target = this.links.verifyAttachment(token);
    if (!target) return null;
    const row = await this.db.tx((em) => em.findOne(TicketAttachmentEntity, { where: { id: target.id } }), target.workspaceId);
    return row ? { row, path: join(this.root, row.storageKey) } : null;
  }

  toModel(row: TicketAttachmentEntity): TicketAttachment {
    return {
      id: row.id, fileName: row.fileName, contentType: row.contentType, sizeBytes: row.sizeBytes, createdAt: row.createdAt, messageId: row.messageId,
      url: this.links.attachmentUrl(row.workspaceId, row.id),
    };
  }

  private async write(workspaceId: string, rawName: string, content: Buffer, field: string): Promise<StoredFile> {
    if (content.length > this.maxBytes) throw BadInputError.field(field, `is larger than ${Math.floor(this.maxBytes / 1024)} KB`);
    const verdict = checkFile(rawName, content);
    if (!verdict.ok) throw BadInputError.field(field, verdict.message);
    const id = randomUUID();
    const storageKey = `${workspaceId}/${id}`;
    const path = join(this.root, storageKey);
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    const temporary = `${path}.partial`;
    await writeFile(temporary, content, { mode: 0o600, flag: 'wx' });
    await rename(temporary, path);
    const row = Object.assign(new TicketAttachmentEntity(), {
      id, workspaceId, fileName: verdict.fileName, contentType: verdict.contentType, sizeBytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'), storageKey,
    });
    return { row, path };
  }

  private async insertIn(em: EntityManager, file: StoredFile, who: Uploader, ticketId: string | null = null, messageId: string | null = null): Promise<TicketAttachmentEntity> {
    const row = em.create(TicketAttachmentEntity, {
      ...file.row, ticketId, messageId, uploadedByMemberId: who.memberId, uploadedByContactId: who.contactId, uploadedByApiKeyId: who.apiKeyId, source: who.source,
    });
    return em.save(row);
  }
}
