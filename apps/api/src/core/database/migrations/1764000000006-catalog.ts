import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSql } from '../tenant-table.sql';

const UUID = `'^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'`;

/**
 * The catalog (modules/catalog): a category tree, products, price lists with their items, coupons and their
 * redemptions. Money is integer Rial (bigint, never negative); rates are basis points (1000 = 10%).
 * References inside the catalog are composite (workspace_id, id) foreign keys, so a row can never point at another
 * workspace's row even if the application asked it to.
 */
export class Catalog1764000000006 implements MigrationInterface {
  name = 'Catalog1764000000006';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE product_categories (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        parent_id uuid,
        name_fa text NOT NULL CHECK (length(name_fa) BETWEEN 1 AND 100),
        name_en text CHECK (length(name_en) BETWEEN 1 AND 100),
        slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 60),
        tags text[] NOT NULL DEFAULT '{}' CHECK (cardinality(tags) <= 30),
        position int NOT NULL DEFAULT 0,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (workspace_id, id),
        UNIQUE (workspace_id, slug),
        CHECK (parent_id IS DISTINCT FROM id),
        FOREIGN KEY (workspace_id, parent_id) REFERENCES product_categories (workspace_id, id)
      )`);
    await q.query(`CREATE INDEX product_categories_parent_idx ON product_categories (workspace_id, parent_id)`);
    for (const s of tenantTableSql('product_categories')) await q.query(s);

    await q.query(`
      CREATE TABLE products (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        sku text NOT NULL CHECK (sku ~ '^[A-Z0-9][A-Z0-9._/-]{0,63}$'),
        name_fa text NOT NULL CHECK (length(name_fa) BETWEEN 1 AND 200),
        name_en text CHECK (length(name_en) BETWEEN 1 AND 200),
        description text CHECK (length(description) <= 10000),
        category_id uuid,
        unit text NOT NULL DEFAULT 'عدد' CHECK (length(unit) BETWEEN 1 AND 30),
        base_price bigint NOT NULL CHECK (base_price >= 0),
        tax_rate_bp int NOT NULL DEFAULT 0 CHECK (tax_rate_bp BETWEEN 0 AND 10000),
        image_urls text[] NOT NULL DEFAULT '{}' CHECK (cardinality(image_urls) <= 20),
        active boolean NOT NULL DEFAULT true,
        low_stock_threshold int CHECK (low_stock_threshold >= 0),
        search_text text NOT NULL DEFAULT '',
        archived_at timestamptz,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (workspace_id, id),
        UNIQUE (workspace_id, sku),
        CHECK (archived_at IS NULL OR NOT active),
        FOREIGN KEY (workspace_id, category_id) REFERENCES product_categories (workspace_id, id)
      )`);
    await q.query(`CREATE INDEX products_list_idx ON products (workspace_id, created_at DESC, id DESC) WHERE archived_at IS NULL`);
    await q.query(`CREATE INDEX products_category_idx ON products (workspace_id, category_id) WHERE archived_at IS NULL`);
    await q.query(`CREATE INDEX products_search_idx ON products USING gin (search_text gin_trgm_ops) WHERE archived_at IS NULL`);
    for (const s of tenantTableSql('products', { auditExclude: ['search_text'] })) await q.query(s);

    // As contact_search_ids (migration 1764000000002): under RLS a LIKE cannot use the trigram index, so the search
    // runs as the owner, filtered explicitly by the transaction's workspace.
    await q.query(`
      CREATE FUNCTION product_search_ids(terms text[], max_rows int) RETURNS SETOF uuid
      LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        query text := 'SELECT id FROM products WHERE workspace_id = app_current_workspace() AND archived_at IS NULL';
      BEGIN
        IF app_current_workspace() IS NULL THEN RETURN; END IF;
        FOR i IN 1 .. coalesce(array_length(terms, 1), 0) LOOP
          query := query || format(' AND search_text LIKE %L',
            '%' || replace(replace(replace(terms[i], '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%');
        END LOOP;
        RETURN QUERY EXECUTE query || format(' LIMIT %s', max_rows);
      END $$`);

    await q.query(`
      CREATE TABLE price_lists (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        kind text NOT NULL CHECK (kind IN ('TIER', 'SEGMENT', 'CONTACT', 'ALL')),
        target text CHECK (length(target) BETWEEN 1 AND 100),
        priority int NOT NULL DEFAULT 0 CHECK (priority BETWEEN -1000 AND 1000),
        valid_from timestamptz,
        valid_to timestamptz,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (workspace_id, id),
        CHECK ((kind = 'ALL') = (target IS NULL)),
        CHECK (kind NOT IN ('CONTACT', 'SEGMENT') OR target ~ ${UUID}),
        CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from < valid_to)
      )`);
    await q.query(`CREATE INDEX price_lists_target_idx ON price_lists (workspace_id, kind, target) WHERE active`);
    for (const s of tenantTableSql('price_lists')) await q.query(s);

    await q.query(`
      CREATE TABLE price_list_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        price_list_id uuid NOT NULL,
        product_id uuid,
        category_id uuid,
        price bigint CHECK (price >= 0),
        discount_bp int CHECK (discount_bp BETWEEN 1 AND 10000),
        min_quantity int NOT NULL DEFAULT 1 CHECK (min_quantity >= 1),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK (num_nonnulls(product_id, category_id) = 1),
        CHECK (num_nonnulls(price, discount_bp) = 1),
        UNIQUE NULLS NOT DISTINCT (price_list_id, product_id, category_id, min_quantity),
        FOREIGN KEY (workspace_id, price_list_id) REFERENCES price_lists (workspace_id, id) ON DELETE CASCADE,
        FOREIGN KEY (workspace_id, product_id) REFERENCES products (workspace_id, id),
        FOREIGN KEY (workspace_id, category_id) REFERENCES product_categories (workspace_id, id)
      )`);
    await q.query(`CREATE INDEX price_list_items_product_idx ON price_list_items (workspace_id, product_id) WHERE product_id IS NOT NULL`);
    await q.query(`CREATE INDEX price_list_items_category_idx ON price_list_items (workspace_id, category_id) WHERE category_id IS NOT NULL`);
    for (const s of tenantTableSql('price_list_items')) await q.query(s);

    await q.query(`
      CREATE TABLE coupons (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        code text NOT NULL CHECK (length(code) BETWEEN 3 AND 40 AND code = upper(code) AND code !~ '\\s'),
        description text CHECK (length(description) <= 500),
        kind text NOT NULL CHECK (kind IN ('PERCENT', 'FIXED')),
        value bigint NOT NULL CHECK (value > 0),
        max_discount bigint CHECK (max_discount > 0),
        min_order_total bigint NOT NULL DEFAULT 0 CHECK (min_order_total >= 0),
        product_ids uuid[] NOT NULL DEFAULT '{}' CHECK (cardinality(product_ids) <= 500),
        category_ids uuid[] NOT NULL DEFAULT '{}' CHECK (cardinality(category_ids) <= 100),
        max_uses int CHECK (max_uses >= 1),
        uses int NOT NULL DEFAULT 0 CHECK (uses >= 0),
        per_contact_limit int CHECK (per_contact_limit >= 1),
        contact_id uuid REFERENCES contacts(id) ON DELETE CASCADE,
        valid_from timestamptz,
        valid_to timestamptz,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (workspace_id, id),
        UNIQUE (workspace_id, code),
        CHECK (kind <> 'PERCENT' OR value <= 10000),
        CHECK (kind = 'PERCENT' OR max_discount IS NULL),
        CHECK (max_uses IS NULL OR uses <= max_uses),
        CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from < valid_to)
      )`);
    await q.query(`CREATE INDEX coupons_list_idx ON coupons (workspace_id, created_at DESC, id DESC)`);
    // Each redemption changes uses; the redemption rows are the audit trail of those changes.
    for (const s of tenantTableSql('coupons', { auditExclude: ['uses'] })) await q.query(s);

    await q.query(`
      CREATE TABLE coupon_redemptions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        coupon_id uuid NOT NULL,
        contact_id uuid REFERENCES contacts(id) ON DELETE SET NULL,
        order_ref text NOT NULL CHECK (length(order_ref) BETWEEN 1 AND 100),
        amount bigint NOT NULL CHECK (amount >= 0),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (coupon_id, order_ref),
        FOREIGN KEY (workspace_id, coupon_id) REFERENCES coupons (workspace_id, id)
      )`);
    await q.query(`CREATE INDEX coupon_redemptions_contact_idx ON coupon_redemptions (workspace_id, coupon_id, contact_id)`);
    await q.query(`CREATE INDEX coupon_redemptions_order_idx ON coupon_redemptions (workspace_id, order_ref)`);
    for (const s of tenantTableSql('coupon_redemptions')) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS coupon_redemptions`);
    await q.query(`DROP TABLE IF EXISTS coupons`);
    await q.query(`DROP TABLE IF EXISTS price_list_items`);
    await q.query(`DROP TABLE IF EXISTS price_lists`);
    await q.query(`DROP FUNCTION IF EXISTS product_search_ids(text[], int)`);
    await q.query(`DROP TABLE IF EXISTS products`);
    await q.query(`DROP TABLE IF EXISTS product_categories`);
  }
}
