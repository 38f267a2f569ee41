/** GSM 03.38 basic character set (one septet each) and its extension table (escape + char: two septets). */
const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
const GSM_EXTENDED = new Set('^{}\\[~]|€\f');

export interface SmsParts {
  encoding: 'GSM7' | 'UCS2';
  /** Characters as the network counts them (septets for GSM-7, UTF-16 code units for UCS-2). */
  units: number;
  parts: number;
  /** Units still free in the last part. */
  remaining: number;
}

/**
 * How many SMS parts a text takes. Persian (any character outside GSM-7) goes as UCS-2: 70 per single message,
 * 67 per part when concatenated; GSM-7: 160 / 153.
 */
export function countSmsParts(text: string): SmsParts {
  let gsm = true;
  let septets = 0;
  for (const ch of text) {
    if (GSM_BASIC.has(ch)) septets += 1;
    else if (GSM_EXTENDED.has(ch)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  const [units, single, multi] = gsm ? [septets, 160, 153] : [text.length, 70, 67];
  const parts = units === 0 ? 0 : units <= single ? 1 : Math.ceil(units / multi);
  const capacity = parts <= 1 ? single : parts * multi;
  return { encoding: gsm ? 'GSM7' : 'UCS2', units, parts, remaining: capacity - units };
}
