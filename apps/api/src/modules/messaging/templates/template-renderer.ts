import {
  CalendarDate, DEFAULT_TIME_ZONE, formatJalali, isValidCalendarDate, jalaliMonthName, nextOccurrence, parseISODate, toGregorian, toJalali, zonedToday,
} from '@peyvand/calendar';
import { formatMoney, MoneyUnit, toLatinDigits, toPersianDigits } from '@peyvand/text';
import { TEMPLATE_VARIABLES, templateVariable, TemplateVariableDefinition } from './template-variables';

/**
 * Message templates as pure functions: `{{ name }}` placeholders are parsed, checked against the variable catalog
 * and rendered per language — Jalali dates and Persian digits for fa, Gregorian and Latin digits for en.
 */

export type TemplateLanguage = 'fa' | 'en';
export type TemplateField = 'subject' | 'body';

/** Literal text, or a placeholder (with its offset in the text). */
export type TemplatePart = string | { variable: string; index: number };

export interface ParsedTemplate {
  parts: TemplatePart[];
  /** Syntax problems (unbalanced braces, malformed placeholders); `parts` is only meaningful without them. */
  problems: Array<{ index: number; message: string }>;
}

export interface TemplateProblem {
  field: TemplateField;
  message: string;
  /** The unknown variable, for problems about one. */
  variable?: string;
}

/** The values a text is rendered with, by variable name; null renders as nothing, a name absent is an error. */
export type TemplateValues = Readonly<Record<string, unknown>>;

export interface RenderOptions {
  /** IANA zone in which instants (today, an expiry time) become dates; default Asia/Tehran. */
  timeZone?: string;
  /** How money is shown: Toman (IRT, default) or Rial (IRR); amounts are always given in integer Rial. */
  currency?: MoneyUnit;
  /** "Now", for date.today-like instants and yearly dates without a year; default the current time. */
  now?: Date | number;
}

/** Why a text could not be rendered; `variable` names the placeholder at fault. */
export class TemplateRenderError extends Error {
  constructor(
    readonly reason: 'syntax' | 'unknown' | 'missing' | 'invalid',
    readonly variable: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'TemplateRenderError';
  }
}

const NAME = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/;

function position(text: string, index: number): string {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return `line ${line}, column ${index - before.lastIndexOf('\n')}`;
}

export function parseTemplate(text: string): ParsedTemplate {
  const parts: TemplatePart[] = [];
  const problems: ParsedTemplate['problems'] = [];
  let literalFrom = 0;
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{{', i);
    const close = text.indexOf('}}', i);
    if (close !== -1 && (open === -1 || close < open)) {
      problems.push({ index: close, message: `"}}" without a matching "{{" at ${position(text, close)}` });
      i = close + 2;
      continue;
    }
    if (open === -1) break;
    const end = text.indexOf('}}', open + 2);
    const reopened = text.indexOf('{{', open + 2);
    if (end === -1 || (reopened !== -1 && reopened < end)) {
      problems.push({ index: open, message: `"{{" is not closed with "}}" at ${position(text, open)}` });
      i = open + 2;
      continue;
    }
    const name = text.slice(open + 2, end).trim();
    if (!NAME.test(name)) {
      problems.push({
        index: open,
        message: name
          ? `"{{${name}}}" at ${position(text, open)} is not a variable name (letters, digits and dots, e.g. {{contact.firstName}})`
          : `empty placeholder "{{}}" at ${position(text, open)}`,
      });
    } else {
      if (open > literalFrom) parts.push(text.slice(literalFrom, open));
      parts.push({ variable: name, index: open });
    }
    literalFrom = end + 2;
    i = end + 2;
  }
  if (literalFrom < text.length) parts.push(text.slice(literalFrom));
  return { parts, problems };
}

/** The distinct variable names a text uses, in order of first use (syntax problems aside). */
export function placeholdersOf(...texts: Array<string | null | undefined>): string[] {
  const names = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const part of parseTemplate(text).parts) if (typeof part !== 'string') names.add(part.variable);
  }
  return [...names];
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

