/** Why a phone number was rejected. A const object (not a TS enum) so it is plain, erasable JS. */
export const PhoneErrorCode = {
  EMPTY: 'EMPTY',
  INVALID_CHARACTERS: 'INVALID_CHARACTERS',
  TOO_SHORT: 'TOO_SHORT',
  TOO_LONG: 'TOO_LONG',
  INVALID_MOBILE_PREFIX: 'INVALID_MOBILE_PREFIX',
  INVALID_AREA_CODE: 'INVALID_AREA_CODE',
  NOT_IRANIAN: 'NOT_IRANIAN',
} as const;
export type PhoneErrorCode = (typeof PhoneErrorCode)[keyof typeof PhoneErrorCode];

export const PHONE_ERROR_MESSAGES: Readonly<Record<PhoneErrorCode, string>> = {
  [PhoneErrorCode.EMPTY]: 'Phone number is empty.',
  [PhoneErrorCode.INVALID_CHARACTERS]: 'Phone number contains characters other than digits, spaces, "+", "-", "." and parentheses.',
  [PhoneErrorCode.TOO_SHORT]: 'Phone number is too short.',
  [PhoneErrorCode.TOO_LONG]: 'Phone number is too long.',
  [PhoneErrorCode.INVALID_MOBILE_PREFIX]: 'Unknown Iranian mobile prefix.',
  [PhoneErrorCode.INVALID_AREA_CODE]: 'Unknown Iranian area code (landlines need 0 + a 2-digit area code + 8 digits).',
  [PhoneErrorCode.NOT_IRANIAN]: 'Phone number is not an Iranian (+98) number.',
};

/** Persian messages, for showing validation errors directly in the UI. */
export const PHONE_ERROR_MESSAGES_FA: Readonly<Record<PhoneErrorCode, string>> = {
  [PhoneErrorCode.EMPTY]: 'شماره تلفن وارد نشده است.',
  [PhoneErrorCode.INVALID_CHARACTERS]: 'شماره تلفن فقط می‌تواند شامل رقم، فاصله، +، - و پرانتز باشد.',
  [PhoneErrorCode.TOO_SHORT]: 'شماره تلفن کوتاه است.',
  [PhoneErrorCode.TOO_LONG]: 'شماره تلفن بلند است.',
  [PhoneErrorCode.INVALID_MOBILE_PREFIX]: 'پیش‌شماره موبایل معتبر نیست.',
  [PhoneErrorCode.INVALID_AREA_CODE]: 'کد شهر معتبر نیست.',
  [PhoneErrorCode.NOT_IRANIAN]: 'شماره تلفن ایرانی (+۹۸) نیست.',
};

export class PhoneNumberError extends Error {
  readonly code: PhoneErrorCode;

  constructor(code: PhoneErrorCode, message: string = PHONE_ERROR_MESSAGES[code]) {
    super(message);
    this.name = 'PhoneNumberError';
    this.code = code;
    Object.setPrototypeOf(this, new.target.prototype);
  }
}
