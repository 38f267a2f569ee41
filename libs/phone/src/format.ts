import { normalizePhone } from './normalize';

export interface FormatPhoneOptions {
  /** 'national' = '0912 123 4567' (default); 'international' = '+98 912 123 4567'. */
  style?: 'national' | 'international';
  /** 'latn' = 0-9 (default), 'fa' = ۰-۹. */
  digits?: 'fa' | 'latn';
  /**
   * Wrap in a left-to-right isolate (U+2066 … U+2069). Needed when the text is placed inside RTL
   * content without dir="ltr": otherwise the bidi algorithm shows the digit groups in reverse order.
   */
  isolate?: boolean;
}

/**
 * Display form of a phone number (ideally the stored E.164, but any accepted input works).
 * Foreign numbers are shown as their E.164; input that cannot be parsed is returned unchanged.
 */
export function formatIranianPhone(phone: string, options: FormatPhoneOptions = {}): string {
  const { style = 'national', digits = 'latn', isolate = false } = options;
  const result = normalizePhone(phone, { allowForeign: true });
  if (!result.ok) return phone;
  let text: string;
  if (result.kind === 'foreign') {
    text = result.e164;
  } else {
    const nsn = result.e164.slice(3);
    const groups = result.kind === 'mobile' ? [nsn.slice(0, 3), nsn.slice(3, 6), nsn.slice(6)] : [nsn.slice(0, 2), nsn.slice(2, 6), nsn.slice(6)];
    text = style === 'international' ? `+98 ${groups.join(' ')}` : `0${groups.join(' ')}`;
  }
  if (digits === 'fa') text = text.replace(/[0-9]/g, (c) => String.fromCharCode(0x06f0 + c.charCodeAt(0) - 48));
  return isolate ? `\u2066${text}\u2069` : text;
}
