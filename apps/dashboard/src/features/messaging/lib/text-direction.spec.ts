import { insertAtCursor } from './insert-at-cursor';
import { textDirection } from './text-direction';

describe('text direction of what is typed', () => {
  it('follows the first strong character, skipping digits, punctuation and {{variables}} braces', () => {
    expect(textDirection('سلام {{contact.firstName}}', 'ltr')).toBe('rtl');
    expect(textDirection('{{contact.firstName}} عزیز', 'ltr')).toBe('rtl');
    expect(textDirection('{{contact.firstName}}, welcome', 'rtl')).toBe('ltr');
    expect(textDirection('۱۲۳ — سلام', 'ltr')).toBe('rtl');
    expect(textDirection('123 Hello', 'rtl')).toBe('ltr');
    expect(textDirection('', 'rtl')).toBe('rtl');
    expect(textDirection('  12 ', 'ltr')).toBe('ltr');
  });
});

describe('insertAtCursor', () => {
  it('inserts at the caret, replaces a selection, appends without one', () => {
    expect(insertAtCursor('سلام ، امروز', '{{contact.firstName}}', 5)).toEqual({ text: 'سلام {{contact.firstName}}، امروز', caret: 26 });
    expect(insertAtCursor('Hi NAME!', '{{contact.firstName}}', 3, 7)).toEqual({ text: 'Hi {{contact.firstName}}!', caret: 24 });
    expect(insertAtCursor('Hi ', '{{x}}', null)).toEqual({ text: 'Hi {{x}}', caret: 8 });
    expect(insertAtCursor('ab', 'X', 99)).toEqual({ text: 'abX', caret: 3 });
  });
});
