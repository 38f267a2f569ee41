import { ApiError } from '@peyvand/web';
import { addProductLine, bpOfPercent, daysLeft, documentNumber, percentOfBp, priceableLines } from './documents';
import { outOfStockProducts } from './out-of-stock';
import { fieldMessageText } from './server-text';

describe('sales documents', () => {
  it('prints document numbers with Persian digits in fa', () => {
    expect(documentNumber('1405/000012', 'fa')).toBe('۱۴۰۵/۰۰۰۰۱۲');
    expect(documentNumber('1405/000012', 'en')).toBe('1405/000012');
    expect(documentNumber(7, 'fa')).toBe('۷');
  });

  it('converts tax and commission rates', () => {
    expect(percentOfBp(900, 'en')).toBe('9');
    expect(percentOfBp(250, 'fa')).toBe('۲٫۵');
    expect(bpOfPercent(2.5)).toBe(250);
    expect(bpOfPercent('10')).toBe(1000);
    expect(bpOfPercent(2.555)).toBeNull();
    expect(bpOfPercent(101)).toBeNull();
    expect(bpOfPercent('x')).toBeNull();
  });

  it('keeps one line per product', () => {
    const lines = addProductLine(addProductLine([], 'p1'), 'p2');
    expect(addProductLine(lines, 'p1')).toEqual([{ productId: 'p1', quantity: 2 }, { productId: 'p2', quantity: 1 }]);
    expect(priceableLines([{ productId: 'p1', quantity: 0 }, { productId: 'p2', quantity: 1.5 }, { productId: 'p3', quantity: 3 }])).toEqual([{ productId: 'p3', quantity: 3 }]);
  });

  it('counts the days a reservation has left', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(daysLeft('2026-01-03T12:00:00Z', now)).toBe(3);
    expect(daysLeft('2025-12-31T00:00:00Z', now)).toBe(0);
    expect(daysLeft(null, now)).toBeNull();
  });

  it('reads the short products of OUT_OF_STOCK', () => {
    const error = new ApiError('OUT_OF_STOCK', 'Out of stock', [
      { message: 'Out of stock', extensions: { code: 'OUT_OF_STOCK', products: [{ productId: 'p', sku: 'PL-ZZ', name: 'زاموفیلیا', requested: 900, available: 12 }] } },
    ]);
    expect(outOfStockProducts(error)).toEqual([{ productId: 'p', sku: 'PL-ZZ', name: 'زاموفیلیا', requested: 900, available: 12 }]);
    expect(outOfStockProducts(new ApiError('CONFLICT', 'x'))).toBeNull();
    expect(outOfStockProducts(new Error('x'))).toBeNull();
  });

  it('translates the known field messages and keeps the others', () => {
    const t = ((key: string, values?: Record<string, string>) => `${key}${values?.balance ? `:${values.balance}` : ''}`) as never;
    expect(fieldMessageText('is more than the balance of 1000 Rial', t, { balanceText: '100 Toman' })).toBe('sales.serverText.overBalance:100 Toman');
    expect(fieldMessageText('say why the opportunity was lost', t)).toBe('sales.serverText.reasonRequired');
    expect(fieldMessageText('something else', t)).toBe('something else');
  });
});
