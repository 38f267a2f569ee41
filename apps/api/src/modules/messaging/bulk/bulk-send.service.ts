import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RequestContext } from '../../../core/context/request-context';
import { TenantDb } from '../../../core/database/tenant-db.service';
import { BadInputError, NotFoundError } from '../../../core/errors/domain-errors';
import { JobQueue } from '../../../core/jobs/job-queue.service';
import { ContactsService } from '../../contacts/contacts.service';
import { ContactFilter } from '../../contacts/dto/contact.inputs';
import { MessagePurpose } from '../message.model';
import { MessagingService, QueuedRows } from '../messaging.service';
import { MessageTemplatesService } from '../templates/message-templates.service';
import { BulkSend, BulkSendStatus, SendBulkMessageInput } from './bulk-send.model';

export const BULK_SEND_JOB = 'messaging.bulk-send';
const PAGE = 2000;

interface BulkSendRow {
  id: string;
  workspace_id: string;
  channel: 'EMAIL' | 'SMS';
  purpose: 'TRANSACTIONAL' | 'MARKETING';
  template_id: string | null;
  template_key: string | null;
  language: 'fa' | 'en' | null;
  subject: string | null;
  body: string | null;
  params: Record<string, unknown>;
  filter: ContactFilter;
  search: string | null;
  status: BulkSendStatus;
  queued: number;
  skipped: number;
  cursor: string | null;
  error: string | null;
  created_by_member_id: string | null;
  created_at: Date;
  finished_at: Date | null;
}

const toBulkSend = (r: BulkSendRow): BulkSend => ({
  id: r.id, status: r.status, channel: r.channel as BulkSend['channel'], purpose: r.purpose as MessagePurpose, templateKey: r.template_key,
  queued: r.queued, skipped: r.skipped, error: r.error, createdAt: r.created_at, finishedAt: r.finished_at,
});

/**
 * Bulk sends: the request is checked (template, params) and stored at once; a job then walks the matching contacts
 * in id order, PAGE at a time, rendering and queueing each page in one transaction and saving its cursor, so memory
 * stays flat whatever the audience and a restarted job resumes after the last queued page. Every message carries the
 * key `bulk:<id>:<contact>`, so nothing is queued twice.
 */
@Injectable()
export class BulkSendService implements OnModuleInit {
  private readonly logger = new Logger(BulkSendService.name);

  constructor(
    private readonly db: TenantDb,
    private readonly context: RequestContext,
    private readonly jobs: JobQueue,
    private readonly contacts: ContactsService,
    private readonly templates: MessageTemplatesService,
    private readonly messaging: MessagingService,
  ) {}

  onModuleInit(): void {
    this.jobs.define<{ workspaceId: string; bulkSendId: string }>({
      name: BULK_SEND_JOB, retryLimit: 5, retryDelaySeconds: 5, handler: (data) => this.run(data.workspaceId, data.bulkSendId),
    });
  }

  start(input: SendBulkMessageInput): Promise<BulkSend> {
    const fromTemplate = !!(input.templateKey || input.templateId);
    if (fromTemplate === !!input.body) throw BadInputError.field('input.body', 'give either a template (templateKey or templateId) or a body, not both');
    return this.db.tx(async (em) => {
      if (input.idempotencyKey) {
        const [existing] = await em.query(`SELECT * FROM bulk_sends WHERE idempotency_key = $1`, [input.idempotencyKey]);
        if (existing) return toBulkSend(existing);
      }
      const prepared = await this.templates.prepareIn(em, fromTemplate
        ? { templateKey: input.templateKey, templateId: input.templateId, channel: input.channel, language: input.language, params: input.params }
        : { channel: input.channel, language: input.language, subject: input.subject, body: input.body!, params: input.params, purpose: input.purpose });
      const principal = this.context.principal();
      const [row] = await em.query(
        `INSERT INTO bulk_sends (workspace_id, channel, purpose, template_id, template_key, language, subject, body, params, filter, search, idempotency_key, created_by_member_id)
         VALUES (app_current_workspace(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING *`,
        [input.channel, input.purpose ?? prepared.purpose, prepared.templateId, prepared.templateKey, prepared.language,
          fromTemplate ? null : input.subject ?? null, fromTemplate ? null : input.body, JSON.stringify(input.params ?? {}),
          JSON.stringify(input.filter ?? {}), input.search ?? null, input.idempotencyKey ?? null, principal?.kind === 'staff' ? principal.memberId : null],
      );
      await this.jobs.enqueue(BULK_SEND_JOB, { workspaceId: row.workspace_id, bulkSendId: row.id }, { em });
      return toBulkSend(row);
    });
  }

