// Discount values and amounts typed in the club's forms (pure, no React): percents as basis points, money as Rial.
import { percentInputToBp } from '@/features/catalog/lib/percent';
import type { CouponKind } from '@/gql/graphql';
import { inputToRial } from '@/lib/money';
import type { MoneyUnit } from '@peyvand/text';

/** An optional amount: integer Rial, or null when blank or not a valid amount (validation reports those). */
export function amountOrNull(text: string, unit: MoneyUnit): number | null {
  const r = inputToRial(text, unit);
  return typeof r === 'number' ? r : null;
}

/** A voucher's value as the API takes it: basis points for PERCENT, Rial for FIXED; null, 'invalid' as the parsers say. */
export function voucherValueOf(kind: CouponKind, text: string, unit: MoneyUnit): number | null | 'invalid' {
  return kind === 'PERCENT' ? percentInputToBp(text) : inputToRial(text, unit);
}

/** The translation key of what is wrong with a typed voucher value, or null when it is a positive value. */
export function voucherValueErrorKey(kind: CouponKind, text: string, unit: MoneyUnit): string | null {
  const parsed = voucherValueOf(kind, text, unit);
  if (parsed === null) return 'validation.required';
  if (parsed === 'invalid' || parsed === 0) return kind === 'PERCENT' ? 'catalog.fieldErrors.percent' : 'catalog.fieldErrors.amount';
  return null;
}
