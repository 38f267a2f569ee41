import { formatMoney, parseMoney, type MoneyUnit } from '@peyvand/text';

/** The workspace's display unit: "IRR" (Rial) or "IRT" (Toman, the default). The API always speaks integer Rial. */
export function moneyUnitOf(displayCurrency: string | null | undefined): MoneyUnit {
  return displayCurrency === 'IRR' ? 'IRR' : 'IRT';
}

/** An integer Rial amount in the display unit and the reader's language; '' for null/undefined. */
export function formatRial(rial: number | bigint | string | null | undefined, unit: MoneyUnit, locale: string, withUnit = true): string {
  if (rial === null || rial === undefined || rial === '') return '';
  return formatMoney(rial, { unit, locale: locale === 'fa' ? 'fa' : 'en', withUnit });
}

/** The value an amount input starts with: the amount in the display unit, ASCII digits, no separators. */
export function rialToInput(rial: number | null | undefined, unit: MoneyUnit): string {
  if (rial === null || rial === undefined) return '';
  if (unit === 'IRR') return String(rial);
  const negative = rial < 0;
  const abs = Math.abs(rial);
  const text = `${Math.floor(abs / 10)}${abs % 10 ? `.${abs % 10}` : ''}`;
  return negative ? `-${text}` : text;
}

/**
 * What was typed (Persian or ASCII digits, separators, the unit name) → integer Rial; null when blank; 'invalid' when
 * not a whole, non-negative number of Rial that fits a safe integer.
 */
export function inputToRial(text: string, unit: MoneyUnit): number | null | 'invalid' {
  if (!text.trim()) return null;
  const rial = parseMoney(text, { unit });
  if (rial === null || rial < 0n || rial > BigInt(Number.MAX_SAFE_INTEGER)) return 'invalid';
  return Number(rial);
}
