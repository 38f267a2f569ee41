import { toLatinDigits } from './digits';

// Arabic code points folded to the letter Persian keyboards produce.
const LETTER_FOLDS: Record<string, string> = {
  '\u064a': '\u06cc', // ي Arabic yeh -> ی
  '\u0649': '\u06cc', // ى alef maksura -> ی
  '\u0626': '\u06cc', // ئ yeh with hamza -> ی (پائیز / پاییز)
  '\u0643': '\u06a9', // ك Arabic kaf -> ک
  '\u06aa': '\u06a9', // ڪ swash kaf -> ک
  '\u0629': '\u0647', // ة teh marbuta -> ه
  '\u06c0': '\u0647', // ۀ heh with yeh above -> ه
  '\u06c1': '\u0647', // ہ heh goal -> ه
  '\u06d5': '\u0647', // ە ae -> ه
  '\u06be': '\u0647', // ھ heh doachashmee -> ه
  '\u0623': '\u0627', // أ -> ا
  '\u0625': '\u0627', // إ -> ا
  '\u0671': '\u0627', // ٱ alef wasla -> ا
  '\u0624': '\u0648', // ؤ -> و
};
const LETTERS = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');
// Harakat, superscript alef, Quranic marks, tatweel.
const DIACRITICS = /[\u064b-\u065f\u0670\u0610-\u061a\u06d6-\u06ed\u0640]/g;
// Invisible formatting characters that carry no word boundary.
const INVISIBLE = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\u00ad]/g;
// Zero-width characters that sit between (parts of) words: ZWNJ in می‌روم, ZWSP, ZWJ, word joiner, BOM.
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/**
 * Canonical form of free text for matching: Arabic letter variants folded to Persian (ي ى ئ -> ی,
 * ك -> ک, ة ۀ -> ه, أ إ -> ا, ؤ -> و; آ is kept), diacritics and tatweel removed, ZWNJ and other
 * zero-width characters turned into spaces, whitespace collapsed and trimmed, Latin lower-cased,
 * Persian/Arabic-Indic digits turned into ASCII. Idempotent. Not for display (it drops ZWNJ).
 */
export function normalizePersian(text: string): string {
  return toLatinDigits(
    text
      .normalize('NFKC') // presentation forms (ﻻ, ﯽ…) and composed/decomposed hamza, madda
      .replace(LETTERS, (c) => LETTER_FOLDS[c])
      .replace(DIACRITICS, '')
      .replace(INVISIBLE, '')
      .replace(ZERO_WIDTH, ' ')
      .toLowerCase(),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The key stored in search columns and computed for queries: normalizePersian plus punctuation and
 * symbols (، ؛ ؟ « » - . @ …) turned into spaces, so 'علی-رضا' and 'علی رضا' match. Compare with
 * "contains" (LIKE %key%) on keys built by this same function on both sides.
 */
export function searchKey(text: string): string {
  return normalizePersian(text)
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
