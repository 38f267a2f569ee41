/** The club cart: what the visitor picked, kept in localStorage. Prices are never trusted from here — the server quotes. */
export interface CartLine {
  productId: string;
  quantity: number;
  /** Shown while the quote loads; refreshed from the catalog on every add. */
  name: string;
}

export interface Cart {
  lines: CartLine[];
}

export const MAX_QUANTITY = 999;
export const EMPTY_CART: Cart = { lines: [] };

function clampQuantity(quantity: number): number {
  if (!Number.isFinite(quantity)) return 1;
  return Math.min(MAX_QUANTITY, Math.max(1, Math.floor(quantity)));
}

/** Whatever was stored (old versions, hand edits, another app) → a valid cart; unknown shapes are dropped. */
export function parseCart(raw: string | null): Cart {
  if (!raw) return EMPTY_CART;
  try {
    const value = JSON.parse(raw) as { lines?: unknown };
    if (!value || !Array.isArray(value.lines)) return EMPTY_CART;
    const lines: CartLine[] = [];
    for (const line of value.lines as Array<Partial<CartLine>>) {
      if (!line || typeof line.productId !== 'string' || !line.productId || typeof line.quantity !== 'number') continue;
      if (lines.some((l) => l.productId === line.productId)) continue;
      lines.push({ productId: line.productId, quantity: clampQuantity(line.quantity), name: typeof line.name === 'string' ? line.name : '' });
    }
    return { lines };
  } catch {
    return EMPTY_CART;
  }
}

export function addToCart(cart: Cart, product: { productId: string; name: string }, quantity = 1): Cart {
  const existing = cart.lines.find((l) => l.productId === product.productId);
  if (existing) {
    return {
      lines: cart.lines.map((l) => (l === existing ? { ...l, name: product.name, quantity: clampQuantity(l.quantity + quantity) } : l)),
    };
  }
  return { lines: [...cart.lines, { productId: product.productId, name: product.name, quantity: clampQuantity(quantity) }] };
}

/** Quantity 0 (or less) removes the line. */
export function setQuantity(cart: Cart, productId: string, quantity: number): Cart {
  if (quantity <= 0) return removeFromCart(cart, productId);
  return { lines: cart.lines.map((l) => (l.productId === productId ? { ...l, quantity: clampQuantity(quantity) } : l)) };
}

export function removeFromCart(cart: Cart, productId: string): Cart {
  return { lines: cart.lines.filter((l) => l.productId !== productId) };
}

export function cartCount(cart: Cart): number {
  return cart.lines.reduce((sum, l) => sum + l.quantity, 0);
}
