import { multiplierText, signedPoints } from './loyalty-format';

describe('loyalty format', () => {
  it('shows multipliers', () => {
    expect(multiplierText(150, 'en')).toBe('×1.5');
    expect(multiplierText(100, 'en')).toBe('×1');
    expect(multiplierText(125, 'fa')).toBe('\u2066×۱٫۲۵\u2069');
  });

  it('signs points with a real minus, kept left-to-right beside Persian digits', () => {
    expect(signedPoints(50, 'en')).toBe('+50');
    expect(signedPoints(-1200, 'en')).toBe('−1,200');
    expect(signedPoints(-20, 'fa')).toBe('\u2066−۲۰\u2069');
  });
});
