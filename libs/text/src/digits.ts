const FA_ZERO = 0x06f0;
const AR_ZERO = 0x0660;

/** Persian ۰-۹ and Arabic-Indic ٠-٩ digits -> ASCII 0-9. Other characters are kept. */
export function toLatinDigits(value: string | number | bigint): string {
  return String(value).replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (c) => {
    const code = c.charCodeAt(0);
    return String(code >= FA_ZERO ? code - FA_ZERO : code - AR_ZERO);
  });
}

/** ASCII and Arabic-Indic digits -> Persian ۰-۹. Other characters are kept. */
export function toPersianDigits(value: string | number | bigint): string {
  return String(value).replace(/[0-9\u0660-\u0669]/g, (c) => {
    const code = c.charCodeAt(0);
    return String.fromCharCode(FA_ZERO + (code >= AR_ZERO ? code - AR_ZERO : code - 48));
  });
}
