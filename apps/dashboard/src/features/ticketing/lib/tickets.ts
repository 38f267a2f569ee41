import { toLatinDigits, toPersianDigits } from '@peyvand/text';
import { isApiError } from '@peyvand/web';
import type { TicketPriority, TicketStatus } from '@/gql/graphql';

export const TICKET_STATUSES: TicketStatus[] = ['NEW', 'OPEN', 'WAITING_ON_CUSTOMER', 'RESOLVED', 'CLOSED'];
export const TICKET_PRIORITIES: TicketPriority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];
export const TICKET_TYPES = ['QUESTION', 'PROBLEM', 'REQUEST', 'COMPLAINT'] as const;
export const ASSIGNMENT_MODES = ['ROUND_ROBIN', 'LEAST_OPEN', 'FIXED'] as const;
/** The statuses of a live ticket (the "all open" inbox view). */
export const OPEN_STATUSES: TicketStatus[] = ['NEW', 'OPEN', 'WAITING_ON_CUSTOMER'];

/**
 * The header's buttons from the transitions the server allows for the ticket (Ticket.allowedTransitions):
 * resolve / close, and reopen (RESOLVED → OPEN).
 */
export function ticketActions(status: TicketStatus, allowed: readonly TicketStatus[]): { resolve: boolean; close: boolean; reopen: boolean } {
  return { resolve: allowed.includes('RESOLVED'), close: allowed.includes('CLOSED'), reopen: status === 'RESOLVED' && allowed.includes('OPEN') };
}

/** "12.5 KB" / "۱٫۲ مگابایت"-style sizes for attachments. */
export function fileSize(bytes: number, locale: string): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'MB'] : bytes >= 1024 ? [bytes / 1024, 'KB'] : [bytes, 'B'];
  const text = `${Math.round(value * 10) / 10}`;
  return locale === 'fa' ? `${toPersianDigits(text).replace('.', '٫')} ${({ MB: 'مگابایت', KB: 'کیلوبایت', B: 'بایت' } as const)[unit as 'MB' | 'KB' | 'B']}` : `${text} ${unit}`;
}

/** Why the server refused an upload, as a translation key (its messages are English). */
export function uploadRefusal(message: string): 'executable' | 'type' | 'extension' | 'tooLarge' | 'empty' | null {
  if (/programs|macro/.test(message)) return 'executable';
  if (/only images/.test(message)) return 'type';
  if (/name the file/.test(message)) return 'extension';
  if (/larger than/.test(message)) return 'tooLarge';
  if (/empty/.test(message)) return 'empty';
  return null;
}

/** "#12" → "#۱۲" in fa. */
export function ticketNumber(n: number, locale: string): string {
  return `#${locale === 'fa' ? toPersianDigits(String(n)) : n}`;
}

export interface SlaTicket {
  status: TicketStatus;
  firstResponseAt?: string | null;
  firstResponseDueAt?: string | null;
  resolutionDueAt?: string | null;
  slaBreachedAt?: string | null;
  /** Set while waiting on the customer: the resolution clock stands still. */
  slaPausedAt?: string | null;
}

/**
 * The SLA target that matters now: the first response until there is one, then the resolution.
 * None for resolved / closed tickets; 'paused' while waiting on the customer. Breached when recorded by the server or
 * already past.
 */
