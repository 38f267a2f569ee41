export { PHONE_ERROR_MESSAGES, PHONE_ERROR_MESSAGES_FA, PhoneErrorCode, PhoneNumberError } from './errors';
export { IRAN_AREA_CODES, IRAN_MOBILE_PREFIXES } from './data';
export type {
  ForeignPhone,
  IranianPhone,
  IranianPhoneKind,
  IranianPhoneResult,
  NormalizePhoneOptions,
  PhoneFailure,
  PhoneKind,
  PhoneResult,
} from './normalize';
export { isIranianMobile, isValidIranianPhone, normalizeIranianPhone, normalizePhone, toE164 } from './normalize';
export type { FormatPhoneOptions } from './format';
export { formatIranianPhone } from './format';
