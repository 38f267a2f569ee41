import {
  PhoneErrorCode,
  PhoneNumberError,
  formatIranianPhone,
  isIranianMobile,
  isValidIranianPhone,
  normalizeIranianPhone,
  normalizePhone,
  toE164,
} from './index';

describe('normalizeIranianPhone: accepted mobile forms', () => {
  it.each([
    '09121234567',
    '9121234567',
    '+989121234567',
    '00989121234567',
    '989121234567',
    '98 912 123 4567',
    '+98 912 123 4567',
    '+98 (0) 912 123 4567',
    '+9809121234567',
    '0912-123-4567',
    '0912.123.4567',
    '(0912) 123 4567',
    '(+98) 912-123-4567',
    '  0912 123 4567  ',
    '0912\u00a0123\u00a04567',
    '۰۹۱۲۱۲۳۴۵۶۷',
    '۰۹۱۲-۱۲۳-۴۵۶۷',
    '+۹۸۹۱۲۱۲۳۴۵۶۷',
    '٠٩١٢١٢٣٤٥٦٧',
    '۰۹12۱۲3۴۵67',
    '\u200f۰۹۱۲ ۱۲۳ ۴۵۶۷\u200f',
    '0912–123–4567',
  ])('%s', (input) => {
    expect(normalizeIranianPhone(input)).toEqual({
      ok: true,
      e164: '+989121234567',
      kind: 'mobile',
      countryCode: '98',
      national: '09121234567',
      mobilePrefix: '0912',
    });
  });

  it.each([
    ['09011234567', '+989011234567'],
    ['09051234567', '+989051234567'],
    ['09191234567', '+989191234567'],
    ['09201234567', '+989201234567'],
    ['09221234567', '+989221234567'],
    ['09301234567', '+989301234567'],
    ['09391234567', '+989391234567'],
    ['09411234567', '+989411234567'],
    ['09901234567', '+989901234567'],
    ['09991234567', '+989991234567'],
  ])('prefix %s', (input, e164) => {
    expect(normalizeIranianPhone(input)).toMatchObject({ ok: true, kind: 'mobile', e164 });
  });
});

describe('normalizeIranianPhone: landlines', () => {
  it.each([
    ['021-88776655', '+982188776655', '21', 'Tehran'],
    ['02188776655', '+982188776655', '21', 'Tehran'],
    ['+982188776655', '+982188776655', '21', 'Tehran'],
    ['0098 21 8877 6655', '+982188776655', '21', 'Tehran'],
    ['(021) 8877-6655', '+982188776655', '21', 'Tehran'],
    ['۰۲۱-۸۸۷۷۶۶۵۵', '+982188776655', '21', 'Tehran'],
    ['2188776655', '+982188776655', '21', 'Tehran'],
    ['031-32221100', '+983132221100', '31', 'Isfahan'],
    ['051 3844 5566', '+985138445566', '51', 'Razavi Khorasan'],
    ['071-36271234', '+987136271234', '71', 'Fars'],
    ['026-34567890', '+982634567890', '26', 'Alborz'],
  ])('%s', (input, e164, areaCode, region) => {
    expect(normalizeIranianPhone(input)).toEqual({
      ok: true,
      e164,
      kind: 'landline',
      countryCode: '98',
      national: `0${e164.slice(3)}`,
      areaCode,
      region,
    });
  });
});

describe('normalizeIranianPhone: rejections', () => {
  it.each([
    ['', PhoneErrorCode.EMPTY],
    ['   ', PhoneErrorCode.EMPTY],
    ['--', PhoneErrorCode.EMPTY],
    ['0912123456a', PhoneErrorCode.INVALID_CHARACTERS],
    ['phone: 09121234567', PhoneErrorCode.INVALID_CHARACTERS],
    ['شماره ۰۹۱۲۱۲۳۴۵۶۷', PhoneErrorCode.INVALID_CHARACTERS],
    ['0912+1234567', PhoneErrorCode.INVALID_CHARACTERS],
    ['++989121234567', PhoneErrorCode.INVALID_CHARACTERS],
    ['021-88776655 ext. 12', PhoneErrorCode.INVALID_CHARACTERS],
    ['0912123456', PhoneErrorCode.TOO_SHORT],
    ['091212345', PhoneErrorCode.TOO_SHORT],
    ['0', PhoneErrorCode.TOO_SHORT],
    ['09', PhoneErrorCode.TOO_SHORT],
    ['091212345678', PhoneErrorCode.TOO_LONG],
    ['+9891212345678', PhoneErrorCode.TOO_LONG],
    ['021-8877665', PhoneErrorCode.TOO_SHORT],
    ['021-887766551', PhoneErrorCode.TOO_LONG],
    ['09601234567', PhoneErrorCode.INVALID_MOBILE_PREFIX],
    ['09501234567', PhoneErrorCode.INVALID_MOBILE_PREFIX],
    ['09061234567', PhoneErrorCode.INVALID_MOBILE_PREFIX],
    ['09401234567', PhoneErrorCode.INVALID_MOBILE_PREFIX],
    ['09811234567', PhoneErrorCode.INVALID_MOBILE_PREFIX],
    ['01288776655', PhoneErrorCode.INVALID_AREA_CODE],
    ['02988776655', PhoneErrorCode.INVALID_AREA_CODE],
    ['88776655', PhoneErrorCode.INVALID_AREA_CODE],
    ['+1 415 555 2671', PhoneErrorCode.NOT_IRANIAN],
    ['+44 20 7946 0958', PhoneErrorCode.NOT_IRANIAN],
    ['0044 20 7946 0958', PhoneErrorCode.NOT_IRANIAN],
  ])('%j -> %s', (input, reason) => {
    const result = normalizeIranianPhone(input);
    expect(result).toEqual({ ok: false, reason, message: expect.any(String) });
  });

  it('treats null and undefined as empty', () => {
    expect(normalizeIranianPhone(null)).toMatchObject({ ok: false, reason: PhoneErrorCode.EMPTY });
    expect(normalizeIranianPhone(undefined)).toMatchObject({ ok: false, reason: PhoneErrorCode.EMPTY });
  });
});

