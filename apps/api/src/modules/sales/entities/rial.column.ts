import { ColumnOptions, ValueTransformer } from 'typeorm';

/** bigint Rial as a JS number (as the catalog does): amounts stay far below 2^53; one beyond it fails loudly. */
const rialTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => {
    if (value === null || value === undefined) return null;
    const n = Number(value);
    if (!Number.isSafeInteger(n)) throw new RangeError(`amount ${value} is beyond the safe integer range`);
    return n;
  },
};

export const rialColumn = (name?: string): ColumnOptions => ({ type: 'bigint', transformer: rialTransformer, ...(name ? { name } : {}) });
