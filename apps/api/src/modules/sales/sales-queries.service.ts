import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { RequestLoaders } from '../../core/context/request-loaders';
import { TenantDb } from '../../core/database/tenant-db.service';
import { NotFoundError } from '../../core/errors/domain-errors';
import { Connection, PageArgs, paginate } from '../../core/graphql/connection';
import { WorkspacesService } from '../workspaces/workspaces.service';
import { InvoiceFilter, ProformaFilter, WarehouseIssueFilter } from './dto/sales.inputs';
import { InvoiceEntity, InvoicePaymentEntity } from './entities/invoice.entity';
import { ProformaEntity, ProformaLineEntity } from './entities/proforma.entity';
import { WarehouseIssueEntity } from './entities/warehouse-issue.entity';
import { Invoice, InvoicePayment, InvoiceSeller, Proforma, SalesLine, WarehouseIssue, WarehouseIssueLine } from './models/sales.model';
import { toInvoice, toPayment, toProforma, toSalesLine, toWarehouseIssue } from './sales.mappers';

const group = <T>(rows: T[], key: (row: T) => string): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const r of rows) map.set(key(r), [...(map.get(key(r)) ?? []), r]);
  return map;
};

/** Reads of sales documents: lists, single documents and the batches behind the per-request loaders. */
@Injectable()
export class SalesQueries {
  constructor(
    private readonly db: TenantDb,
    private readonly loaders: RequestLoaders,
    private readonly workspaces: WorkspacesService,
  ) {}

  /** The workspace (time zone for Jalali dates, name for the print view), from the settings kept for a few seconds. */
  private workspace() {
    return this.workspaces.settings();
  }

  private async timezone(): Promise<string> {
    return (await this.workspace()).timezone;
  }

  async seller(): Promise<InvoiceSeller> {
    const ws = await this.workspace();
    return { name: ws.name, timezone: ws.timezone, displayCurrency: ws.displayCurrency };
  }

  async proforma(id: string): Promise<Proforma> {
    const tz = await this.timezone();
    return this.db.tx(async (em) => {
      const row = await em.findOneBy(ProformaEntity, { id });
      if (!row) throw new NotFoundError('Proforma', id);
      return toProforma(row, tz);
    });
  }

  /** The pro-forma a mutation just wrote (as it wrote it, without reading it again), or the one with this id. */
  async proformaOf(written: ProformaEntity | string): Promise<Proforma> {
    return typeof written === 'string' ? this.proforma(written) : toProforma(written, await this.timezone());
  }

  async proformas(args: PageArgs, filter: ProformaFilter = {}): Promise<Connection<Proforma>> {
    const tz = await this.timezone();
    return this.db.tx(async (em) => {
      const qb = em.createQueryBuilder(ProformaEntity, 'p');
      if (filter.status) qb.andWhere('p.status = :status', { status: filter.status });
      if (filter.contactId) qb.andWhere('p.contact_id = :contactId', { contactId: filter.contactId });
      if (filter.ownerId) qb.andWhere('p.owner_member_id = :ownerId', { ownerId: filter.ownerId });
      return paginate(qb, args, { orderBy: 'createdAt', map: (r) => toProforma(r, tz), count: this.db.count });
    });
  }

  async invoice(id: string): Promise<Invoice> {
    const tz = await this.timezone();
    return this.db.tx(async (em) => {
      const row = await em.findOneBy(InvoiceEntity, { id });
      if (!row) throw new NotFoundError('Invoice', id);
      return toInvoice(row, tz);
    });
  }

  async invoices(args: PageArgs, filter: InvoiceFilter = {}): Promise<Connection<Invoice>> {
    const tz = await this.timezone();
    return this.db.tx(async (em) => {
      const qb = em.createQueryBuilder(InvoiceEntity, 'i');
      if (filter.status) qb.andWhere('i.status = :status', { status: filter.status });
      if (filter.paymentStatus) qb.andWhere('i.payment_status = :paymentStatus', { paymentStatus: filter.paymentStatus });
      if (filter.contactId) qb.andWhere('i.contact_id = :contactId', { contactId: filter.contactId });
      if (filter.jalaliYear) qb.andWhere('i.jalali_year = :jalaliYear', { jalaliYear: filter.jalaliYear });
      return paginate(qb, args, { orderBy: 'createdAt', map: (r) => toInvoice(r, tz), count: this.db.count });
    });
  }

  async warehouseIssue(id: string): Promise<WarehouseIssue> {
    const tz = await this.timezone();
    return this.db.tx(async (em) => {
      const row = await em.findOneBy(WarehouseIssueEntity, { id });
      if (!row) throw new NotFoundError('WarehouseIssue', id);
      return toWarehouseIssue(row, tz);
    });
  }