describe('normalizePhone with allowForeign', () => {
  const options = { defaultCountry: 'IR' as const, allowForeign: true };
  it.each([
    ['+1 415 555 2671', '+14155552671'],
    ['+44 20 7946 0958', '+442079460958'],
    ['0049 30 123456', '+4930123456'],
    ['+۹۷۱ ۵۰ ۱۲۳ ۴۵۶۷', '+971501234567'],
  ])('%s', (input, e164) => {
    expect(normalizePhone(input, options)).toEqual({ ok: true, e164, kind: 'foreign' });
  });

  it('still validates Iranian and national numbers by Iranian rules', () => {
    expect(normalizePhone('09121234567', options)).toMatchObject({ ok: true, kind: 'mobile' });
    expect(normalizePhone('+98 960 123 4567', options)).toMatchObject({ ok: false, reason: PhoneErrorCode.INVALID_MOBILE_PREFIX });
    expect(normalizePhone('1 415 555 2671', options)).toMatchObject({ ok: false });
  });

  it.each([
    ['+1234567', PhoneErrorCode.TOO_SHORT],
    ['+1234567890123456', PhoneErrorCode.TOO_LONG],
  ])('%s -> %s', (input, reason) => {
    expect(normalizePhone(input, options)).toMatchObject({ ok: false, reason });
  });

  it('defaults to Iranian only', () => {
    expect(normalizePhone('+14155552671')).toMatchObject({ ok: false, reason: PhoneErrorCode.NOT_IRANIAN });
  });
});

describe('toE164', () => {
  it('returns E.164', () => {
    expect(toE164('۰۹۱۲ ۱۲۳ ۴۵۶۷')).toBe('+989121234567');
    expect(toE164('+1 415 555 2671', { allowForeign: true })).toBe('+14155552671');
  });

  it('throws a PhoneNumberError with a code', () => {
    expect(() => toE164('0912')).toThrow(PhoneNumberError);
    try {
      toE164('+1 415 555 2671');
      throw new Error('expected a throw');
    } catch (e) {
      expect(e).toBeInstanceOf(PhoneNumberError);
      expect(e).toBeInstanceOf(Error);
      expect((e as PhoneNumberError).code).toBe(PhoneErrorCode.NOT_IRANIAN);
      expect((e as PhoneNumberError).message).toMatch(/Iranian/);
      expect((e as PhoneNumberError).name).toBe('PhoneNumberError');
    }
  });

  it('has boolean helpers', () => {
    expect(isValidIranianPhone('021-88776655')).toBe(true);
    expect(isValidIranianPhone('021-8877')).toBe(false);
    expect(isIranianMobile('021-88776655')).toBe(false);
    expect(isIranianMobile('0935 123 4567')).toBe(true);
  });
});

describe('formatIranianPhone', () => {
  it.each([
    ['+989121234567', {}, '0912 123 4567'],
    ['+989121234567', { digits: 'fa' as const }, '۰۹۱۲ ۱۲۳ ۴۵۶۷'],
    ['+989121234567', { style: 'international' as const }, '+98 912 123 4567'],
    ['+989121234567', { style: 'international' as const, digits: 'fa' as const }, '+۹۸ ۹۱۲ ۱۲۳ ۴۵۶۷'],
    ['+982188776655', {}, '021 8877 6655'],
    ['+982188776655', { style: 'international' as const }, '+98 21 8877 6655'],
    ['09121234567', {}, '0912 123 4567'],
    ['+14155552671', {}, '+14155552671'],
    ['+989121234567', { isolate: true }, '\u20660912 123 4567\u2069'],
    ['not a phone', {}, 'not a phone'],
  ])('%s %j -> %s', (input, options, expected) => {
    expect(formatIranianPhone(input, options)).toBe(expected);
  });
});
