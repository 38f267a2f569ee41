import en from './en.json';
import fa from './fa.json';

/** Every string of the club exists in both languages (a missing key would show the raw key, or Persian in English). */
describe('club locales', () => {
  const keys = (o: Record<string, unknown>, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]));

  it('fa and en have the same keys, none empty', () => {
    expect(keys(fa).sort()).toEqual(keys(en).sort());
    const empty = (o: Record<string, unknown>) => keys(o).filter((k) => k.split('.').reduce<unknown>((v, p) => (v as Record<string, unknown>)[p], o) === '');
    expect([...empty(fa), ...empty(en)]).toEqual([]);
  });
});
