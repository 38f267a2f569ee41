// The direction of a text from its first strong character outside {{variables}} (dir="auto", template-aware), for inputs whose direction must
// follow what is typed: Persian starts right to left, Latin left to right, an empty field follows the UI.
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const LTR = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/;

export function textDirection(text: string, fallback: 'rtl' | 'ltr'): 'rtl' | 'ltr' {
  // {{contact.firstName}} at the start of a Persian text must not make it left to right.
  for (const ch of text.replace(/\{\{[^{}]*\}\}/g, '')) {
    if (RTL.test(ch)) return 'rtl';
    if (LTR.test(ch)) return 'ltr';
  }
  return fallback;
}
