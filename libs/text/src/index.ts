export { toLatinDigits, toPersianDigits } from './digits';
export { normalizePersian, searchKey } from './normalize';
export type { FormatMoneyOptions, MoneyUnit } from './money';
export { formatMoney, parseMoney, toRialBigInt } from './money';
export type { SmsParts } from './sms-parts';
export { countSmsParts } from './sms-parts';
