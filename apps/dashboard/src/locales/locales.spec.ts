import en from './en.json';
import fa from './fa.json';

/** Every string exists in both languages (a missing key would show the raw key, or Persian in the English UI). */
describe('locales', () => {
  const keys = (o: Record<string, unknown>, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]));

  it('fa and en have the same keys', () => {
    expect(keys(fa).sort()).toEqual(keys(en).sort());
  });

  it('no value is empty', () => {
    const empty = (o: Record<string, unknown>) => keys(o).filter((k) => k.split('.').reduce<unknown>((v, p) => (v as Record<string, unknown>)[p], o) === '');
    expect(empty(fa)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });
});