function unknownVariableMessage(name: string): string {
  // {{firstName}} for {{contact.firstName}}: the name without its namespace.
  const unqualified = TEMPLATE_VARIABLES.filter((v) => v.name.toLowerCase().endsWith(`.${name.toLowerCase()}`));
  if (unqualified.length === 1) return `unknown variable {{${name}}} (did you mean {{${unqualified[0].name}}}?)`;
  let best: { name: string; distance: number } | undefined;
  for (const v of TEMPLATE_VARIABLES) {
    const distance = editDistance(name, v.name);
    if (!best || distance < best.distance) best = { name: v.name, distance };
  }
  const hint = best && best.distance <= Math.max(2, Math.floor(name.length / 8)) ? `did you mean {{${best.name}}}?` : 'see templateVariables for the ones available';
  return `unknown variable {{${name}}} (${hint})`;
}

/** Every problem of a template's subject and body: unbalanced braces, malformed placeholders, unknown variables. */
export function validateTemplate(subject: string | null | undefined, body: string): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  for (const [field, text] of [['subject', subject], ['body', body]] as const) {
    if (!text) continue;
    const parsed = parseTemplate(text);
    for (const p of parsed.problems) problems.push({ field, message: p.message });
    const reported = new Set<string>();
    for (const part of parsed.parts) {
      if (typeof part === 'string' || templateVariable(part.variable) || reported.has(part.variable)) continue;
      reported.add(part.variable);
      problems.push({ field, variable: part.variable, message: unknownVariableMessage(part.variable) });
    }
  }
  return problems;
}

const GREGORIAN_MONTHS_EN = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];

/**
 * A date value as given: a Date (an instant, taken in the time zone), 'YYYY-MM-DD' (Gregorian), an ISO date-time
 * string (an instant), or { calendar: jalali | gregorian (any case), year?, month, day } as contacts store birthdays.
 */
function toCalendarDate(value: unknown, timeZone: string): CalendarDate | null {
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? { calendar: 'gregorian', ...zonedToday(value, timeZone) } : null;
  if (typeof value === 'string') {
    const s = toLatinDigits(value.trim());
    if (/^\d{4}-\d{2}-\d{2}$/.test(s)) {
      const d = parseISODate(s);
      return d ? { calendar: 'gregorian', ...d } : null;
    }
    if (/^\d{4}-\d{2}-\d{2}T/.test(s)) {
      const ms = Date.parse(s);
      return Number.isFinite(ms) ? { calendar: 'gregorian', ...zonedToday(ms, timeZone) } : null;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    const { calendar = 'gregorian', year, month, day } = value as Record<string, unknown>;
    const kind = typeof calendar === 'string' ? calendar.toLowerCase() : '';
    if (kind !== 'jalali' && kind !== 'gregorian') return null;
    if (typeof month !== 'number' || typeof day !== 'number' || (year != null && typeof year !== 'number')) return null;
    const date: CalendarDate = year == null ? { calendar: kind, month, day } : { calendar: kind, year, month, day };
    return isValidCalendarDate(date) ? date : null;
  }
  return null;
}

function formatDate(date: CalendarDate, language: TemplateLanguage, timeZone: string, now: Date | number): string {
  const target = language === 'fa' ? 'jalali' : 'gregorian';
  let shown: { year?: number; month: number; day: number };
  if (date.calendar === target) shown = date;
  else if (date.year !== undefined) {
    const plain = { year: date.year, month: date.month, day: date.day };
    shown = target === 'jalali' ? toJalali(plain) : toGregorian(plain);
  } else {
    // A yearly date of the other calendar (a birthday without its year) falls on a different day each year: its next one.
    const next = nextOccurrence(date, { from: now, timeZone });
    const d = target === 'jalali' ? next.jalali : next.gregorian;
    shown = { month: d.month, day: d.day };
  }
  if (language === 'fa') {
    return shown.year === undefined
      ? `${toPersianDigits(shown.day)} ${jalaliMonthName(shown.month, 'fa')}`
      : formatJalali({ year: shown.year, month: shown.month, day: shown.day }, { style: 'long' });
  }
  return `${shown.day} ${GREGORIAN_MONTHS_EN[shown.month - 1]}${shown.year === undefined ? '' : ` ${shown.year}`}`;
}

const numberFormats = { fa: new Intl.NumberFormat('fa-IR', { maximumFractionDigits: 2 }), en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }) };

