/**
 * The price arithmetic, pure and in integer Rial (bigint, so no amount is ever rounded by floating point).
 *
 * Rounding: every division rounds half up to a whole Rial (all amounts are ≥ 0, so half up = half away from
 * zero), at these points only —
 *  - a percent price-list item: unit price = base − round(base × bp / 10000), per unit;
 *  - a percent coupon: round(eligible amount × bp / 10000), once for the order, then capped;
 *  - the coupon amount is shared over the eligible lines in proportion to their amounts by the largest-remainder
 *    method (floors, then the leftover Rials one each to the largest remainders, earlier line first on ties), so the
 *    shares add up to the coupon amount exactly;
 *  - tax per line: round((line amount after every discount) × taxRateBp / 10000).
 * Totals are sums of the lines, so the lines always add up to the order.
 */

export const BP = 10_000n;

/** round(n / d) half up, for n ≥ 0 and d > 0. */
export function divRoundHalfUp(n: bigint, d: bigint): bigint {
  if (n < 0n || d <= 0n) throw new RangeError(`divRoundHalfUp expects n ≥ 0 and d > 0, got ${n} / ${d}`);
  return (2n * n + d) / (2n * d);
}

/** bp basis points of an amount, rounded half up to a whole Rial. */
export function basisPointsOf(amount: bigint, bp: number): bigint {
  return divRoundHalfUp(amount * BigInt(bp), BP);
}

/** The precedence of price-list kinds when two lists give the same price (lower wins). */
export const KIND_RANK = { CONTACT: 0, SEGMENT: 1, TIER: 2, ALL: 3 } as const;
export type PriceListKindName = keyof typeof KIND_RANK;

export interface PriceItemLike {
  /** A fixed unit price, or null when the item is a percent discount. */
  price: bigint | null;
  discountBp: number | null;
  minQuantity: number;
  /** 0 = the item names the product; n ≥ 1 = it names the product's category n − 1 levels up (1 = its own category). */
  distance: number;
}

/** The unit price an item gives a product of this base price. */
export function itemUnitPrice(base: bigint, item: Pick<PriceItemLike, 'price' | 'discountBp'>): bigint {
  if (item.price !== null) return item.price;
  return base - basisPointsOf(base, item.discountBp ?? 0);
}

/**
 * Within one price list, the item that applies to a line: among the items whose minimum quantity the line meets,
 * the most specific (the product itself, else the nearest category up the tree), then the highest quantity break,
 * then the lowest price. Null when none applies.
 */
export function pickListItem<T extends PriceItemLike>(base: bigint, items: T[], quantity: number): T | null {
  let best: T | null = null;
  for (const item of items) {
    if (item.minQuantity > quantity) continue;
    if (!best) {
      best = item;
      continue;
    }
    if (item.distance !== best.distance) {
      if (item.distance < best.distance) best = item;
      continue;
    }
    if (item.minQuantity !== best.minQuantity) {
      if (item.minQuantity > best.minQuantity) best = item;
      continue;
    }
    if (itemUnitPrice(base, item) < itemUnitPrice(base, best)) best = item;
  }
  return best;
}

export interface ListCandidate {
  priceListId: string;
  kind: PriceListKindName;
  priority: number;
  unitPrice: bigint;
}

/**
 * The customer's unit price: the lowest of the matching lists' prices (each list offers at most one, see
 * pickListItem); on equal prices the more specific list is the one credited (contact, segment, tier, all), then the
 * higher priority, then the id (so the answer never depends on row order). A list never raises a price: a candidate
 * above the base price is ignored (raise the base price instead). Without a candidate the base price applies.
 */
export function bestUnitPrice(base: bigint, candidates: ListCandidate[]): { unitPrice: bigint; priceListId: string | null } {
  let best: ListCandidate | null = null;
  for (const c of candidates) {
    if (c.unitPrice > base) continue;
    if (!best || compareCandidates(c, best) < 0) best = c;
  }
  return best ? { unitPrice: best.unitPrice, priceListId: best.priceListId } : { unitPrice: base, priceListId: null };
}

