import { clubFieldMessageText } from './server-text';

const t = (key: string, options?: Record<string, unknown>) => (options ? `${key} ${JSON.stringify(options)}` : key);

describe('clubFieldMessageText', () => {
  it('names the balance when an adjustment would go below 0', () => {
    expect(clubFieldMessageText('would take the balance below 0 (the balance is 30; at most -30)', t)).toBe('club.fieldErrors.belowZero {"balance":30}');
  });

  it('translates tier and reward messages', () => {
    expect(clubFieldMessageText('use 1–40 letters, digits, _ or -', t)).toBe('club.fieldErrors.tierCode');
    expect(clubFieldMessageText('must be a price list of kind TIER with target GOLD', t)).toBe('club.fieldErrors.priceListTarget {"code":"GOLD"}');
    expect(clubFieldMessageText('is required for a voucher', t)).toBe('validation.required');
  });

  it('translates the club news English-version messages', () => {
    expect(clubFieldMessageText('an English body needs an English title', t)).toBe('club.fieldErrors.englishTitle');
    expect(clubFieldMessageText('give the English body too (the Persian item has one), or leave the English title empty', t)).toBe('club.fieldErrors.englishBody');
  });

  it('falls back to the shared messages, then to the text as it came', () => {
    expect(clubFieldMessageText('must not be empty', t)).toBe('validation.required');
    expect(clubFieldMessageText('something new', t)).toBe('something new');
  });
});
