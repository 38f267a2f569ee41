import { useCallback, useSyncExternalStore } from 'react';
import { STORAGE_KEYS } from '@/config/constants';
import { useClub } from '@/lib/club-context';
import { addToCart, EMPTY_CART, parseCart, removeFromCart, setQuantity, type Cart } from '../lib/cart';

const listeners = new Set<() => void>();
const cache = new Map<string, { raw: string | null; cart: Cart }>();

function readCart(key: string): Cart {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(key);
  } catch {
    /* storage unavailable */
  }
  const hit = cache.get(key);
  if (hit && hit.raw === raw) return hit.cart; // a stable snapshot for useSyncExternalStore
  const cart = parseCart(raw);
  cache.set(key, { raw, cart });
  return cart;
}

function writeCart(key: string, cart: Cart) {
  try {
    if (cart.lines.length) window.localStorage.setItem(key, JSON.stringify(cart));
    else window.localStorage.removeItem(key);
  } catch {
    cache.set(key, { raw: null, cart });
  }
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('storage', listener); // another tab changed the cart
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** The club's cart in localStorage, shared by every component and tab. */
export function useCart() {
  const key = STORAGE_KEYS.cart(useClub().slug);
  const cart = useSyncExternalStore(subscribe, () => readCart(key), () => EMPTY_CART);
  const update = useCallback((change: (cart: Cart) => Cart) => writeCart(key, change(readCart(key))), [key]);
  return {
    cart,
    add: (product: { productId: string; name: string }, quantity = 1) => update((c) => addToCart(c, product, quantity)),
    setQuantity: (productId: string, quantity: number) => update((c) => setQuantity(c, productId, quantity)),
    remove: (productId: string) => update((c) => removeFromCart(c, productId)),
    clear: () => update(() => EMPTY_CART),
  };
}
