// Private digit helpers (the public versions live in @peyvand/text; duplicated to keep libs independent).
const FA_ZERO = 0x06f0;
const AR_ZERO = 0x0660;

export function latinDigits(s: string): string {
  return s.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (c) => {
    const code = c.charCodeAt(0);
    return String(code >= FA_ZERO ? code - FA_ZERO : code - AR_ZERO);
  });
}

export function persianDigits(s: string): string {
  return s.replace(/[0-9]/g, (c) => String.fromCharCode(FA_ZERO + c.charCodeAt(0) - 48));
}

/** Bidi control marks that copy/paste from RTL text often carries along. */
export const BIDI_MARKS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;