  get(id: string): Promise<BulkSend> {
    return this.db.tx(async (em) => {
      const [row] = await em.query(`SELECT * FROM bulk_sends WHERE id = $1`, [id]);
      if (!row) throw new NotFoundError('Bulk send', id);
      return toBulkSend(row);
    });
  }

  /** The job: queue the next page until none is left. */
  async run(workspaceId: string, bulkSendId: string): Promise<void> {
    try {
      for (;;) {
        const more = await this.db.tx((em) => this.queuePage(em, bulkSendId), workspaceId);
        if (!more) return;
      }
    } catch (e) {
      if (e instanceof BadInputError || e instanceof NotFoundError) {
        // The template or its params stopped being valid (edited or deleted since): retrying cannot help.
        await this.db.tx((em) => em.query(`UPDATE bulk_sends SET status = 'FAILED', error = $2, finished_at = now() WHERE id = $1`, [bulkSendId, e.message]), workspaceId);
        this.logger.warn({ bulkSendId, error: e.message }, 'bulk send failed');
        return;
      }
      throw e;
    }
  }

  private async queuePage(em: EntityManager, bulkSendId: string): Promise<boolean> {
    const [bulk]: BulkSendRow[] = await em.query(`SELECT * FROM bulk_sends WHERE id = $1 FOR UPDATE`, [bulkSendId]);
    if (!bulk || bulk.status !== BulkSendStatus.RUNNING) return false;
    const prepared = await this.templates.prepareIn(em, bulk.template_id
      ? { templateId: bulk.template_id, channel: bulk.channel, params: bulk.params }
      : { channel: bulk.channel, language: bulk.language ?? undefined, subject: bulk.subject, body: bulk.body!, params: bulk.params, purpose: bulk.purpose as MessagePurpose }, 'bulkSend');
    const { qb } = await this.contacts.filteredQuery(em, bulk.filter, bulk.search ?? undefined);
    if (bulk.cursor) qb.andWhere('c.id > :cursor', { cursor: bulk.cursor });
    const page = await qb.orderBy('c.id', 'ASC').limit(PAGE).getMany();
    if (!page.length) {
      await em.query(`UPDATE bulk_sends SET status = 'DONE', finished_at = now() WHERE id = $1`, [bulkSendId]);
      return false;
    }
    const rows: QueuedRows['rows'] = [];
    let skipped = 0;
    for (const contact of page) {
      const recipient = bulk.channel === 'EMAIL' ? contact.email : contact.primaryPhone;
      if (!recipient) {
        skipped++;
        continue;
      }
      const rendered = prepared.render(contact);
      rows.push({ contactId: contact.id, recipient, subject: rendered.subject, bodyText: rendered.bodyText, bodyHtml: rendered.bodyHtml, idempotencyKey: `bulk:${bulkSendId}:${contact.id}` });
    }
    // A page queued again after a crash finds its keys taken: those count as queued before, not now.
    const { inserted: queued } = await this.messaging.insertQueued(em, {
      workspaceId: bulk.workspace_id, channel: bulk.channel, purpose: bulk.purpose, templateId: prepared.templateId, templateKey: prepared.templateKey,
      language: prepared.language, createdByMemberId: bulk.created_by_member_id, bulkSendId, rows,
    });
    await em.query(
      `UPDATE bulk_sends SET queued = queued + $2, skipped = skipped + $3, cursor = $4 WHERE id = $1`,
      [bulkSendId, queued, skipped, page[page.length - 1].id],
    );
    return true;
  }
}
