import { IRAN_AREA_CODES, IRAN_MOBILE_PREFIXES } from './data';
import { PHONE_ERROR_MESSAGES, PhoneErrorCode, PhoneNumberError } from './errors';

export type IranianPhoneKind = 'mobile' | 'landline';

export interface IranianPhone {
  ok: true;
  /** '+989121234567' — the canonical form to store and to compare. */
  e164: string;
  kind: IranianPhoneKind;
  countryCode: '98';
  /** National form with the trunk 0, digits only: '09121234567', '02188776655'. */
  national: string;
  /** Mobile: the operator prefix with trunk 0, e.g. '0912'. */
  mobilePrefix?: string;
  /** Landline: area code without trunk 0, e.g. '21'. */
  areaCode?: string;
  /** Landline: province of the area code, in English, e.g. 'Tehran'. */
  region?: string;
}

/** A non-Iranian number, only accepted by normalizePhone with allowForeign. */
export interface ForeignPhone {
  ok: true;
  e164: string;
  kind: 'foreign';
}

export interface PhoneFailure {
  ok: false;
  reason: PhoneErrorCode;
  message: string;
}

export type IranianPhoneResult = IranianPhone | PhoneFailure;
export type PhoneResult = IranianPhone | ForeignPhone | PhoneFailure;
export type PhoneKind = IranianPhoneKind | 'foreign';

export interface NormalizePhoneOptions {
  /** Country assumed for numbers without an international prefix. Only 'IR' is supported. */
  defaultCountry?: 'IR';
  /** Accept any +E.164 number (8–15 digits) from other countries instead of failing with NOT_IRANIAN. */
  allowForeign?: boolean;
}

const BIDI_MARKS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]/g;
// Digits, whitespace, + and the usual separators (incl. Unicode dashes and the minus sign).
const ALLOWED = /^[0-9\s+\-\u2010-\u2015\u2212.()/]*$/;

function fail(reason: PhoneErrorCode): PhoneFailure {
  return { ok: false, reason, message: PHONE_ERROR_MESSAGES[reason] };
}

function latinDigits(s: string): string {
  return s.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (c) => {
    const code = c.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

type Parsed = { international: boolean; digits: string } | PhoneFailure;

function parse(input: string | null | undefined): Parsed {
  if (typeof input !== 'string') return fail(PhoneErrorCode.EMPTY);
  const s = latinDigits(input.replace(BIDI_MARKS, '')).trim();
  if (s === '') return fail(PhoneErrorCode.EMPTY);
  if (!ALLOWED.test(s)) return fail(PhoneErrorCode.INVALID_CHARACTERS);
  const plus = s.indexOf('+');
  // A single '+' with no digit before it: '+98…' or '(+98) …'.
  if (plus !== -1 && (s.indexOf('+', plus + 1) !== -1 || /\d/.test(s.slice(0, plus)))) {
    return fail(PhoneErrorCode.INVALID_CHARACTERS);
  }
  const digits = s.replace(/\D/g, '');
  if (digits === '') return fail(PhoneErrorCode.EMPTY);
  if (plus !== -1) return { international: true, digits };
  if (digits.startsWith('00')) return { international: true, digits: digits.slice(2) };
  // '98 912 123 4567' typed without the '+': 98 followed by a full national number.
  if (digits.startsWith('98') && digits.length >= 12) return { international: true, digits };
  return { international: false, digits };
}

/** Validates an Iranian national significant number (no country code, no trunk 0). */
function iranian(nsn: string): IranianPhoneResult {
  if (nsn.length < 3) return fail(PhoneErrorCode.TOO_SHORT);
  if (nsn.startsWith('9')) {
    if (!IRAN_MOBILE_PREFIXES.has(nsn.slice(0, 3))) return fail(PhoneErrorCode.INVALID_MOBILE_PREFIX);
    if (nsn.length < 10) return fail(PhoneErrorCode.TOO_SHORT);
    if (nsn.length > 10) return fail(PhoneErrorCode.TOO_LONG);
    return { ok: true, e164: `+98${nsn}`, kind: 'mobile', countryCode: '98', national: `0${nsn}`, mobilePrefix: `0${nsn.slice(0, 3)}` };
  }
  const areaCode = nsn.slice(0, 2);
  const region = IRAN_AREA_CODES[areaCode];
  if (region === undefined) return fail(PhoneErrorCode.INVALID_AREA_CODE);
  if (nsn.length < 10) return fail(PhoneErrorCode.TOO_SHORT);
  if (nsn.length > 10) return fail(PhoneErrorCode.TOO_LONG);
  return { ok: true, e164: `+98${nsn}`, kind: 'landline', countryCode: '98', national: `0${nsn}`, areaCode, region };
}

/**
 * Normalises any usual way of writing an Iranian mobile or landline number to E.164.
 * Never throws; see toE164 for a throwing variant.
 */
export function normalizeIranianPhone(input: string | null | undefined): IranianPhoneResult {
  const parsed = parse(input);
  if ('reason' in parsed) return parsed;
  return fromParsed(parsed);
}

function fromParsed(parsed: { international: boolean; digits: string }): IranianPhoneResult {
  const { international, digits } = parsed;
  if (international) {
    if (!digits.startsWith('98')) return fail(PhoneErrorCode.NOT_IRANIAN);
    const rest = digits.slice(2);
    return iranian(rest.startsWith('0') ? rest.slice(1) : rest); // tolerate '+98 (0)912…'
  }
  return iranian(digits.startsWith('0') ? digits.slice(1) : digits);
}

/** Like normalizeIranianPhone, optionally also accepting foreign numbers written with + or 00. */
export function normalizePhone(input: string | null | undefined, options: NormalizePhoneOptions = {}): PhoneResult {
  const parsed = parse(input);
  if ('reason' in parsed) return parsed;
  if (options.allowForeign && parsed.international && !parsed.digits.startsWith('98')) {
    const { digits } = parsed;
    if (digits.startsWith('0')) return fail(PhoneErrorCode.INVALID_CHARACTERS);
    if (digits.length < 8) return fail(PhoneErrorCode.TOO_SHORT);
    if (digits.length > 15) return fail(PhoneErrorCode.TOO_LONG);
    return { ok: true, e164: `+${digits}`, kind: 'foreign' };
  }
  return fromParsed(parsed);
}

/** E.164 form of an Iranian number ('+989121234567'); throws PhoneNumberError (with `code`) when invalid. */
export function toE164(input: string | null | undefined, options: NormalizePhoneOptions = {}): string {
  const result = normalizePhone(input, options);
  if (!result.ok) throw new PhoneNumberError(result.reason, result.message);
  return result.e164;
}

export function isValidIranianPhone(input: string | null | undefined): boolean {
  return normalizeIranianPhone(input).ok;
}

export function isIranianMobile(input: string | null | undefined): boolean {
  const result = normalizeIranianPhone(input);
  return result.ok && result.kind === 'mobile';
}