function toNumber(value: unknown): number | bigint | null {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') {
    const s = toLatinDigits(value).trim().replace(/[,\u066c\s]/g, '').replace(/\u066b/, '.');
    if (/^-?\d+$/.test(s)) return Number.isSafeInteger(Number(s)) ? Number(s) : BigInt(s);
    if (/^-?\d+\.\d+$/.test(s)) return Number(s);
  }
  return null;
}

function formatValue(def: TemplateVariableDefinition, value: unknown, language: TemplateLanguage, options: Required<RenderOptions>): string {
  if (value === null) return '';
  const invalid = (expected: string) =>
    new TemplateRenderError('invalid', def.name, `{{${def.name}}} must be ${expected}, got ${JSON.stringify(typeof value === 'bigint' ? String(value) : value)}`);
  switch (def.kind) {
    case 'text':
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') return String(value);
      throw invalid('text');
    case 'number': {
      const n = toNumber(value);
      if (n === null) throw invalid('a number');
      return numberFormats[language].format(n);
    }
    case 'money':
      if (typeof value !== 'bigint' && typeof value !== 'number' && typeof value !== 'string') throw invalid('an integer amount of Rial');
      try {
        return formatMoney(value, { unit: options.currency, locale: language });
      } catch {
        throw invalid('an integer amount of Rial');
      }
    case 'date': {
      const date = toCalendarDate(value, options.timeZone);
      if (!date) throw invalid('a date (YYYY-MM-DD, an ISO date-time or { calendar, year, month, day })');
      return formatDate(date, language, options.timeZone, options.now);
    }
  }
}

/**
 * Renders a text: every placeholder replaced by its value formatted for the language. Throws TemplateRenderError
 * for a syntax problem, a variable outside the catalog, a value absent from `values` or one of the wrong kind.
 */
export function render(text: string, values: TemplateValues, language: TemplateLanguage, options: RenderOptions = {}): string {
  const parsed = parseTemplate(text);
  if (parsed.problems.length) throw new TemplateRenderError('syntax', null, parsed.problems[0].message);
  const resolved: Required<RenderOptions> = { timeZone: options.timeZone ?? DEFAULT_TIME_ZONE, currency: options.currency ?? 'IRT', now: options.now ?? Date.now() };
  return parsed.parts
    .map((part) => {
      if (typeof part === 'string') return part;
      const def = templateVariable(part.variable);
      if (!def) throw new TemplateRenderError('unknown', part.variable, unknownVariableMessage(part.variable));
      if (!Object.prototype.hasOwnProperty.call(values, part.variable) || values[part.variable] === undefined) {
        throw new TemplateRenderError('missing', part.variable, `no value for {{${part.variable}}}: the sender must supply it`);
      }
      return formatValue(def, values[part.variable], language, resolved);
    })
    .join('');
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The HTML part of an email from its plain text: HTML escaped, a paragraph per blank-line-separated block, <br> for
 * the other line breaks, right-to-left for Persian and left-to-right for English.
 */
export function toEmailHtml(text: string, language: TemplateLanguage): string {
  const dir = language === 'fa' ? 'rtl' : 'ltr';
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/^\n+|\n+$/g, ''))
    .filter((p) => p.trim() !== '')
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
  return `<!doctype html><html lang="${language}" dir="${dir}"><head><meta charset="utf-8"></head><body style="font-family:Tahoma,sans-serif">${paragraphs}</body></html>`;
}
