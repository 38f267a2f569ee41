import { formatRial, inputToRial, moneyUnitOf, rialToInput } from './money';

describe('money (Rial in the API, Toman or Rial on screen)', () => {
  it('reads the display currency, Toman by default', () => {
    expect(moneyUnitOf('IRR')).toBe('IRR');
    expect(moneyUnitOf('IRT')).toBe('IRT');
    expect(moneyUnitOf(undefined)).toBe('IRT');
  });

  it('formats Rial in the display unit and language', () => {
    expect(formatRial(28_500_000, 'IRT', 'fa')).toBe('۲٬۸۵۰٬۰۰۰ تومان');
    expect(formatRial(28_500_000, 'IRT', 'en')).toBe('2,850,000 Toman');
    expect(formatRial(28_500_000, 'IRR', 'en', false)).toBe('28,500,000');
    expect(formatRial(null, 'IRT', 'fa')).toBe('');
  });

  it('fills an input with the amount in the display unit', () => {
    expect(rialToInput(28_500_000, 'IRT')).toBe('2850000');
    expect(rialToInput(12_345, 'IRT')).toBe('1234.5');
    expect(rialToInput(28_500_000, 'IRR')).toBe('28500000');
    expect(rialToInput(null, 'IRT')).toBe('');
  });

  it('parses what people type into integer Rial', () => {
    expect(inputToRial('۲٬۹۵۰٬۰۰۰', 'IRT')).toBe(29_500_000);
    expect(inputToRial('2,950,000 تومان', 'IRT')).toBe(29_500_000);
    expect(inputToRial('1234.5', 'IRT')).toBe(12_345);
    expect(inputToRial('29500000', 'IRR')).toBe(29_500_000);
    expect(inputToRial('  ', 'IRT')).toBeNull();
    expect(inputToRial('abc', 'IRT')).toBe('invalid');
    expect(inputToRial('12.34', 'IRT')).toBe('invalid');
    expect(inputToRial('-5', 'IRT')).toBe('invalid');
    expect(inputToRial('9'.repeat(20), 'IRR')).toBe('invalid');
  });

  it('round-trips', () => {
    for (const rial of [0, 5, 12_345, 28_500_000]) {
      expect(inputToRial(rialToInput(rial, 'IRT'), 'IRT')).toBe(rial);
      expect(inputToRial(rialToInput(rial, 'IRR'), 'IRR')).toBe(rial);
    }
  });
});
