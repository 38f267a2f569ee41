import { ValueTransformer } from 'typeorm';

/**
 * bigint Rial columns as JS numbers: pg returns bigint as text; money stays well inside Number.MAX_SAFE_INTEGER
 * (9 × 10^15 Rial), and a value outside it fails loudly instead of losing digits.
 */
export const moneyTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => {
    if (value === null || value === undefined) return null;
    const n = Number(value);
    if (!Number.isSafeInteger(n)) throw new RangeError(`money column value ${value} is beyond the safe integer range`);
    return n;
  },
};
