import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSql } from '../tenant-table.sql';

/**
 * Sales documents: pro-forma (پیش‌فاکتور) → invoice (فاکتور) → warehouse issue (حواله انبار).
 * Invoice numbers are gapless per workspace and Jalali year: `invoice_counters` is incremented in the invoice's own
 * transaction (INSERT … ON CONFLICT DO UPDATE … RETURNING), so a rolled-back invoice rolls its number back too, and
 * concurrent issuers queue on the counter row. Every status rule the service enforces is also a CHECK here.
 */
export class Sales1764000000008 implements MigrationInterface {
  name = 'Sales1764000000008';

  async up(q: QueryRunner): Promise<void> {
    // Readable per-workspace numbers of pro-formas and warehouse issues (gaps allowed there: a failed create may skip one).
    await q.query(`
      CREATE TABLE sales_counters (
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('PROFORMA', 'WAREHOUSE_ISSUE')),
        last_number int NOT NULL CHECK (last_number > 0),
        PRIMARY KEY (workspace_id, kind)
      )`);
    for (const s of tenantTableSql('sales_counters', { audit: false })) await q.query(s);

    await q.query(`
      CREATE TABLE proformas (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        number int NOT NULL CHECK (number > 0),
        contact_id uuid NOT NULL REFERENCES contacts(id),
        owner_member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL,
        source text NOT NULL CHECK (source IN ('STAFF', 'CLUB', 'API')),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'CONFIRMED', 'INVOICED', 'CANCELLED', 'EXPIRED')),
        coupon_code text,
        subtotal bigint NOT NULL CHECK (subtotal >= 0),
        discount_total bigint NOT NULL CHECK (discount_total >= 0),
        coupon_discount bigint NOT NULL CHECK (coupon_discount >= 0),
        tax_total bigint NOT NULL CHECK (tax_total >= 0),
        total bigint NOT NULL CHECK (total >= 0),
        validity_days int NOT NULL DEFAULT 3 CHECK (validity_days BETWEEN 1 AND 90),
        expires_at timestamptz(3),
        confirmed_at timestamptz(3),
        cancelled_at timestamptz(3),
        cancel_reason text,
        expired_at timestamptz(3),
        invoiced_at timestamptz(3),
        notes text,
        created_by_member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (workspace_id, id),
        UNIQUE (workspace_id, number),
        CHECK (total = subtotal - discount_total + tax_total),
        CHECK (coupon_discount <= discount_total),
        CHECK (status NOT IN ('CONFIRMED', 'INVOICED', 'EXPIRED') OR (confirmed_at IS NOT NULL AND expires_at IS NOT NULL)),
        CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL)),
        CHECK (status <> 'CANCELLED' OR length(cancel_reason) BETWEEN 1 AND 1000),
        CHECK ((status = 'EXPIRED') = (expired_at IS NOT NULL)),
        CHECK ((status = 'INVOICED') = (invoiced_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX proformas_created_idx ON proformas (workspace_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX proformas_contact_idx ON proformas (workspace_id, contact_id, created_at DESC)`);
    await q.query(`CREATE INDEX proformas_status_idx ON proformas (workspace_id, status, created_at DESC)`);
    // The expiry job's scan: confirmed pro-formas by due time, across workspaces.
    await q.query(`CREATE INDEX proformas_expiry_idx ON proformas (expires_at) WHERE status = 'CONFIRMED'`);
    for (const s of tenantTableSql('proformas')) await q.query(s);

    await q.query(`
      CREATE TABLE proforma_lines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        proforma_id uuid NOT NULL,
        position int NOT NULL CHECK (position >= 0),
        product_id uuid NOT NULL,
        product_name text NOT NULL,
        product_sku text NOT NULL,
        unit text,
        quantity int NOT NULL CHECK (quantity > 0),
        unit_base_price bigint NOT NULL CHECK (unit_base_price >= 0),
        unit_price bigint NOT NULL CHECK (unit_price >= 0),
        discount bigint NOT NULL CHECK (discount >= 0),
        coupon_discount bigint NOT NULL CHECK (coupon_discount BETWEEN 0 AND discount),
        tax_rate_bp int NOT NULL CHECK (tax_rate_bp BETWEEN 0 AND 10000),
        tax bigint NOT NULL CHECK (tax >= 0),
        total bigint NOT NULL CHECK (total >= 0),
        price_list_id uuid,
        CHECK (total = unit_base_price * quantity - discount + tax),
        UNIQUE (proforma_id, position),
        FOREIGN KEY (workspace_id, proforma_id) REFERENCES proformas (workspace_id, id) ON DELETE CASCADE,
        FOREIGN KEY (workspace_id, product_id) REFERENCES products (workspace_id, id)
      )`);
    await q.query(`CREATE INDEX proforma_lines_proforma_idx ON proforma_lines (workspace_id, proforma_id, position)`);
    for (const s of tenantTableSql('proforma_lines')) await q.query(s);

    await q.query(`
      CREATE TABLE invoice_counters (
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        jalali_year int NOT NULL CHECK (jalali_year BETWEEN 1300 AND 1700),
        last_number int NOT NULL CHECK (last_number > 0),
        PRIMARY KEY (workspace_id, jalali_year)
      )`);
    for (const s of tenantTableSql('invoice_counters', { audit: false })) await q.query(s);

    await q.query(`
      CREATE TABLE invoices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        proforma_id uuid NOT NULL UNIQUE,
        contact_id uuid NOT NULL REFERENCES contacts(id),
        owner_member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL,
        jalali_year int NOT NULL CHECK (jalali_year BETWEEN 1300 AND 1700),
        number int NOT NULL CHECK (number > 0),
        subtotal bigint NOT NULL CHECK (subtotal >= 0),
        discount_total bigint NOT NULL CHECK (discount_total >= 0),
        coupon_discount bigint NOT NULL CHECK (coupon_discount >= 0),
        tax_total bigint NOT NULL CHECK (tax_total >= 0),
        total bigint NOT NULL CHECK (total >= 0),
        paid_total bigint NOT NULL DEFAULT 0 CHECK (paid_total >= 0),
        payment_status text NOT NULL CHECK (payment_status IN ('UNPAID', 'PARTLY_PAID', 'PAID')),
        status text NOT NULL DEFAULT 'ISSUED' CHECK (status IN ('ISSUED', 'CANCELLED')),
        issued_at timestamptz(3) NOT NULL DEFAULT now(),
        cancelled_at timestamptz(3),
        cancel_reason text,
        completed_at timestamptz(3),
        created_by_member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (workspace_id, id),
        UNIQUE (workspace_id, jalali_year, number),
        FOREIGN KEY (workspace_id, proforma_id) REFERENCES proformas (workspace_id, id),
        CHECK (total = subtotal - discount_total + tax_total),
        CHECK (coupon_discount <= discount_total),
        CHECK (paid_total <= total),
        CHECK (payment_status = CASE WHEN paid_total >= total THEN 'PAID' WHEN paid_total = 0 THEN 'UNPAID' ELSE 'PARTLY_PAID' END),
        CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL)),
        CHECK (status <> 'CANCELLED' OR length(cancel_reason) BETWEEN 1 AND 1000),
        CHECK (completed_at IS NULL OR payment_status = 'PAID')
      )`);
    await q.query(`CREATE INDEX invoices_issued_idx ON invoices (workspace_id, issued_at DESC, id DESC)`);
    await q.query(`CREATE INDEX invoices_contact_idx ON invoices (workspace_id, contact_id, issued_at DESC)`);
    for (const s of tenantTableSql('invoices')) await q.query(s);

    await q.query(`
      CREATE TABLE invoice_payments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        invoice_id uuid NOT NULL,
        amount bigint NOT NULL CHECK (amount > 0),
        method text NOT NULL CHECK (method IN ('CASH', 'CARD', 'TRANSFER', 'ONLINE', 'CHEQUE', 'OTHER')),
        reference text CHECK (length(reference) <= 200),
        paid_at timestamptz(3) NOT NULL,
        recorded_by_member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        FOREIGN KEY (workspace_id, invoice_id) REFERENCES invoices (workspace_id, id)
      )`);
    await q.query(`CREATE INDEX invoice_payments_invoice_idx ON invoice_payments (workspace_id, invoice_id, paid_at)`);
    for (const s of tenantTableSql('invoice_payments')) await q.query(s);

    await q.query(`
      CREATE TABLE warehouse_issues (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        invoice_id uuid NOT NULL,
        contact_id uuid NOT NULL REFERENCES contacts(id),
        number int NOT NULL CHECK (number > 0),
        status text NOT NULL DEFAULT 'ISSUED' CHECK (status IN ('ISSUED', 'SHIPPED', 'DELIVERED', 'RETURNED', 'CANCELLED')),
        tracking_code text CHECK (length(tracking_code) <= 200),
        issued_at timestamptz(3) NOT NULL DEFAULT now(),
        shipped_at timestamptz(3),
        delivered_at timestamptz(3),
        returned_at timestamptz(3),
        cancelled_at timestamptz(3),
        created_by_member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (workspace_id, id),
        UNIQUE (workspace_id, number),
        FOREIGN KEY (workspace_id, invoice_id) REFERENCES invoices (workspace_id, id),
        CHECK (status NOT IN ('SHIPPED', 'DELIVERED') OR shipped_at IS NOT NULL),
        CHECK (status <> 'DELIVERED' OR delivered_at IS NOT NULL),
        CHECK ((status = 'RETURNED') = (returned_at IS NOT NULL)),
        CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL))
      )`);
    // The goods of an invoice leave the warehouse once: one live issue per invoice.
    await q.query(`CREATE UNIQUE INDEX warehouse_issues_one_live ON warehouse_issues (invoice_id) WHERE status <> 'CANCELLED'`);
    await q.query(`CREATE INDEX warehouse_issues_created_idx ON warehouse_issues (workspace_id, created_at DESC, id DESC)`);
    for (const s of tenantTableSql('warehouse_issues')) await q.query(s);

    await q.query(`
      CREATE TABLE warehouse_issue_lines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        issue_id uuid NOT NULL,
        product_id uuid NOT NULL,
        quantity int NOT NULL CHECK (quantity > 0),
        returned_quantity int NOT NULL DEFAULT 0 CHECK (returned_quantity BETWEEN 0 AND quantity),
        UNIQUE (issue_id, product_id),
        FOREIGN KEY (workspace_id, issue_id) REFERENCES warehouse_issues (workspace_id, id) ON DELETE CASCADE,
        FOREIGN KEY (workspace_id, product_id) REFERENCES products (workspace_id, id)
      )`);
    for (const s of tenantTableSql('warehouse_issue_lines')) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['warehouse_issue_lines', 'warehouse_issues', 'invoice_payments', 'invoices', 'invoice_counters', 'proforma_lines', 'proformas', 'sales_counters']) {
      await q.query(`DROP TABLE IF EXISTS "${t}" CASCADE`);
    }
  }
}
