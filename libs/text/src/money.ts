import { toLatinDigits, toPersianDigits } from './digits';

/** IRR = Rial (the stored unit), IRT = Toman (10 Rial), the unit people quote prices in. */
export type MoneyUnit = 'IRR' | 'IRT';

export interface FormatMoneyOptions {
  /** Unit to display; default 'IRT' (Toman). */
  unit?: MoneyUnit;
  /** 'fa' = Persian digits and separators, Persian unit name; 'en' = ASCII. Default 'fa'. */
  locale?: 'fa' | 'en';
  /** Append the unit name; default true. */
  withUnit?: boolean;
}

const UNIT_NAMES = {
  fa: { IRR: 'ریال', IRT: 'تومان' },
  en: { IRR: 'IRR', IRT: 'Toman' },
} as const;

const SEPARATORS = {
  fa: { group: '\u066c', decimal: '\u066b', minus: '\u200e\u2212' }, // as ICU's fa locale: ٬ ٫ and LRM + minus sign
  en: { group: ',', decimal: '.', minus: '-' },
} as const;

/** Integer Rial amount from bigint / safe-integer number / digit string (separators and Persian digits allowed). */
export function toRialBigInt(amount: bigint | number | string): bigint {
  if (typeof amount === 'bigint') return amount;
  if (typeof amount === 'number') {
    if (!Number.isSafeInteger(amount)) throw new RangeError(`Money must be an integer number of Rial: ${amount}`);
    return BigInt(amount);
  }
  const s = toLatinDigits(amount).trim().replace(/[\s,\u066c_']/g, '').replace(/^[\u2212\u2013]/, '-').replace(/^\u200e/, '');
  if (!/^-?\d+$/.test(s)) throw new RangeError(`Money must be an integer number of Rial: ${JSON.stringify(amount)}`);
  return BigInt(s);
}

function group(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, separator);
}

/**
 * Formats an integer Rial amount: formatMoney(123450000n) -> '۱۲٬۳۴۵٬۰۰۰ تومان',
 * formatMoney(12345, { locale: 'en' }) -> '1,234.5 Toman'. Toman amounts are exact (bigint arithmetic):
 * a Rial amount not divisible by 10 shows one decimal.
 */
export function formatMoney(rial: bigint | number | string, options: FormatMoneyOptions = {}): string {
  const { unit = 'IRT', locale = 'fa', withUnit = true } = options;
  const value = toRialBigInt(rial);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const sep = SEPARATORS[locale];
  let text: string;
  if (unit === 'IRT') {
    const whole = abs / 10n;
    const fraction = abs % 10n;
    text = group(whole.toString(), sep.group) + (fraction === 0n ? '' : sep.decimal + fraction.toString());
  } else {
    text = group(abs.toString(), sep.group);
  }
  if (locale === 'fa') text = toPersianDigits(text);
  if (negative) text = sep.minus + text;
  return withUnit ? `${text} ${UNIT_NAMES[locale][unit]}` : text;
}

/**
 * Parses an amount typed in `unit` (default Toman) into integer Rial; null when not a number or when
 * a Toman amount has more than one decimal (not a whole Rial). Accepts Persian digits and separators.
 */
export function parseMoney(input: string, options: { unit?: MoneyUnit } = {}): bigint | null {
  const unit = options.unit ?? 'IRT';
  const s = toLatinDigits(input)
    .replace(/تومان|ریال|toman|irr|irt|rials?/gi, '')
    .replace(/[\s,\u066c_'\u200e\u200f]/g, '')
    .replace(/\u066b/g, '.')
    .replace(/^[\u2212\u2013]/, '-');
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) return null;
  const [, minus, whole, fraction = ''] = m;
  let rial: bigint;
  if (unit === 'IRT') {
    const decimals = fraction.replace(/0+$/, '');
    if (decimals.length > 1) return null;
    rial = BigInt(whole) * 10n + BigInt(decimals || '0');
  } else {
    if (/[1-9]/.test(fraction)) return null;
    rial = BigInt(whole);
  }
  return minus ? -rial : rial;
}