export function slaDue(ticket: SlaTicket, now: Date = new Date()): { kind: 'firstResponse' | 'resolution' | 'paused'; at: string; breached: boolean } | null {
  if (ticket.status === 'RESOLVED' || ticket.status === 'CLOSED') return null;
  const kind = !ticket.firstResponseAt && ticket.firstResponseDueAt ? 'firstResponse' : 'resolution';
  // Waiting on the customer: no running target once the first response is given.
  if (kind === 'resolution' && ticket.slaPausedAt) return { kind: 'paused', at: ticket.slaPausedAt, breached: false };
  const at = kind === 'firstResponse' ? ticket.firstResponseDueAt : ticket.resolutionDueAt;
  if (!at) return null;
  return { kind, at, breached: new Date(at).getTime() < now.getTime() || (kind === 'resolution' && !!ticket.slaBreachedAt) };
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "in 3 hours" / "۲ روز پیش": the largest whole unit (minutes at least). */
export function relativeTime(value: string | Date, locale: string, now: Date = new Date()): string {
  const diff = new Date(value).getTime() - now.getTime();
  const format = new Intl.RelativeTimeFormat(locale === 'fa' ? 'fa-IR' : 'en-US', { numeric: 'auto' });
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms || unit === 'minute') return format.format(Math.trunc(diff / ms), unit);
  }
  return '';
}

/** Minutes → hours as typed in the SLA form ("1.5"); Persian digits in fa. */
export function hoursOfMinutes(minutes: number, locale: string): string {
  const text = String(Math.round((minutes / 60) * 100) / 100);
  return locale === 'fa' ? toPersianDigits(text).replace('.', '٫') : text;
}

/** Hours typed by a person ("1.5", "۱٫۵") → whole minutes; null when not a positive number. */
export function minutesOfHours(hours: string): number | null {
  const text = toLatinDigits(hours.trim()).replace('٫', '.').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  const minutes = Math.round(Number(text) * 60);
  return minutes > 0 ? minutes : null;
}

export interface HoursRange {
  start: string;
  end: string;
}

/** "09:00-13:00, 14:00-17:00" (any digits, – or -) → ranges; null when a part is not HH:MM-HH:MM. Empty → closed. */
export function parseRanges(text: string): HoursRange[] | null {
  const latin = toLatinDigits(text).trim();
  if (!latin) return [];
  const ranges: HoursRange[] = [];
  for (const part of latin.split(/[,،]/)) {
    const m = /^\s*(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})\s*$/.exec(part);
    if (!m) return null;
    ranges.push({ start: `${m[1].padStart(2, '0')}:${m[2]}`, end: `${m[3].padStart(2, '0')}:${m[4]}` });
  }
  return ranges;
}

export function formatRanges(ranges: HoursRange[], locale: string): string {
  const text = ranges.map((r) => `${r.start}-${r.end}`).join(', ');
  return locale === 'fa' ? toPersianDigits(text).replace(/, /g, '، ') : text;
}

/** The status a CONFLICT names (extensions.status), to say why the change was refused. */
export function conflictStatus(error: unknown): TicketStatus | null {
  if (!isApiError(error) || error.code !== 'CONFLICT') return null;
  const status = error.errors.find((e) => e.extensions?.status)?.extensions?.status;
  return typeof status === 'string' && (TICKET_STATUSES as string[]).includes(status) ? (status as TicketStatus) : null;
}

/** A share (0..1) as "33%" / "٣٣٪"; "—" when there is nothing to measure. */
export function percentText(ratio: number | null | undefined, locale: string): string {
  if (ratio == null) return '—';
  return new Intl.NumberFormat(locale === 'fa' ? 'fa-IR' : 'en-US', { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
}

/** Minutes as "45 min" / "3.5 h" / "2.1 days" (Persian digits and words in fa); "—" when unknown. */
export function durationText(minutes: number | null | undefined, locale: string): string {
  if (minutes == null) return '—';
  const fa = locale === 'fa';
  const number = (v: number) => new Intl.NumberFormat(fa ? 'fa-IR' : 'en-US', { maximumFractionDigits: 1 }).format(v);
  if (minutes < 60) return fa ? `${number(Math.round(minutes))} دقیقه` : `${number(Math.round(minutes))} min`;
  if (minutes < 1440) return fa ? `${number(minutes / 60)} ساعت` : `${number(minutes / 60)} h`;
  return fa ? `${number(minutes / 1440)} روز` : `${number(minutes / 1440)} days`;
}
