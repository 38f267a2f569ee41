import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSql } from '../tenant-table.sql';

/**
 * Loyalty (owned by modules/club/loyalty, docs/CLUB.md "Loyalty"): the points ledger and balances, earning rules,
 * tiers, rewards and redemptions, vouchers handed out, stamp cards, referral and club news.
 *
 * The ledger is the truth and the balance row its running sum, kept by a trigger on every insert: the CHECK
 * balance >= 0 then refuses any spend the ledger cannot cover, whatever code path wrote it. Entries are never edited
 * or deleted; the one column that moves is `remaining` of a positive entry (the part of that lot not yet spent or
 * expired, for oldest-first expiry), and the trigger lets it only go down.
 */
export class Loyalty1764000000013 implements MigrationInterface {
  name = 'Loyalty1764000000013';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE loyalty_settings (
        workspace_id uuid PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
        enabled boolean NOT NULL DEFAULT true,
        purchase_points int NOT NULL DEFAULT 1 CHECK (purchase_points >= 0),
        purchase_unit bigint NOT NULL DEFAULT 100000 CHECK (purchase_unit > 0),
        call_points int NOT NULL DEFAULT 2 CHECK (call_points >= 0),
        sms_points int NOT NULL DEFAULT 1 CHECK (sms_points >= 0),
        news_points int NOT NULL DEFAULT 5 CHECK (news_points >= 0),
        survey_points int NOT NULL DEFAULT 10 CHECK (survey_points >= 0),
        contest_points int NOT NULL DEFAULT 10 CHECK (contest_points >= 0),
        referrer_points int NOT NULL DEFAULT 50 CHECK (referrer_points >= 0),
        referee_points int NOT NULL DEFAULT 20 CHECK (referee_points >= 0),
        birthday_points int NOT NULL DEFAULT 20 CHECK (birthday_points >= 0),
        daily_caps jsonb NOT NULL DEFAULT '{"CALL": 10, "SMS": 5, "NEWS": 50, "SURVEY": 50, "CONTEST": 50}',
        tier_multipliers boolean NOT NULL DEFAULT true,
        expiry_months int CHECK (expiry_months BETWEEN 1 AND 120),
        expiry_warning_days int NOT NULL DEFAULT 14 CHECK (expiry_warning_days BETWEEN 0 AND 90),
        tier_basis text NOT NULL DEFAULT 'POINTS_EARNED' CHECK (tier_basis IN ('POINTS_EARNED', 'PURCHASE_COUNT')),
        tier_window_months int NOT NULL DEFAULT 12 CHECK (tier_window_months BETWEEN 1 AND 60),
        next_voucher_enabled boolean NOT NULL DEFAULT false,
        next_voucher_kind text NOT NULL DEFAULT 'PERCENT' CHECK (next_voucher_kind IN ('PERCENT', 'FIXED')),
        next_voucher_value bigint NOT NULL DEFAULT 500 CHECK (next_voucher_value > 0),
        next_voucher_max_discount bigint CHECK (next_voucher_max_discount > 0),
        next_voucher_min_order bigint NOT NULL DEFAULT 0 CHECK (next_voucher_min_order >= 0),
        next_voucher_valid_days int NOT NULL DEFAULT 30 CHECK (next_voucher_valid_days BETWEEN 1 AND 365),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    for (const s of tenantTableSql('loyalty_settings')) await q.query(s);

    await q.query(`
      CREATE TABLE loyalty_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('EARN', 'REDEEM', 'EXPIRE', 'ADJUST', 'REVERSE')),
        source text NOT NULL CHECK (length(source) BETWEEN 1 AND 40),
        delta int NOT NULL CHECK (delta <> 0),
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
        source_ref text CHECK (length(source_ref) BETWEEN 1 AND 300),
        expires_at timestamptz(3),
        remaining int NOT NULL DEFAULT 0,
        actor_member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT loyalty_entries_remaining_of_lot CHECK (remaining >= 0 AND remaining <= greatest(delta, 0)),
        CONSTRAINT loyalty_entries_sign_of_kind CHECK (
          (kind = 'EARN' AND delta > 0) OR (kind IN ('REDEEM', 'EXPIRE', 'REVERSE') AND delta < 0) OR kind = 'ADJUST')
      )`);
    await q.query(`CREATE UNIQUE INDEX loyalty_entries_source_ref ON loyalty_entries (workspace_id, source_ref) WHERE source_ref IS NOT NULL`);
    await q.query(`CREATE INDEX loyalty_entries_contact_idx ON loyalty_entries (workspace_id, contact_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX loyalty_entries_lots_idx ON loyalty_entries (workspace_id, contact_id, expires_at) WHERE remaining > 0`);
    await q.query(`CREATE INDEX loyalty_entries_expiring_idx ON loyalty_entries (workspace_id, expires_at) WHERE remaining > 0 AND expires_at IS NOT NULL`);
    for (const s of tenantTableSql('loyalty_entries', { audit: false })) await q.query(s);

    await q.query(`
      CREATE TABLE loyalty_balances (
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        balance int NOT NULL DEFAULT 0 CONSTRAINT loyalty_balances_not_negative CHECK (balance >= 0),
        lifetime_earned int NOT NULL DEFAULT 0,
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, contact_id)
      )`);
    for (const s of tenantTableSql('loyalty_balances', { audit: false })) await q.query(s);

    await q.query(`
      CREATE FUNCTION loyalty_entries_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          -- Only a cascade (deleting the workspace or contact row, at trigger depth 2) removes entries.
          IF pg_trigger_depth() < 2 THEN RAISE EXCEPTION 'loyalty_entries is append-only'; END IF;
          RETURN OLD;
        END IF;
        IF (to_jsonb(NEW) - 'remaining') IS DISTINCT FROM (to_jsonb(OLD) - 'remaining') OR NEW.remaining > OLD.remaining THEN
          RAISE EXCEPTION 'loyalty_entries is append-only (only the remaining part of a lot may go down)';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER loyalty_entries_guard BEFORE UPDATE OR DELETE ON loyalty_entries FOR EACH ROW EXECUTE FUNCTION loyalty_entries_guard()`);
    await q.query(`
      CREATE FUNCTION loyalty_entries_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE earned int := CASE WHEN NEW.kind = 'EARN' THEN NEW.delta ELSE 0 END;
      BEGIN
        -- UPDATE first: INSERT … ON CONFLICT would check the CHECK on the candidate row (a negative delta) before the conflict.
        UPDATE loyalty_balances SET balance = balance + NEW.delta, lifetime_earned = lifetime_earned + earned, updated_at = now()
         WHERE workspace_id = NEW.workspace_id AND contact_id = NEW.contact_id;
        IF NOT FOUND THEN
          INSERT INTO loyalty_balances (workspace_id, contact_id, balance, lifetime_earned) VALUES (NEW.workspace_id, NEW.contact_id, NEW.delta, earned);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER loyalty_entries_apply AFTER INSERT ON loyalty_entries FOR EACH ROW EXECUTE FUNCTION loyalty_entries_apply()`);

    // Manual adjustments by staff, audited (who, how much, why); the ledger entry they made is linked.
    await q.query(`
      CREATE TABLE loyalty_adjustments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        entry_id uuid NOT NULL REFERENCES loyalty_entries(id),
        delta int NOT NULL CHECK (delta <> 0),
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
        actor_member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX loyalty_adjustments_contact_idx ON loyalty_adjustments (workspace_id, contact_id, created_at DESC)`);
    for (const s of tenantTableSql('loyalty_adjustments')) await q.query(s);

    // Purchases the club counted (sales invoices paid in full, storefront plugin orders): stamps, tiers, referral.
    await q.query(`
      CREATE TABLE loyalty_purchases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        ref text NOT NULL CHECK (length(ref) BETWEEN 1 AND 300),
        amount bigint NOT NULL CHECK (amount >= 0),
        points int NOT NULL DEFAULT 0,
        reversed_points int NOT NULL DEFAULT 0 CHECK (reversed_points >= 0),
        purchased_at timestamptz(3) NOT NULL,
        reversed_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX loyalty_purchases_ref ON loyalty_purchases (workspace_id, ref)`);
    await q.query(`CREATE INDEX loyalty_purchases_contact_idx ON loyalty_purchases (workspace_id, contact_id, purchased_at DESC)`);
    for (const s of tenantTableSql('loyalty_purchases', { audit: false })) await q.query(s);

    await q.query(`
      CREATE TABLE loyalty_tiers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        code text NOT NULL CHECK (code ~ '^[A-Z0-9_-]{1,40}$'),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        threshold int NOT NULL CHECK (threshold >= 0),
        multiplier_percent int NOT NULL DEFAULT 100 CHECK (multiplier_percent BETWEEN 100 AND 1000),
        price_list_id uuid REFERENCES price_lists(id),
        free_shipping boolean NOT NULL DEFAULT false,
        benefits text CHECK (length(benefits) <= 2000),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX loyalty_tiers_code ON loyalty_tiers (workspace_id, code)`);
    await q.query(`CREATE UNIQUE INDEX loyalty_tiers_threshold ON loyalty_tiers (workspace_id, threshold)`);
    for (const s of tenantTableSql('loyalty_tiers')) await q.query(s);

    await q.query(`
      CREATE TABLE loyalty_contact_tiers (
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        tier_id uuid REFERENCES loyalty_tiers(id) ON DELETE SET NULL,
        qualifying int NOT NULL DEFAULT 0,
        since timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, contact_id)
      )`);
    await q.query(`CREATE INDEX loyalty_contact_tiers_tier_idx ON loyalty_contact_tiers (workspace_id, tier_id)`);
    for (const s of tenantTableSql('loyalty_contact_tiers', { audit: false })) await q.query(s);

    await q.query(`
      CREATE TABLE loyalty_tier_history (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        from_tier_id uuid REFERENCES loyalty_tiers(id) ON DELETE SET NULL,
        to_tier_id uuid REFERENCES loyalty_tiers(id) ON DELETE SET NULL,
        from_tier_name text,
        to_tier_name text,
        qualifying int NOT NULL,
        reason text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX loyalty_tier_history_contact_idx ON loyalty_tier_history (workspace_id, contact_id, created_at DESC)`);
    for (const s of tenantTableSql('loyalty_tier_history', { audit: false })) await q.query(s);

    await q.query(`
      CREATE TABLE loyalty_rewards (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('VOUCHER', 'FREE_PRODUCT', 'STAMP_CARD')),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        description text CHECK (length(description) <= 2000),
        points_cost int NOT NULL DEFAULT 0 CHECK (points_cost >= 0),
        voucher_kind text CHECK (voucher_kind IN ('PERCENT', 'FIXED')),
        voucher_value bigint CHECK (voucher_value > 0),
        max_discount bigint CHECK (max_discount > 0),
        min_order_total bigint NOT NULL DEFAULT 0 CHECK (min_order_total >= 0),
        valid_days int NOT NULL DEFAULT 30 CHECK (valid_days BETWEEN 1 AND 365),
        product_id uuid REFERENCES products(id),
        category_id uuid REFERENCES product_categories(id),
        stamps_required int CHECK (stamps_required BETWEEN 2 AND 100),
        archived_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT loyalty_rewards_terms CHECK (
          (kind = 'VOUCHER' AND voucher_kind IS NOT NULL AND voucher_value IS NOT NULL AND points_cost > 0) OR
          (kind = 'FREE_PRODUCT' AND product_id IS NOT NULL AND points_cost > 0) OR
          (kind = 'STAMP_CARD' AND stamps_required IS NOT NULL AND (product_id IS NOT NULL) <> (category_id IS NOT NULL)))
      )`);
    await q.query(`CREATE INDEX loyalty_rewards_created_idx ON loyalty_rewards (workspace_id, created_at DESC, id DESC)`);
    for (const s of tenantTableSql('loyalty_rewards')) await q.query(s);

    // Every coupon the club handed a member (redeemed rewards, stamp cards, next-purchase vouchers, referral).
    await q.query(`
      CREATE TABLE loyalty_vouchers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        coupon_id uuid NOT NULL REFERENCES coupons(id),
        origin text NOT NULL CHECK (origin IN ('REWARD', 'STAMP_CARD', 'NEXT_PURCHASE')),
        reward_id uuid REFERENCES loyalty_rewards(id),
        source_ref text NOT NULL CHECK (length(source_ref) BETWEEN 1 AND 300),
        points int NOT NULL DEFAULT 0,
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE UNIQUE INDEX loyalty_vouchers_source_ref ON loyalty_vouchers (workspace_id, source_ref)`);
    await q.query(`CREATE INDEX loyalty_vouchers_contact_idx ON loyalty_vouchers (workspace_id, contact_id, created_at DESC)`);
    await q.query(`CREATE INDEX loyalty_vouchers_coupon_idx ON loyalty_vouchers (workspace_id, coupon_id)`);
    for (const s of tenantTableSql('loyalty_vouchers', { audit: false })) await q.query(s);

    await q.query(`
      CREATE TABLE loyalty_stamp_cards (
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        reward_id uuid NOT NULL REFERENCES loyalty_rewards(id),
        stamps int NOT NULL DEFAULT 0 CHECK (stamps >= 0),
        completed int NOT NULL DEFAULT 0 CHECK (completed >= 0),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, contact_id, reward_id)
      )`);
    for (const s of tenantTableSql('loyalty_stamp_cards', { audit: false })) await q.query(s);

    await q.query(`
      CREATE TABLE loyalty_referral_codes (
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        code text NOT NULL CHECK (code ~ '^[A-Z0-9]{4,20}$'),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, contact_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX loyalty_referral_codes_code ON loyalty_referral_codes (workspace_id, code)`);
    for (const s of tenantTableSql('loyalty_referral_codes', { audit: false })) await q.query(s);

    await q.query(`
      CREATE TABLE loyalty_referrals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        referrer_contact_id uuid NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        referee_contact_id uuid NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        referee_phone text,
        code text NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'REFUSED')),
        refusal text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        succeeded_at timestamptz(3),
        CONSTRAINT loyalty_referrals_not_self CHECK (status = 'REFUSED' OR referrer_contact_id <> referee_contact_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX loyalty_referrals_referee ON loyalty_referrals (workspace_id, referee_contact_id) WHERE status <> 'REFUSED'`);
    await q.query(`CREATE UNIQUE INDEX loyalty_referrals_phone ON loyalty_referrals (workspace_id, referee_phone) WHERE status <> 'REFUSED' AND referee_phone IS NOT NULL`);
    await q.query(`CREATE INDEX loyalty_referrals_referrer_idx ON loyalty_referrals (workspace_id, referrer_contact_id, status)`);
    for (const s of tenantTableSql('loyalty_referrals', { audit: false })) await q.query(s);

    await q.query(`
      CREATE TABLE club_news (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        body text NOT NULL CHECK (length(body) <= 20000),
        url text CHECK (length(url) <= 1000),
        image_url text CHECK (length(image_url) <= 1000),
        points int CHECK (points >= 0),
        published_at timestamptz(3),
        archived_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX club_news_created_idx ON club_news (workspace_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX club_news_published_idx ON club_news (workspace_id, published_at DESC) WHERE archived_at IS NULL AND published_at IS NOT NULL`);
    for (const s of tenantTableSql('club_news')) await q.query(s);

    await q.query(`
      CREATE TABLE club_news_clicks (
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        news_id uuid NOT NULL REFERENCES club_news(id),
        contact_id uuid NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        points int NOT NULL DEFAULT 0,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, news_id, contact_id)
      )`);
    for (const s of tenantTableSql('club_news_clicks', { audit: false })) await q.query(s);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
