// Timeline and stage-history text in the reader's language (pure functions, no React).
//
// The server writes an English `summary` for API integrations; for items it generates itself the
// dashboard renders from the structured `kind` + `data` instead. Text a person typed is shown as is.
import { toPersianDigits } from '@peyvand/text';

/** The part of i18next's `t` used here (keeps this module free of React and easy to test). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface TimelineItemLike {
  kind: string;
  direction?: string | null;
  summary: string;
  body?: string | null;
  data?: unknown;
}

export interface TimelineText {
  summary: string;
  body: string | null;
  /** Extra facts (call duration, extension, consent source…), already translated. */
  details: string[];
  /** True when summary/body are the app's own words in the UI language (false: a person's text, shown as typed). */
  translated: boolean;
}

const K = 'contacts.timelineText';

/** Digits in the reader's script: Persian in fa. */
export function localizeDigits(text: string, locale: string): string {
  return locale === 'fa' ? toPersianDigits(text) : text;
}

const num = (n: number, locale: string) => localizeDigits(String(n), locale);

/** "+۱۲۰" / "−۲۰" in a left-to-right isolate (a sign beside Persian digits would otherwise jump to their other side). */
const signedNumber = (n: number, locale: string) => `\u2066${n > 0 ? '+' : n < 0 ? '−' : ''}${num(Math.abs(n), locale)}\u2069`;

/** A person's text inside a translated sentence, in a bidi isolate (FSI…PDI) so a Persian name in English text, or the reverse, keeps its order. */
export const isolate = (text: string) => `\u2068${text}\u2069`;

