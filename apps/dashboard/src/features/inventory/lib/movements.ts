// How the stock ledger reads: kinds, colours and signed quantities. Pure.

export const STOCK_MOVEMENT_KINDS = ['RECEIPT', 'ADJUSTMENT', 'TRANSFER_IN', 'TRANSFER_OUT', 'RESERVE', 'RELEASE', 'ISSUE', 'RETURN'] as const;

const KIND_COLORS: Record<string, string> = {
  RECEIPT: 'teal',
  RETURN: 'green',
  TRANSFER_IN: 'cyan',
  TRANSFER_OUT: 'indigo',
  ADJUSTMENT: 'orange',
  RESERVE: 'yellow',
  RELEASE: 'gray',
  ISSUE: 'grape',
};

export const movementKindColor = (kind: string) => KIND_COLORS[kind] ?? 'gray';

/**
 * The change a movement made, signed: on-hand for stock that came in or went out, reserved for reservations
 * (which leave on-hand alone). `affects` says which of the two it is.
 */
export function signedQuantity(m: { deltaOnHand: number; deltaReserved: number; quantity: number }): { value: number; affects: 'onHand' | 'reserved' } {
  if (m.deltaOnHand !== 0) return { value: m.deltaOnHand, affects: 'onHand' };
  if (m.deltaReserved !== 0) return { value: m.deltaReserved, affects: 'reserved' };
  return { value: m.quantity, affects: 'onHand' };
}

/** "+۱۲" / "−۳" (with a real minus sign) in the reader's digits, in an LTR island by the caller. */
export function formatSigned(value: number, locale: string): string {
  const digits = new Intl.NumberFormat(locale === 'fa' ? 'fa-IR' : 'en-US').format(Math.abs(value));
  return value > 0 ? `+${digits}` : value < 0 ? `\u2212${digits}` : digits;
}

/** The availability state a product is in, from its totals over all warehouses. */
export function availabilityState(a: { status: string; lowStock: boolean } | null | undefined): 'available' | 'low' | 'unavailable' {
  if (!a || a.status === 'UNAVAILABLE') return 'unavailable';
  return a.lowStock ? 'low' : 'available';
}

/** Parses a quantity typed with Persian or ASCII digits; null when empty or not an integer. */
export function parseQuantity(text: string, { allowNegative = false } = {}): number | null {
  const s = text
    .trim()
    .replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d)))
    .replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d)))
    .replace(/^[\u2212\u2013]/, '-')
    .replace(/[,\u066c\s]/g, '');
  if (!(allowNegative ? /^[-+]?\d+$/ : /^\+?\d+$/).test(s)) return null;
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : null;
}
