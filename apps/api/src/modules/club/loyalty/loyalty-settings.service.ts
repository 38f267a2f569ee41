import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TenantDb } from '../../../core/database/tenant-db.service';
import { BadInputError } from '../../../core/errors/domain-errors';
import { CouponKind } from '../../catalog/models/catalog.enums';
import { UpdateLoyaltySettingsInput } from './dto/loyalty.inputs';
import { LoyaltySettings, PointsSource, TierBasis } from './models/loyalty.models';

const COLUMNS: Record<Exclude<keyof LoyaltySettings, 'dailyCaps'>, string> = {
  enabled: 'enabled', purchasePoints: 'purchase_points', purchaseUnit: 'purchase_unit', callPoints: 'call_points', smsPoints: 'sms_points',
  newsPoints: 'news_points', surveyPoints: 'survey_points', contestPoints: 'contest_points', referrerPoints: 'referrer_points',
  refereePoints: 'referee_points', birthdayPoints: 'birthday_points', tierMultipliers: 'tier_multipliers', expiryMonths: 'expiry_months',
  expiryWarningDays: 'expiry_warning_days', tierBasis: 'tier_basis', tierWindowMonths: 'tier_window_months', nextVoucherEnabled: 'next_voucher_enabled',
  nextVoucherKind: 'next_voucher_kind', nextVoucherValue: 'next_voucher_value', nextVoucherMaxDiscount: 'next_voucher_max_discount',
  nextVoucherMinOrder: 'next_voucher_min_order', nextVoucherValidDays: 'next_voucher_valid_days',
};
const MONEY = new Set(['purchaseUnit', 'nextVoucherValue', 'nextVoucherMaxDiscount', 'nextVoucherMinOrder']);

/** The column defaults of migration 1764000000013 (the values of the club article: 1 point per 100,000 Rial, a call 2, an SMS 1). */
export const DEFAULT_LOYALTY_SETTINGS: LoyaltySettings = {
  enabled: true, purchasePoints: 1, purchaseUnit: 100_000, callPoints: 2, smsPoints: 1, newsPoints: 5, surveyPoints: 10, contestPoints: 10,
  referrerPoints: 50, refereePoints: 20, birthdayPoints: 20,
  dailyCaps: [
    { source: PointsSource.CALL, points: 10 }, { source: PointsSource.SMS, points: 5 }, { source: PointsSource.NEWS, points: 50 },
    { source: PointsSource.SURVEY, points: 50 }, { source: PointsSource.CONTEST, points: 50 },
  ],
  tierMultipliers: true, expiryMonths: null, expiryWarningDays: 14, tierBasis: TierBasis.POINTS_EARNED, tierWindowMonths: 12,
  nextVoucherEnabled: false, nextVoucherKind: CouponKind.PERCENT, nextVoucherValue: 500, nextVoucherMaxDiscount: null, nextVoucherMinOrder: 0,
  nextVoucherValidDays: 30,
};

function toSettings(row: Record<string, unknown>): LoyaltySettings {
  const out: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(COLUMNS)) {
    const v = row[column];
    out[key] = MONEY.has(key) && v !== null ? Number(v) : v;
  }
  const caps = row.daily_caps as Record<string, number>;
  out.dailyCaps = Object.entries(caps).map(([source, points]) => ({ source: source as PointsSource, points }));
  return out as unknown as LoyaltySettings;
}

/** The workspace's earning rules, expiry, tier window and next-purchase voucher (one row, created with the defaults on first use). */
@Injectable()
export class LoyaltySettingsService {
  constructor(private readonly db: TenantDb) {}

  get(): Promise<LoyaltySettings> {
    return this.db.tx((em) => this.getIn(em));
  }

  /** The settings, or the defaults while the workspace has saved none (reads may run in a read-only transaction). */
  async getIn(em: EntityManager): Promise<LoyaltySettings> {
    const [row] = await em.query(`SELECT * FROM loyalty_settings`);
    return row ? toSettings(row) : { ...DEFAULT_LOYALTY_SETTINGS, dailyCaps: [...DEFAULT_LOYALTY_SETTINGS.dailyCaps] };
  }

  update(input: UpdateLoyaltySettingsInput): Promise<LoyaltySettings> {
    return this.db.tx(async (em) => {
      await em.query(`INSERT INTO loyalty_settings (workspace_id) VALUES (app_current_workspace()) ON CONFLICT (workspace_id) DO NOTHING`);
      const current = await this.getIn(em);
      const next = { ...current, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) } as LoyaltySettings;
      if (next.nextVoucherKind === CouponKind.PERCENT && next.nextVoucherValue > 10000) {
        throw BadInputError.field('input.nextVoucherValue', 'a percent voucher is 1–10000 basis points (1000 = 10%)');
      }
      if (next.nextVoucherKind === CouponKind.FIXED && next.nextVoucherMaxDiscount !== null && input.nextVoucherMaxDiscount !== undefined) {
        throw BadInputError.field('input.nextVoucherMaxDiscount', 'applies to percent vouchers only');
      }
      const sets: string[] = [];
      const values: unknown[] = [];
      for (const [key, column] of Object.entries(COLUMNS)) {
        const value = (input as Record<string, unknown>)[key];
        if (value === undefined) continue;
        values.push(value);
        sets.push(`${column} = $${values.length}`);
      }
      if (input.dailyCaps) {
        const caps: Record<string, number> = {};
        input.dailyCaps.forEach((c, i) => {
          if (caps[c.source] !== undefined) throw BadInputError.field(`input.dailyCaps.${i}.source`, 'appears twice');
          caps[c.source] = c.points;
        });
        values.push(JSON.stringify(caps));
        sets.push(`daily_caps = $${values.length}::jsonb`);
      }
      if (!sets.length) return current;
      const [[row]] = await em.query(`UPDATE loyalty_settings SET ${sets.join(', ')}, updated_at = now() RETURNING *`, values);
      return toSettings(row);
    });
  }
}

export const capOf = (settings: LoyaltySettings, source: PointsSource): number | null =>
  settings.dailyCaps.find((c) => c.source === source)?.points ?? null;

