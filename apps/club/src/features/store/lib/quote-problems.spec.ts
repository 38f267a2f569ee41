import { cartProblems } from './quote-problems';

describe('cart problems from the quote', () => {
  it('puts stock and off-sale problems on their lines and the coupon apart', () => {
    const p = cartProblems([
      { field: 'input.lines.0.quantity', message: 'only 2 of چای (T1) are in stock' },
      { field: 'input.lines.2.quantity', message: 'x is out of stock' },
      { field: 'input.lines.2.productId', message: 'x is not on sale' },
      { field: 'input.couponCode', message: 'has expired' },
      { field: 'input.rewardId', message: 'needs 100 points; the balance is 40' },
      { field: 'input.lines', message: 'too many' },
    ]);
    expect([...p.lines.entries()]).toEqual([[0, 'stock'], [2, 'gone']]);
    expect(p.coupon).toBe('has expired');
    expect(p.reward).toBe('needs 100 points; the balance is 40');
    expect(p.other).toEqual([{ field: 'input.lines', message: 'too many' }]);
  });

  it('has nothing to say about a clean quote', () => {
    const p = cartProblems([]);
    expect(p.lines.size).toBe(0);
    expect(p.coupon).toBeNull();
    expect(p.reward).toBeNull();
  });
});