/** Seconds → "mm:ss" (or "h:mm:ss"), Persian digits in fa. */
export function formatCallDuration(totalSeconds: number, locale: string): string {
  const s = Math.max(0, Math.round(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (v: number) => String(v).padStart(2, '0');
  const text = h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${pad(m)}:${pad(s % 60)}`;
  return localizeDigits(text, locale);
}

const positiveInt = (v: string | undefined): number | null => (v && /^\d+$/.test(v) ? Number(v) : null);

/**
 * English prose the API wrote for automatic changes before the reasons became codes (rows recorded then
 * were not rewritten). Only applied to automatic changes, so a person's words are never touched.
 */
const LEGACY_AUTOMATIC_REASONS: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^first order$/, () => 'first_order'],
  [/^order #(\d+)$/, (m) => `repeat_order:${m[1]}`],
  [/^(\d+) orders within (\d+) months$/, (m) => `orders_in_window:${m[1]}:${m[2]}`],
  [/^(\d+) successful referrals$/, (m) => `referrals:${m[1]}`],
  [/^no purchase for (\d+) days$/, (m) => `no_purchase:${m[1]}`],
];

/**
 * A stage-change reason: the server's codes (created, imported, first_order, repeat_order:<n>,
 * orders_in_window:<n>:<months>, referrals:<n>, no_purchase:<days>) are translated; anything else is a
 * person's own words and comes back untouched with `translated: false`.
 */
export function stageReasonText(
  reason: string | null | undefined,
  t: Translate,
  locale: string,
  automatic = false,
): { text: string; translated: boolean } {
  let raw = (reason ?? '').trim();
  if (automatic) {
    for (const [pattern, toCode] of LEGACY_AUTOMATIC_REASONS) {
      const m = raw.match(pattern);
      if (m) {
        raw = toCode(m);
        break;
      }
    }
  }
  const code = translateReasonCode(raw, t, locale);
  return code === null ? { text: reason ?? '', translated: false } : { text: code, translated: true };
}

function translateReasonCode(raw: string, t: Translate, locale: string): string | null {
  if (raw === 'created') return t(`${K}.reasons.created`);
  if (raw === 'imported') return t(`${K}.reasons.imported`);
  if (raw === 'first_order') return t(`${K}.reasons.firstOrder`);
  const [code, a, b, ...rest] = raw.split(':');
  if (rest.length) return null;
  const n = positiveInt(a);
  if (n === null) return null;
  if (b === undefined) {
    if (code === 'repeat_order') return t(`${K}.reasons.repeatOrder`, { count: n, formatted: num(n, locale) });
    if (code === 'referrals') return t(`${K}.reasons.referrals`, { count: n, formatted: num(n, locale) });
    if (code === 'no_purchase') return t(`${K}.reasons.noPurchase`, { count: n, formatted: num(n, locale) });
    return null;
  }
  const months = positiveInt(b);
  if (code === 'orders_in_window' && months !== null) {
    return t(`${K}.reasons.ordersInWindow`, {
      count: n,
      formatted: num(n, locale),
      period: t(`${K}.months`, { count: months, formatted: num(months, locale) }),
    });
  }
  return null;
}

/** A translated enum value, or the raw value when the dashboard does not know it. */
const enumLabel = (t: Translate, name: string, value: string) => t(`enums.${name}.${value}`, { defaultValue: value });

const asRecord = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

/** English summaries the PBX webhook writes for calls (see telephony.service). */
const PBX_CALL_SUMMARY = /^(Incoming|Outgoing) call( \(missed\))?$/;
const MERGED_PREFIX = 'Merged with ';

/** Consent sources the apps write as codes (others are a person's words, e.g. «فرم عضویت باشگاه»). */
const CONSENT_SOURCE_CODES = new Set(['dashboard']);

/** One timeline item → what to show, in the reader's language. */
export function timelineItemText(item: TimelineItemLike, t: Translate, locale: string): TimelineText {
  const data = asRecord(item.data);
  const asTyped: TimelineText = { summary: item.summary, body: item.body ?? null, details: [], translated: false };

  switch (item.kind) {
    case 'STAGE_CHANGE': {
      const to = str(data.to);
      if (!to) return asTyped;
      const from = str(data.from);
      const arrow = t('contacts.stage.arrow');
      const summary = from ? `${enumLabel(t, 'LifecycleStage', from)} ${arrow} ${enumLabel(t, 'LifecycleStage', to)}` : enumLabel(t, 'LifecycleStage', to);
      const reason = stageReasonText(item.body, t, locale, data.automatic === true);
      const details = data.automatic === true ? [t('contacts.stage.automatic')] : [];
      return { summary, body: reason.text || null, details, translated: true };
    }
    case 'CONSENT': {
      const channel = str(data.channel);
      const status = str(data.status);
      if (!channel || !status) return asTyped;
      const source = str(data.source);
      return {
        summary: t(`${K}.consent`, { channel: enumLabel(t, 'ConsentChannel', channel), status: enumLabel(t, 'ConsentStatus', status) }),
        body: item.body ?? null,
        details: source ? [t(`${K}.source`, { source: consentSourceText(source, t) })] : [],
        translated: true,
      };
    }
    case 'CONTACT_CREATED': {
      const source = str(data.source);
      if (source === 'IMPORT' || item.summary === 'Contact imported') {
        return { summary: t(`${K}.contactImported`), body: item.body ?? null, details: [], translated: true };
      }
      return {
        summary: t(`${K}.contactCreated`),
        body: item.body ?? null,
        details: source ? [t(`${K}.source`, { source: enumLabel(t, 'ContactSource', source) })] : [],
        translated: true,
      };
    }
    case 'CONTACT_MERGED': {
      if (!item.summary.startsWith(MERGED_PREFIX)) return asTyped;
      const name = item.summary.slice(MERGED_PREFIX.length).trim();
      return { summary: t(`${K}.merged`, { name: isolate(name) }), body: item.body ?? null, details: [], translated: true };
    }
    case 'CALL': {
      const outcome = data.outcome;
      if ((outcome !== 'answered' && outcome !== 'missed') || !PBX_CALL_SUMMARY.test(item.summary)) return asTyped;
      const incoming = item.direction === 'IN' || (item.direction !== 'OUT' && item.summary.startsWith('Incoming'));
      const missed = outcome === 'missed';
      const details: string[] = [];
      const seconds = typeof data.durationSeconds === 'number' ? data.durationSeconds : null;
      if (seconds !== null && (seconds > 0 || !missed)) details.push(t(`${K}.call.duration`, { duration: formatCallDuration(seconds, locale) }));
      const extension = typeof data.extension === 'number' ? String(data.extension) : str(data.extension);
      if (extension) details.push(t(`${K}.call.extension`, { extension: localizeDigits(extension, locale) }));
      return {
        summary: t(`${K}.call.${incoming ? 'incoming' : 'outgoing'}${missed ? 'Missed' : ''}`),
        body: item.body ?? null,
        details,
        translated: true,
      };
    }
    case 'POINTS': {
      const delta = typeof data.delta === 'number' ? data.delta : null;
      const kind = str(data.kind);
      if (delta === null || !kind) return asTyped;
      const details = typeof data.balance === 'number' ? [t(`${K}.points.balance`, { balance: num(data.balance, locale) })] : [];
      return {
        summary: t(`${K}.points.changed`, { count: Math.abs(delta), signed: signedNumber(delta, locale), kind: enumLabel(t, 'PointsKind', kind) }),
        // The reason is a person's words for staff adjustments, the API's English for automatic ones: shown as written.
        body: item.body ?? null,
        details,
        translated: true,
      };
    }
    case 'CLUB':
      return clubItemText(item, data, t, locale) ?? asTyped;
    case 'ORDER':
    case 'INVOICE':
      return salesItemText(item, data, t, locale) ?? asTyped;
    case 'TICKET':
      return ticketItemText(item, data, t, locale) ?? asTyped;
    case 'OPPORTUNITY':
      return opportunityItemText(item, data, t, locale) ?? asTyped;
    default:
      // TASK (title + outcome), NOTE, SMS, EMAIL, MEETING, VISIT, WEB_FORM, SOCIAL, hand-logged CALL…: a person's words.
      return asTyped;
  }
}

/** The club's own entries (club-timeline.projector): `data.step` says what happened; names come from the summary. */
function clubItemText(item: TimelineItemLike, data: Record<string, unknown>, t: Translate, locale: string): TimelineText | null {
  const text = (summary: string, details: string[] = []): TimelineText => ({ summary, body: item.body ?? null, details, translated: true });
  const after = (prefix: string) => (item.summary.startsWith(prefix) ? item.summary.slice(prefix.length).trim() : null);
  const points = typeof data.points === 'number' && data.points > 0 ? [t(`${K}.club.points`, { count: data.points, formatted: num(data.points, locale) })] : [];
  switch (str(data.step)) {
    case 'joined': {
      const via = str(data.via);
      return text(t(`${K}.club.joined`), via ? [t(`${K}.club.via`, { via: enumLabel(t, 'ClubJoinVia', via) })] : []);
    }
    case 'signed_in':
      return text(t(`${K}.club.signedIn`));
    case 'tier_changed': {
      const m = /^Tier (.*) → (.*)$/.exec(item.summary);
      if (!m) return null;
      const name = (v: string) => (v === '—' ? t(`${K}.club.noTier`) : isolate(v));
      // From no tier: "reached Bronze", not "no tier → Bronze".
      if (m[1] === '—' && m[2] !== '—') return text(t(`${K}.club.tierReached`, { to: isolate(m[2]) }));
      return text(t(`${K}.club.tierChanged`, { from: name(m[1]), to: name(m[2]) }));
    }
    case 'reward_redeemed': {
      const name = after('Redeemed ');
      return name === null ? null : text(t(`${K}.club.redeemed`, { name: isolate(name) }), points);
    }
    case 'news_clicked': {
      const title = after('Opened club news:');
      return title === null ? null : text(t(`${K}.club.newsClicked`, { title: isolate(title) }), points);
    }
    case 'news_answered': {
      const title = after(data.kind === 'CONTEST' ? 'Entered the club contest:' : 'Answered the club survey:');
      return title === null ? null : text(t(`${K}.club.${data.kind === 'CONTEST' ? 'contestEntered' : 'surveyAnswered'}`, { title: isolate(title) }), points);
    }
    case 'order_placed': {
      const m = /#(\d+)\)?$/.exec(item.summary);
      return m ? text(t(`${K}.club.orderPlaced`, { number: num(Number(m[1]), locale) })) : null;
    }
    case 'referral_succeeded':
      return text(t(`${K}.club.referred`));
    default:
      return null;
  }
}

/** Sales steps (timeline.projector subscribeSales): the number from `data`, else from the English summary. */
function salesItemText(item: TimelineItemLike, data: Record<string, unknown>, t: Translate, locale: string): TimelineText | null {
  const text = (summary: string, details: string[] = []): TimelineText => ({ summary, body: item.body ?? null, details, translated: true });
  const fromSummary = /(?:#|invoice |Invoice )([\d/]+)/.exec(item.summary)?.[1] ?? null;
  const raw = typeof data.number === 'number' ? String(data.number) : str(data.number) ?? fromSummary;
  const number = raw === null ? null : localizeDigits(raw, locale);
  const S = `${K}.sales`;
  const step = str(data.step);
  switch (step) {
    case 'proforma_created':
    case 'proforma_placed': {
      const source = str(data.source);
      return number === null ? null : text(t(`${S}.${camel(step)}`, { number }), source && source !== 'STAFF' ? [t(`${K}.source`, { source: t(`sales.enums.ProformaSource.${source}`, { defaultValue: source }) })] : []);
    }
    case 'proforma_confirmed':
    case 'proforma_cancelled':
    case 'proforma_expired':
    case 'invoice_issued':
    case 'invoice_cancelled':
      return number === null ? null : text(t(`${S}.${camel(step)}`, { number }));
    case 'payment_recorded': {
      if (number === null) return null;
      const method = str(data.method);
      const status = str(data.paymentStatus);
      const details = [
        ...(method ? [t(`sales.enums.PaymentMethod.${method}`, { defaultValue: method })] : []),
        ...(status ? [t(`sales.enums.PaymentStatus.${status}`, { defaultValue: status })] : []),
      ];
      return text(t(`${S}.paymentRecorded`, { number }), details);
    }
    case 'issued':
    case 'shipped':
    case 'delivered':
    case 'returned':
      return number === null ? null : text(t(`${S}.order.${step}`, { number }));
    case 'order_completed':
      return text(t(`${S}.orderCompleted`));
    case 'external_return': {
      const order = str(data.externalOrderId);
      const ret = str(data.externalReturnId);
      const source = str(data.source);
      const taken = typeof data.pointsReversed === 'number' && data.pointsReversed > 0 ? [t(`${S}.pointsTakenBack`, { count: data.pointsReversed, formatted: num(data.pointsReversed, locale) })] : [];
      return order && ret && source ? text(t(`${S}.externalReturn`, { ret: isolate(ret), order: isolate(order), source: isolate(source) }), taken) : null;
    }
    case 'external_purchase': {
      const order = str(data.externalOrderId);
      const source = str(data.source);
      return order && source ? text(t(`${S}.externalPurchase`, { order: isolate(order), source: isolate(source) })) : null;
    }
    default:
      return null;
  }
}

/** Ticket steps (timeline.projector subscribeTicketing); the subject and the customer's words stay as written. */
function ticketItemText(item: TimelineItemLike, data: Record<string, unknown>, t: Translate, locale: string): TimelineText | null {
  if (typeof data.number !== 'number') return null;
  const number = num(data.number, locale);
  const text = (summary: string, details: string[] = []): TimelineText => ({ summary, body: item.body ?? null, details, translated: true });
  const T = `${K}.ticket`;
  switch (str(data.step)) {
    case 'created': {
      const subject = /^Ticket #\d+ opened: (.*)$/s.exec(item.summary)?.[1];
      return subject === undefined ? null : text(t(`${T}.created`, { number, subject: isolate(subject) }));
    }
    case 'replied':
      return text(t(`${T}.replied`, { number }));
    case 'customer_message':
      return text(t(`${T}.customerMessage`, { number }));
    case 'resolved':
    case 'reopened':
    case 'closed':
      return text(t(`${T}.${str(data.step)}`, { number }));
    case 'rated':
      return typeof data.score === 'number' ? text(t(`${T}.rated`, { number, score: num(data.score, locale) })) : null;
    default:
      return null;
  }
}

/** Opportunity steps (timeline.projector subscribePipeline): stage names in the reader's language. */
function opportunityItemText(item: TimelineItemLike, data: Record<string, unknown>, t: Translate, locale: string): TimelineText | null {
  const title = str(data.title);
  if (!title) return null;
  const stageName = (v: unknown) => {
    const stage = asRecord(v);
    return str(locale === 'fa' ? stage.nameFa : stage.nameEn) ?? str(stage.nameFa) ?? str(stage.nameEn);
  };
  const text = (summary: string): TimelineText => ({ summary, body: item.body ?? null, details: [], translated: true });
  const O = `${K}.opportunity`;
  const name = isolate(title);
  switch (str(data.step)) {
    case 'created': {
      const stage = stageName(data.stage);
      return stage ? text(t(`${O}.created`, { title: name, stage: isolate(stage) })) : null;
    }
    case 'moved': {
      const from = stageName(data.from);
      const to = stageName(data.stage);
      return from && to ? text(t(`${O}.moved`, { title: name, from: isolate(from), to: isolate(to) })) : null;
    }
    case 'won':
      return text(t(`${O}.won`, { title: name }));
    case 'lost':
      return text(t(`${O}.lost`, { title: name }));
    default:
      return null;
  }
}

const camel = (snake: string) => snake.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

function consentSourceText(source: string, t: Translate): string {
  return CONSENT_SOURCE_CODES.has(source) ? t(`${K}.consentSources.${source}`) : isolate(source);
}
