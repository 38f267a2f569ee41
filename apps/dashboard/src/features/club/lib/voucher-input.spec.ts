import { amountOrNull, voucherValueErrorKey, voucherValueOf } from './voucher-input';

describe('voucher input', () => {
  it('reads percents as basis points and money in the display unit as Rial', () => {
    expect(voucherValueOf('PERCENT', '۱۲٫۵', 'IRT')).toBe(1250);
    expect(voucherValueOf('FIXED', '50000', 'IRT')).toBe(500000);
    expect(amountOrNull('', 'IRR')).toBeNull();
    expect(amountOrNull('abc', 'IRR')).toBeNull();
    expect(amountOrNull('1200', 'IRR')).toBe(1200);
  });

  it('names what is wrong with a value', () => {
    expect(voucherValueErrorKey('PERCENT', '', 'IRT')).toBe('validation.required');
    expect(voucherValueErrorKey('PERCENT', '120', 'IRT')).toBe('catalog.fieldErrors.percent');
    expect(voucherValueErrorKey('FIXED', '0', 'IRT')).toBe('catalog.fieldErrors.amount');
    expect(voucherValueErrorKey('FIXED', '10', 'IRT')).toBeNull();
  });
});
