import { codeDigits, parseMobile } from './mobile';

describe('club mobile input', () => {
  it.each([
    ['09121234567', '+989121234567'],
    ['۰۹۱۲۱۲۳۴۵۶۷', '+989121234567'],
    ['+98 912 123 4567', '+989121234567'],
    ['00989121234567', '+989121234567'],
    ['912-123-4567', '+989121234567'],
  ])('accepts %s', (typed, e164) => {
    expect(parseMobile(typed)).toEqual({ ok: true, e164, national: '09121234567' });
  });

  it('refuses a landline, a short number and nothing', () => {
    expect(parseMobile('02188776655')).toEqual({ ok: false, reason: 'NOT_MOBILE' });
    expect(parseMobile('0912123')).toEqual({ ok: false, reason: 'INVALID' });
    expect(parseMobile('  ')).toEqual({ ok: false, reason: 'EMPTY' });
  });

  it('keeps only the digits of a pasted code', () => {
    expect(codeDigits('۱۲۳ ۴۵۶')).toBe('123456');
    expect(codeDigits('code: 98-7654321')).toBe('987654');
  });
});
