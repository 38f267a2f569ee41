import { bpToPercentInput, formatBp, percentInputToBp } from './percent';

describe('percent ⇄ basis points', () => {
  it.each([
    ['10', 1000],
    ['9.25', 925],
    ['۹٫۲۵', 925],
    ['۱۰٪', 1000],
    ['0', 0],
    ['100', 10_000],
    ['0.01', 1],
  ])('%s → %d bp', (input, bp) => {
    expect(percentInputToBp(input)).toBe(bp);
  });

  it.each([['abc'], ['101'], ['1.234'], ['-5']])('rejects %s', (input) => {
    expect(percentInputToBp(input)).toBe('invalid');
  });

  it('treats an empty input as no value', () => {
    expect(percentInputToBp(' ')).toBeNull();
  });

  it('fills inputs and formats for reading', () => {
    expect(bpToPercentInput(1000)).toBe('10');
    expect(bpToPercentInput(925)).toBe('9.25');
    expect(bpToPercentInput(null)).toBe('');
    expect(formatBp(1000, 'en')).toBe('10%');
    expect(formatBp(925, 'en')).toBe('9.25%');
    expect(formatBp(1000, 'fa')).toBe(new Intl.NumberFormat('fa-IR', { style: 'percent' }).format(0.1));
    for (const bp of [0, 1, 925, 1000, 10_000]) expect(percentInputToBp(bpToPercentInput(bp))).toBe(bp);
  });
});