  async warehouseIssues(args: PageArgs, filter: WarehouseIssueFilter = {}): Promise<Connection<WarehouseIssue>> {
    const tz = await this.timezone();
    return this.db.tx(async (em) => {
      const qb = em.createQueryBuilder(WarehouseIssueEntity, 'w');
      if (filter.status) qb.andWhere('w.status = :status', { status: filter.status });
      if (filter.contactId) qb.andWhere('w.contact_id = :contactId', { contactId: filter.contactId });
      if (filter.invoiceId) qb.andWhere('w.invoice_id = :invoiceId', { invoiceId: filter.invoiceId });
      return paginate(qb, args, { orderBy: 'createdAt', map: (r) => toWarehouseIssue(r, tz), count: this.db.count });
    });
  }

  // ─── Loaders ───────────────────────────────────────────────────────────────────────────────────────────────

  private grouped<V>(name: string, fetch: (em: EntityManager, ids: string[]) => Promise<Map<string, V[]>>) {
    return this.loaders.get<string, V[]>(name, async (ids) => {
      const map = await this.db.tx((em) => fetch(em, [...ids]));
      return ids.map((id) => map.get(id) ?? []);
    });
  }

  private single<V>(name: string, fetch: (em: EntityManager, ids: string[]) => Promise<Map<string, V>>) {
    return this.loaders.get<string, V | null>(name, async (ids) => {
      const map = await this.db.tx((em) => fetch(em, [...ids]));
      return ids.map((id) => map.get(id) ?? null);
    });
  }

  /** Lines of pro-formas (an invoice shows its pro-forma's lines). */
  linesOf = (proformaId: string): Promise<SalesLine[]> =>
    this.grouped('salesLines', async (em, ids) => {
      const rows = await em.find(ProformaLineEntity, { where: { proformaId: In(ids) }, order: { position: 'ASC' } });
      const map = group(rows, (r) => r.proformaId);
      return new Map([...map].map(([k, v]) => [k, v.map(toSalesLine)]));
    }).load(proformaId);

  proformaById = async (id: string): Promise<Proforma | null> => {
    const tz = await this.timezone();
    return this.single('proformaById', async (em, ids) => new Map((await em.findBy(ProformaEntity, { id: In(ids) })).map((r) => [r.id, toProforma(r, tz)]))).load(id);
  };

  invoiceById = async (id: string): Promise<Invoice | null> => {
    const tz = await this.timezone();
    return this.single('invoiceById', async (em, ids) => new Map((await em.findBy(InvoiceEntity, { id: In(ids) })).map((r) => [r.id, toInvoice(r, tz)]))).load(id);
  };

  invoiceOfProforma = async (proformaId: string): Promise<Invoice | null> => {
    const tz = await this.timezone();
    return this.single('invoiceOfProforma', async (em, ids) =>
      new Map((await em.findBy(InvoiceEntity, { proformaId: In(ids) })).map((r) => [r.proformaId, toInvoice(r, tz)])),
    ).load(proformaId);
  };

  paymentsOf = async (invoiceId: string): Promise<InvoicePayment[]> => {
    const tz = await this.timezone();
    return this.grouped('invoicePayments', async (em, ids) => {
      const rows = await em.find(InvoicePaymentEntity, { where: { invoiceId: In(ids) }, order: { paidAt: 'ASC', createdAt: 'ASC' } });
      return new Map([...group(rows, (r) => r.invoiceId)].map(([k, v]) => [k, v.map((p) => toPayment(p, tz))]));
    }).load(invoiceId);
  };

  /** The invoice's live warehouse issue, else its latest cancelled one. */
  issueOfInvoice = async (invoiceId: string): Promise<WarehouseIssue | null> => {
    const tz = await this.timezone();
    return this.single('issueOfInvoice', async (em, ids) => {
      const rows = await em.find(WarehouseIssueEntity, { where: { invoiceId: In(ids) }, order: { createdAt: 'ASC' } });
      const map = new Map<string, WarehouseIssue>();
      for (const r of rows) {
        const current = map.get(r.invoiceId);
        if (!current || current.status === 'CANCELLED') map.set(r.invoiceId, toWarehouseIssue(r, tz));
      }
      return map;
    }).load(invoiceId);
  };

  /** Issued lines with the names they were sold under. */
  issueLinesOf = (issueId: string): Promise<WarehouseIssueLine[]> =>
    this.grouped('warehouseIssueLines', async (em, ids) => {
      const rows: Array<{ issue_id: string; product_id: string; product_name: string; product_sku: string; quantity: number; returned_quantity: number }> = await em.query(
        `SELECT l.issue_id, l.product_id, pl.product_name, pl.product_sku, l.quantity, l.returned_quantity
           FROM warehouse_issue_lines l
           JOIN warehouse_issues w ON w.id = l.issue_id
           JOIN invoices i ON i.id = w.invoice_id
           JOIN proforma_lines pl ON pl.proforma_id = i.proforma_id AND pl.product_id = l.product_id
          WHERE l.issue_id = ANY($1::uuid[])
          ORDER BY pl.position`,
        [ids],
      );
      return new Map(
        [...group(rows, (r) => r.issue_id)].map(([k, v]) => [
          k,
          v.map((r) => ({ productId: r.product_id, productName: r.product_name, productSku: r.product_sku, quantity: r.quantity, returnedQuantity: r.returned_quantity })),
        ]),
      );
    }).load(issueId);
}

