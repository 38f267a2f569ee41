import { availabilityState, formatSigned, movementKindColor, parseQuantity, signedQuantity } from './movements';

describe('stock ledger helpers', () => {
  it('signs quantities by what they changed', () => {
    expect(signedQuantity({ deltaOnHand: 12, deltaReserved: 0, quantity: 12 })).toEqual({ value: 12, affects: 'onHand' });
    expect(signedQuantity({ deltaOnHand: -3, deltaReserved: 0, quantity: 3 })).toEqual({ value: -3, affects: 'onHand' });
    expect(signedQuantity({ deltaOnHand: 0, deltaReserved: 2, quantity: 2 })).toEqual({ value: 2, affects: 'reserved' });
    expect(signedQuantity({ deltaOnHand: -2, deltaReserved: -2, quantity: 2 })).toEqual({ value: -2, affects: 'onHand' });
  });

  it('formats signed numbers in the reader’s digits', () => {
    expect(formatSigned(12, 'en')).toBe('+12');
    expect(formatSigned(-3, 'en')).toBe('\u22123');
    expect(formatSigned(1200, 'fa')).toBe('+۱٬۲۰۰');
    expect(formatSigned(0, 'en')).toBe('0');
  });

  it('reads availability', () => {
    expect(availabilityState({ status: 'AVAILABLE', lowStock: false })).toBe('available');
    expect(availabilityState({ status: 'AVAILABLE', lowStock: true })).toBe('low');
    expect(availabilityState({ status: 'UNAVAILABLE', lowStock: true })).toBe('unavailable');
    expect(availabilityState(null)).toBe('unavailable');
  });

  it('parses quantities with Persian digits', () => {
    expect(parseQuantity('۱۲')).toBe(12);
    expect(parseQuantity('1,200')).toBe(1200);
    expect(parseQuantity('-۳', { allowNegative: true })).toBe(-3);
    expect(parseQuantity('-3')).toBeNull();
    expect(parseQuantity('2.5')).toBeNull();
    expect(parseQuantity('')).toBeNull();
  });

  it('colours every kind', () => {
    expect(movementKindColor('RECEIPT')).toBe('teal');
    expect(movementKindColor('WHATEVER')).toBe('gray');
  });
});