function compareCandidates(a: ListCandidate, b: ListCandidate): number {
  if (a.unitPrice !== b.unitPrice) return a.unitPrice < b.unitPrice ? -1 : 1;
  if (KIND_RANK[a.kind] !== KIND_RANK[b.kind]) return KIND_RANK[a.kind] - KIND_RANK[b.kind];
  if (a.priority !== b.priority) return b.priority - a.priority;
  return a.priceListId < b.priceListId ? -1 : a.priceListId > b.priceListId ? 1 : 0;
}

export interface CouponTerms {
  kind: 'PERCENT' | 'FIXED';
  /** PERCENT: basis points (1000 = 10%); FIXED: Rial. */
  value: bigint;
  /** PERCENT only: the most the coupon takes off, in Rial. */
  maxDiscount: bigint | null;
}

/** What a coupon takes off an eligible amount: never more than that amount. */
export function couponAmount(terms: CouponTerms, eligible: bigint): bigint {
  let amount = terms.kind === 'PERCENT' ? basisPointsOf(eligible, Number(terms.value)) : terms.value;
  if (terms.maxDiscount !== null && amount > terms.maxDiscount) amount = terms.maxDiscount;
  return amount > eligible ? eligible : amount;
}

/** Splits total over weights in proportion (largest remainder; ties to the earlier weight); the parts sum to total. */
export function allocate(total: bigint, weights: bigint[]): bigint[] {
  const sum = weights.reduce((a, w) => a + w, 0n);
  if (total === 0n || sum === 0n) return weights.map(() => 0n);
  if (total > sum) throw new RangeError('cannot allocate more than the weights hold');
  const parts = weights.map((w) => (total * w) / sum);
  const remainders = weights.map((w, i) => ({ i, r: (total * w) % sum }));
  let left = total - parts.reduce((a, p) => a + p, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left === 0n) break;
    parts[i] += 1n;
    left -= 1n;
  }
  return parts;
}

export interface PricedLineInput {
  quantity: number;
  unitBasePrice: bigint;
  unitPrice: bigint;
  taxRateBp: number;
  /** Whether the coupon (if any) applies to this line. */
  couponEligible: boolean;
}

export interface PricedLine {
  /** unitBasePrice × quantity */
  gross: bigint;
  /** Everything taken off the line: the price list's part and the coupon's share. */
  discount: bigint;
  couponDiscount: bigint;
  tax: bigint;
  /** gross − discount + tax */
  total: bigint;
}

export interface PricedOrder {
  lines: PricedLine[];
  /** Σ unitBasePrice × quantity */
  subtotal: bigint;
  /** Σ line discounts (price lists and coupon) */
  discountTotal: bigint;
  couponDiscount: bigint;
  taxTotal: bigint;
  /** subtotal − discountTotal + taxTotal */
  total: bigint;
}

/** The amount a coupon's minimum order is compared with: the lines at the customer's prices, before coupon and tax. */
export function merchandiseTotal(lines: Array<Pick<PricedLineInput, 'quantity' | 'unitPrice'>>): bigint {
  return lines.reduce((a, l) => a + l.unitPrice * BigInt(l.quantity), 0n);
}

/** Prices the lines: customer unit prices, then the coupon shared over its lines, then tax per line. */
export function priceOrder(lines: PricedLineInput[], coupon: CouponTerms | null): PricedOrder {
  const amounts = lines.map((l) => l.unitPrice * BigInt(l.quantity));
  const eligibleWeights = amounts.map((a, i) => (lines[i].couponEligible ? a : 0n));
  const eligible = eligibleWeights.reduce((a, w) => a + w, 0n);
  const couponTotal = coupon ? couponAmount(coupon, eligible) : 0n;
  const shares = allocate(couponTotal, eligibleWeights);
  const priced = lines.map((l, i): PricedLine => {
    const gross = l.unitBasePrice * BigInt(l.quantity);
    const net = amounts[i] - shares[i];
    const tax = basisPointsOf(net, l.taxRateBp);
    const discount = gross - net;
    return { gross, discount, couponDiscount: shares[i], tax, total: net + tax };
  });
  const sum = (pick: (l: PricedLine) => bigint) => priced.reduce((a, l) => a + pick(l), 0n);
  return {
    lines: priced,
    subtotal: sum((l) => l.gross),
    discountTotal: sum((l) => l.discount),
    couponDiscount: couponTotal,
    taxTotal: sum((l) => l.tax),
    total: sum((l) => l.total),
  };
}
