import { addToCart, cartCount, EMPTY_CART, MAX_QUANTITY, parseCart, removeFromCart, setQuantity } from './cart';

describe('club cart', () => {
  it('adds, merges the same product and counts items', () => {
    let cart = addToCart(EMPTY_CART, { productId: 'a', name: 'چای' });
    cart = addToCart(cart, { productId: 'b', name: 'قهوه' }, 2);
    cart = addToCart(cart, { productId: 'a', name: 'چای سبز' }, 3);
    expect(cart.lines).toEqual([
      { productId: 'a', name: 'چای سبز', quantity: 4 },
      { productId: 'b', name: 'قهوه', quantity: 2 },
    ]);
    expect(cartCount(cart)).toBe(6);
  });

  it('sets a quantity within bounds and removes at zero', () => {
    const cart = addToCart(EMPTY_CART, { productId: 'a', name: 'x' });
    expect(setQuantity(cart, 'a', 5000).lines[0].quantity).toBe(MAX_QUANTITY);
    expect(setQuantity(cart, 'a', 2.7).lines[0].quantity).toBe(2);
    expect(setQuantity(cart, 'a', 0).lines).toEqual([]);
    expect(removeFromCart(cart, 'a')).toEqual(EMPTY_CART);
  });

  it('survives whatever is in storage', () => {
    expect(parseCart(null)).toEqual(EMPTY_CART);
    expect(parseCart('not json')).toEqual(EMPTY_CART);
    expect(parseCart('{"lines": 3}')).toEqual(EMPTY_CART);
    expect(
      parseCart(JSON.stringify({ lines: [{ productId: 'a', quantity: -4 }, { productId: 'a', quantity: 2 }, { quantity: 1 }, null, { productId: 'b', quantity: 2, name: 'ب' }] })),
    ).toEqual({ lines: [{ productId: 'a', quantity: 1, name: '' }, { productId: 'b', quantity: 2, name: 'ب' }] });
  });
});
