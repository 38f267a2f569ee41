import { countSmsParts } from './sms-parts';

describe('countSmsParts', () => {
  it('counts GSM-7 text at 160 single / 153 per concatenated part', () => {
    expect(countSmsParts('')).toEqual({ encoding: 'GSM7', units: 0, parts: 0, remaining: 160 });
    expect(countSmsParts('a'.repeat(160))).toMatchObject({ encoding: 'GSM7', parts: 1, remaining: 0 });
    expect(countSmsParts('a'.repeat(161))).toMatchObject({ parts: 2, remaining: 306 - 161 });
    expect(countSmsParts('a'.repeat(306))).toMatchObject({ parts: 2, remaining: 0 });
    expect(countSmsParts('a'.repeat(307))).toMatchObject({ parts: 3 });
  });

  it('counts the GSM extension characters as two', () => {
    expect(countSmsParts('€'.repeat(80))).toMatchObject({ encoding: 'GSM7', units: 160, parts: 1 });
    expect(countSmsParts('€'.repeat(81))).toMatchObject({ units: 162, parts: 2 });
  });

  it('counts Persian (UCS-2) at 70 single / 67 per concatenated part', () => {
    const persian = 'سلام نرگس عزیز، تولدتان مبارک';
    expect(countSmsParts(persian)).toMatchObject({ encoding: 'UCS2', units: persian.length, parts: 1 });
    expect(countSmsParts('س'.repeat(70))).toMatchObject({ parts: 1, remaining: 0 });
    expect(countSmsParts('س'.repeat(71))).toMatchObject({ parts: 2, remaining: 134 - 71 });
    expect(countSmsParts('س'.repeat(134))).toMatchObject({ parts: 2, remaining: 0 });
    expect(countSmsParts('س'.repeat(135))).toMatchObject({ parts: 3 });
  });

  it('one non-GSM character (Persian digit, emoji) switches the whole text to UCS-2', () => {
    expect(countSmsParts('code ۱۲۳۴')).toMatchObject({ encoding: 'UCS2', units: 9 });
    expect(countSmsParts('a'.repeat(69) + '😀')).toMatchObject({ encoding: 'UCS2', units: 71, parts: 2 });
  });
});
