import {
  allocate, basisPointsOf, bestUnitPrice, couponAmount, divRoundHalfUp, itemUnitPrice, ListCandidate, merchandiseTotal, pickListItem, priceOrder,
} from './pricing-math';

describe('price arithmetic (integer Rial, half-up rounding)', () => {
  it('rounds half up to a whole Rial', () => {
    expect(divRoundHalfUp(5n, 2n)).toBe(3n); // 2.5 → 3
    expect(divRoundHalfUp(7n, 2n)).toBe(4n); // 3.5 → 4
    expect(divRoundHalfUp(14n, 10n)).toBe(1n); // 1.4 → 1
    expect(divRoundHalfUp(16n, 10n)).toBe(2n); // 1.6 → 2
    expect(divRoundHalfUp(0n, 7n)).toBe(0n);
    expect(() => divRoundHalfUp(-1n, 2n)).toThrow(RangeError);
  });

  it('takes basis points of an amount: 9% of 105 Rial is 9.45 → 9, of 150 Rial 13.5 → 14', () => {
    expect(basisPointsOf(105n, 900)).toBe(9n);
    expect(basisPointsOf(150n, 900)).toBe(14n);
    expect(basisPointsOf(1_250_000n, 1000)).toBe(125_000n);
    // far beyond Number.MAX_SAFE_INTEGER stays exact
    expect(basisPointsOf(10n ** 20n, 1)).toBe(10n ** 16n);
  });

  it('an item gives a fixed price or a percent off the base', () => {
    expect(itemUnitPrice(1_000_000n, { price: 850_000n, discountBp: null })).toBe(850_000n);
    expect(itemUnitPrice(1_000_005n, { price: null, discountBp: 1500 })).toBe(850_004n); // 150000.75 → 150001 off
  });

  describe('within one list', () => {
    const base = 1_000_000n;
    it('the product’s own item beats a category item, the nearer category beats an ancestor', () => {
      const product = { price: 950_000n, discountBp: null, minQuantity: 1, distance: 0 };
      const category = { price: null, discountBp: 2000, minQuantity: 1, distance: 1 };
      const parent = { price: null, discountBp: 3000, minQuantity: 1, distance: 2 };
      expect(pickListItem(base, [parent, category, product], 1)).toBe(product);
      expect(pickListItem(base, [parent, category], 1)).toBe(category);
    });
    it('the highest quantity break the line reaches applies', () => {
      const one = { price: 900_000n, discountBp: null, minQuantity: 1, distance: 0 };
      const ten = { price: 800_000n, discountBp: null, minQuantity: 10, distance: 0 };
      expect(pickListItem(base, [one, ten], 9)).toBe(one);
      expect(pickListItem(base, [one, ten], 10)).toBe(ten);
      expect(pickListItem(base, [ten], 9)).toBeNull();
    });
  });

  describe('across lists', () => {
    const c = (priceListId: string, kind: ListCandidate['kind'], unitPrice: bigint, priority = 0): ListCandidate => ({ priceListId, kind, priority, unitPrice });
    it('the lowest price wins whatever the kind', () => {
      expect(bestUnitPrice(1000n, [c('contact', 'CONTACT', 900n), c('all', 'ALL', 800n)])).toEqual({ unitPrice: 800n, priceListId: 'all' });
    });
    it('on equal prices contact beats segment beats tier beats all, then the higher priority', () => {
      const all = c('a', 'ALL', 900n, 50);
      const tier = c('b', 'TIER', 900n);
      const segment = c('c', 'SEGMENT', 900n);
      const contact = c('d', 'CONTACT', 900n);
      expect(bestUnitPrice(1000n, [all, tier, segment, contact]).priceListId).toBe('d');
      expect(bestUnitPrice(1000n, [all, tier, segment]).priceListId).toBe('c');
      expect(bestUnitPrice(1000n, [all, tier]).priceListId).toBe('b');
      expect(bestUnitPrice(1000n, [c('x', 'TIER', 900n, 1), c('y', 'TIER', 900n, 5)]).priceListId).toBe('y');
    });
    it('a list never raises the base price; without a list the base price applies', () => {
      expect(bestUnitPrice(1000n, [c('up', 'CONTACT', 1200n)])).toEqual({ unitPrice: 1000n, priceListId: null });
      expect(bestUnitPrice(1000n, [])).toEqual({ unitPrice: 1000n, priceListId: null });
    });
  });

  describe('coupons', () => {
    it('a percent coupon rounds once and respects its cap; a fixed one never exceeds the amount', () => {
      expect(couponAmount({ kind: 'PERCENT', value: 1000n, maxDiscount: null }, 1_234_565n)).toBe(123_457n); // 123456.5 → 123457
      expect(couponAmount({ kind: 'PERCENT', value: 5000n, maxDiscount: 300_000n }, 1_000_000n)).toBe(300_000n);
      expect(couponAmount({ kind: 'FIXED', value: 500_000n, maxDiscount: null }, 2_000_000n)).toBe(500_000n);
      expect(couponAmount({ kind: 'FIXED', value: 500_000n, maxDiscount: null }, 200_000n)).toBe(200_000n);
    });
    it('shares a coupon over lines so the shares add up exactly (largest remainder, earlier line on ties)', () => {
      expect(allocate(100n, [100n, 100n, 100n])).toEqual([34n, 33n, 33n]);
      expect(allocate(10n, [0n, 5n, 15n])).toEqual([0n, 3n, 7n]); // 2.5, 7.5 → remainders tie → earlier first
      expect(allocate(0n, [3n, 4n])).toEqual([0n, 0n]);
      const shares = allocate(999_999n, [123_457n, 987_654n, 555_555n]);
      expect(shares.reduce((a, b) => a + b, 0n)).toBe(999_999n);
      expect(() => allocate(10n, [3n, 4n])).toThrow(RangeError);
    });
  });

  describe('an order', () => {
    it('lists, then the coupon on its lines, then tax per line on the discounted amount; lines add up to the totals', () => {
      const order = priceOrder(
        [
          { quantity: 3, unitBasePrice: 1_000_000n, unitPrice: 900_000n, taxRateBp: 1000, couponEligible: true },
          { quantity: 1, unitBasePrice: 333_333n, unitPrice: 333_333n, taxRateBp: 900, couponEligible: true },
          { quantity: 2, unitBasePrice: 50_000n, unitPrice: 50_000n, taxRateBp: 0, couponEligible: false },
        ],
        { kind: 'FIXED', value: 100_000n, maxDiscount: null },
      );
      // coupon 100000 over 2700000 and 333333: 89010.98… and 10989.01… → 89011 + 10989
      expect(order.lines.map((l) => l.couponDiscount)).toEqual([89_011n, 10_989n, 0n]);
      // line 1: 2700000 − 89011 = 2610989, tax 10% = 261098.9 → 261099
      expect(order.lines[0]).toEqual({ gross: 3_000_000n, discount: 389_011n, couponDiscount: 89_011n, tax: 261_099n, total: 2_872_088n });
      // line 2: 333333 − 10989 = 322344, tax 9% = 29010.96 → 29011
      expect(order.lines[1]).toEqual({ gross: 333_333n, discount: 10_989n, couponDiscount: 10_989n, tax: 29_011n, total: 351_355n });
      expect(order.lines[2]).toEqual({ gross: 100_000n, discount: 0n, couponDiscount: 0n, tax: 0n, total: 100_000n });
      expect(order).toMatchObject({ subtotal: 3_433_333n, discountTotal: 400_000n, couponDiscount: 100_000n, taxTotal: 290_110n, total: 3_323_443n });
      expect(order.subtotal - order.discountTotal + order.taxTotal).toBe(order.total);
    });

    it('without a coupon the merchandise total is what a minimum order compares with', () => {
      const lines = [
        { quantity: 2, unitBasePrice: 10n, unitPrice: 8n, taxRateBp: 1000, couponEligible: false },
        { quantity: 1, unitBasePrice: 5n, unitPrice: 5n, taxRateBp: 1000, couponEligible: false },
      ];
      expect(merchandiseTotal(lines)).toBe(21n);
      // tax 10% of 16 = 1.6 → 2, of 5 = 0.5 → 1 (half up)
      expect(priceOrder(lines, null)).toMatchObject({ subtotal: 25n, discountTotal: 4n, couponDiscount: 0n, taxTotal: 3n, total: 24n });
    });
  });
});
