export interface Problem {
  field: string;
  message: string;
}

export interface CartProblems {
  /** Cart line index → what stops it: gone from the store, off sale, or short of stock. */
  lines: Map<number, 'gone' | 'stock'>;
  /** The coupon or voucher code could not be used. */
  coupon: string | null;
  /** The points reward chosen at checkout could not be used (not enough points, the minimum order, …). */
  reward: string | null;
  /** Anything else (shown as is). */
  other: Problem[];
}

/** Sorts the quote's problems (`input.lines.N.productId|quantity`, `input.couponCode`, `input.rewardId`) onto the cart. */
export function cartProblems(problems: Problem[]): CartProblems {
  const result: CartProblems = { lines: new Map(), coupon: null, reward: null, other: [] };
  for (const p of problems) {
    const line = /^input\.lines\.(\d+)\.(productId|quantity)$/.exec(p.field);
    if (line) {
      const index = Number(line[1]);
      // An off-sale or unknown product outweighs a stock shortage of the same line.
      if (line[2] === 'productId' || !result.lines.has(index)) result.lines.set(index, line[2] === 'productId' ? 'gone' : 'stock');
    } else if (p.field === 'input.couponCode' || p.field.endsWith('.couponCode')) {
      result.coupon ??= p.message;
    } else if (p.field === 'input.rewardId') {
      result.reward ??= p.message;
    } else {
      result.other.push(p);
    }
  }
  return result;
}
