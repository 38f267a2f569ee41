import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { addDays, formatJalali, isGregorianLeapYear, isJalaliLeapYear, parseISODate, toJalali, zonedDateTimeToInstant } from '@peyvand/calendar';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { TenantDb } from '../../core/database/tenant-db.service';
import { DomainError } from '../../core/errors/domain-errors';
import { JobRunError } from '../../core/jobs/job-runs.store';
import { JobRunReport, Scheduler } from '../../core/jobs/scheduler.service';
import { EarningService } from '../club/loyalty/earning.service';
import { DueDateTarget, DueImportantDate, FamilyService } from '../contacts/family.service';
import { MessageChannel, MessagePurpose } from '../messaging/message.model';
import { MessagingService } from '../messaging/messaging.service';
import { StaffAlertDefinition } from '../messaging/staff-alerts/staff-alert-events';
import { StaffAlertsService } from '../messaging/staff-alerts/staff-alerts.service';
import { TEMPLATE_KEY_PATTERN } from '../messaging/templates/message-template.model';
import { MessageTemplatesService } from '../messaging/templates/message-templates.service';
import { CreateTaskInput, TaskKind } from '../tasks/task.model';
import { TasksService } from '../tasks/tasks.service';
import { AutomationWorkspaces, WorkspaceInfo } from './automation-workspaces';

export const IMPORTANT_DATES_JOB = 'automation.important-dates';
/** Important dates may be reminded up to this many days before (the contacts module's limit). */
const MAX_LEAD_DAYS = 60;
const PAGE = 2000;
/** Dates sent per transaction (a few set-based statements each), and transactions at a time. */
const CHUNK = 1000;
const CONCURRENCY = 2;

export const IMPORTANT_DATES_ALERT: StaffAlertDefinition = {
  event: 'important-dates.reminders',
  description: { fa: 'یادآوری روزانه مناسبت‌های مشتریانم', en: "The day's important dates of my customers" },
  defaultChannels: ['EMAIL'],
};

/** Template keys used when a date names none. */
const DEFAULT_TEMPLATE: Record<string, string> = { BIRTHDAY: 'birthday', CHILD_BIRTHDAY: 'child_birthday', ANNIVERSARY: 'anniversary' };

const KIND_LABEL: Record<'fa' | 'en', Record<string, string>> = {
  fa: { BIRTHDAY: 'تولد', CHILD_BIRTHDAY: 'تولد فرزند', ANNIVERSARY: 'سالگرد', CONFERENCE: 'همایش', CUSTOM: 'مناسبت' },
  en: { BIRTHDAY: 'Birthday', CHILD_BIRTHDAY: "Child's birthday", ANNIVERSARY: 'Anniversary', CONFERENCE: 'Conference', CUSTOM: 'Occasion' },
};

/**
 * Every day at 10:00 (Tehran): each important date whose next occurrence, in its own calendar, minus its lead days
 * is that day gets its greeting on its channel (through the outbox, which checks marketing consent and holds SMS in
 * quiet hours) and a reminder task for the owner (who gets one digest alert for the day); a contact's own birthday
 * also queues the club's birthday points. A missing 30 Esfand or 29 February falls on the month's last day.
 * important_date_sends holds one row per date and occurrence, so a day run twice (catch-up, run now, replicas)
 * sends nothing twice.
 */
@Injectable()
export class ImportantDatesJob implements OnModuleInit {
  private readonly logger = new Logger(ImportantDatesJob.name);

  constructor(
    private readonly scheduler: Scheduler,
    private readonly db: TenantDb,
    private readonly family: FamilyService,
    private readonly messaging: MessagingService,
    private readonly tasks: TasksService,
    private readonly workspaces: AutomationWorkspaces,
    private readonly earning: EarningService,
    private readonly alerts: StaffAlertsService,
    private readonly templates: MessageTemplatesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.alerts.register(IMPORTANT_DATES_ALERT);
    // A greeting that could never render is refused when the date is saved, not found out on the day.
    this.family.useGreetingCheck((text, field) => this.templates.checkScheduledText(text, field));
    this.scheduler.defineDaily({ job: IMPORTANT_DATES_JOB, at: '10:00', run: (day, scope) => this.runDay(day, scope.workspaceId) });
  }

  async runDay(day: string, workspaceId?: string): Promise<JobRunReport> {
    const targets = dueTargets(day);
    const errors: JobRunError[] = [];
    let items = 0;
    for (const ws of await this.workspaces.list(workspaceId)) {
      try {
        items += await this.runWorkspace(ws, day, targets, errors);
      } catch (e) {
        this.logger.error(e, `important dates of workspace ${ws.id} on ${day} failed`);
        errors.push({ workspaceId: ws.id, message: (e as Error).message });
      }
    }
    return { items, errors };
  }

  /**
   * Finds the day's dates (indexed, keyset pages), then sends them a page at a time, a few pages at once: each page is
   * a handful of statements (claim, greetings, reminders, birthday bonuses, record). A page that fails as a whole is
   * sent again one date at a time, so one bad date costs only itself. Each owner then gets one digest of the day.
   */
  private async runWorkspace(ws: WorkspaceInfo, day: string, targets: DueDateTarget[], errors: JobRunError[]): Promise<number> {
    const due: DueImportantDate[] = [];
    for (let after: string | null = null; ; ) {
      const page: DueImportantDate[] = await this.db.tx((em) => this.family.importantDatesDueIn(em, targets, after, PAGE), ws.id);
      due.push(...page);
      if (page.length < PAGE) break;
      after = page[page.length - 1].id;
    }
    const chunks: DueImportantDate[][] = [];
    for (let i = 0; i < due.length; i += CHUNK) chunks.push(due.slice(i, i + CHUNK));
    const reminders = new Map<string, number>();
    let sent = 0;
    const worker = async () => {
      for (let chunk = chunks.shift(); chunk; chunk = chunks.shift()) {
        const rows = chunk;
        let done: DueImportantDate[];
        try {
          done = await this.db.tx((em) => this.sendPage(em, ws, day, rows, errors), ws.id);
        } catch (e) {
          this.logger.warn({ workspaceId: ws.id, day, error: (e as Error).message }, 'important-date page failed; sending its dates one at a time');
          done = [];
          for (const row of rows) if (await this.sendOne(ws, day, row, errors)) done.push(row);
        }
        // Not `sent += await …`: that reads `sent` before the await and loses the other workers' counts.
        sent += done.length;
        for (const row of done) if (row.ownerMemberId) reminders.set(row.ownerMemberId, (reminders.get(row.ownerMemberId) ?? 0) + 1);
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, chunks.length) }, worker));
    for (const [memberId, count] of reminders) {
      try {
        await this.db.tx((em) => this.digestIn(em, ws, day, memberId, count), ws.id);
      } catch (e) {
        errors.push({ workspaceId: ws.id, message: `reminder digest for member ${memberId}: ${(e as Error).message}` });
      }
    }
    return sent;
  }

  /** A page of dates in one transaction; answers the dates sent now (the others were sent by an earlier run). */
  private async sendPage(em: EntityManager, ws: WorkspaceInfo, day: string, page: DueImportantDate[], errors: JobRunError[]): Promise<DueImportantDate[]> {
    const claimed: Array<{ id: string }> = await em.query(
      `INSERT INTO important_date_sends (workspace_id, important_date_id, occurrence, run_day, contact_ids)
       SELECT $1, u.id, u.occurrence, $2, u.contact_ids::uuid[] FROM unnest($3::uuid[], $4::date[], $5::text[]) AS u(id, occurrence, contact_ids)
       ON CONFLICT DO NOTHING RETURNING important_date_id AS id`,
      [ws.id, day, page.map((r) => r.id), page.map((r) => r.occurrence), page.map((r) => `{${r.recipientIds.join(',')}}`)],
    );
    const ids = new Set(claimed.map((c) => c.id));
    const rows = page.filter((r) => ids.has(r.id));
    if (!rows.length) return [];
    const notes = new Map<string, string[]>(rows.map((r) => [r.id, []]));
    const messageIds = new Map<string, string[]>(rows.map((r) => [r.id, []]));

    // Greetings: one enqueue per template (or text) and channel.
    const groups = new Map<string, { content: GreetingContent; rows: DueImportantDate[] }>();
    for (const row of rows) {
      const content = greetingOf(row);
      if (!content) continue;
      const key = `${content.channel}\u0000${content.templateKey ?? ''}\u0000${content.body ?? ''}`;
      const group = groups.get(key) ?? { content, rows: [] };
      group.rows.push(row);
      groups.set(key, group);
    }
    for (const { content, rows: group } of groups.values()) {
      const dateOf = new Map<string, DueImportantDate>();
      const items = group.flatMap((row) => row.recipientIds.map((contactId) => {
        const idempotencyKey = greetingKey(row, contactId);
        dateOf.set(idempotencyKey, row);
        return { contactId, idempotencyKey };
      }));
      try {
        const queued = await this.messaging.enqueueManyIn(em, {
          channel: content.channel, purpose: MessagePurpose.MARKETING, templateKey: content.templateKey, body: content.body, items,
        });
        for (const q of queued) {
          const row = dateOf.get(q.idempotencyKey)!;
          if (q.messageId) messageIds.get(row.id)!.push(q.messageId);
          else this.noteFailure(ws, row, content, `${q.contactId}: ${q.error}`, notes, errors);
        }
      } catch (e) {
        // The template cannot be used (none with that key): the reminders still go out.
        if (!(e instanceof DomainError)) throw e;
        for (const row of group) this.noteFailure(ws, row, content, (e as Error).message, notes, errors);
      }
    }

    const taskIds = await this.tasks.createManyIn(em, rows.map((row) => this.reminderOf(ws, day, row, notes.get(row.id)!)));

    const birthdays = new Map<number, string[]>();
    for (const row of rows) {
      if (row.kind !== 'BIRTHDAY' || row.ownerKind !== 'CONTACT') continue;
      const year = toJalali(parseISODate(row.occurrence)!).year;
      birthdays.set(year, [...(birthdays.get(year) ?? []), row.recipientIds[0]]);
    }
    for (const [year, contactIds] of birthdays) await this.earning.queueBirthdayBonusesIn(em, contactIds, year);

    await em.query(
      `UPDATE important_date_sends s SET message_ids = u.message_ids::uuid[], task_id = u.task_id, error = u.error
         FROM unnest($2::uuid[], $3::text[], $4::uuid[], $5::text[]) AS u(id, message_ids, task_id, error)
        WHERE s.workspace_id = $1 AND s.important_date_id = u.id AND s.run_day = $6`,
      [ws.id, rows.map((r) => r.id), rows.map((r) => `{${messageIds.get(r.id)!.join(',')}}`), taskIds,
        rows.map((r) => (notes.get(r.id)!.length ? notes.get(r.id)!.join('\n').slice(0, 2000) : null)), day],
    );
    return rows;
  }

  private noteFailure(ws: WorkspaceInfo, row: DueImportantDate, content: GreetingContent, message: string, notes: Map<string, string[]>, errors: JobRunError[]): void {
    notes.get(row.id)!.push(message);
    // A date's own text or template that fails is the run's error; a missing default template is only noted.
    if (content.explicit) errors.push({ workspaceId: ws.id, message: `important date ${row.id}: ${message}` });
  }

  private reminderOf(ws: WorkspaceInfo, day: string, row: DueImportantDate, notes: string[]): CreateTaskInput {
    return {
      kind: row.channel === 'CALL' ? TaskKind.CALL : TaskKind.TODO,
      title: reminderTitle(ws.locale, row),
      notes: notes.length ? notes.join('\n') : undefined,
      dueAt: zonedDateTimeToInstant(parseISODate(day)!, '10:00', ws.timezone),
      assigneeId: row.ownerMemberId ?? undefined,
      contactId: row.recipientIds[0],
    };
  }

  /** One alert per owner and day ("N important dates of your customers today"), not one per reminder. */
  private async digestIn(em: EntityManager, ws: WorkspaceInfo, day: string, memberId: string, count: number): Promise<void> {
    const link = new URL('/tasks', this.config.PUBLIC_URL).toString();
    const dayFa = formatJalali(toJalali(parseISODate(day)!), { locale: 'fa', style: 'long' });
    await this.alerts.notifyIn(em, {
      memberId,
      event: IMPORTANT_DATES_ALERT.event,
      idempotencyKey: `alert:important-dates:${day}:${memberId}`,
      content: {
        fa: {
          subject: `یادآوری مناسبت‌های امروز مشتریان شما (${count.toLocaleString('fa-IR')})`,
          body: `امروز ${dayFa}، ${count.toLocaleString('fa-IR')} مناسبت (تولد، سالگرد، …) از مشتریان شما یادآوری شد و در فهرست کارهایتان است.\n${link}`,
        },
        en: {
          subject: `Today's important dates of your customers (${count})`,
          body: `Today (${day}) ${count} important date${count === 1 ? '' : 's'} of your customers (birthdays, anniversaries, …) ${count === 1 ? 'is' : 'are'} in your tasks.\n${link}`,
        },
      },
    });
  }

  /**
   * One date alone, as a page of one in its own transaction (the fallback of a failed page): true when sent now. A
   * failure writes nothing and is the run's error; the date stays unclaimed.
   */
  private async sendOne(ws: WorkspaceInfo, day: string, row: DueImportantDate, errors: JobRunError[]): Promise<boolean> {
    try {
      return (await this.db.tx((em) => this.sendPage(em, ws, day, [row], errors), ws.id)).length > 0;
    } catch (e) {
      errors.push({ workspaceId: ws.id, message: `important date ${row.id}: ${(e as Error).message}` });
      return false;
    }
  }
}

interface GreetingContent {
  channel: MessageChannel;
  templateKey: string | null;
  body: string | null;
  /** The date names its own template or text (a failure is the run's error, not just a note). */
  explicit: boolean;
}

/** What a date sends: its own text or template, else its kind's default template; null for CALL/NONE dates. */
function greetingOf(row: DueImportantDate): GreetingContent | null {
  if (row.channel !== 'SMS' && row.channel !== 'EMAIL') return null;
  const explicit = row.messageTemplate?.trim() || null;
  const templateKey = explicit ? (TEMPLATE_KEY_PATTERN.test(explicit) ? explicit : null) : DEFAULT_TEMPLATE[row.kind] ?? null;
  const body = explicit && !templateKey ? explicit : null;
  if (!templateKey && !body) return null;
  return { channel: row.channel as MessageChannel, templateKey, body, explicit: !!explicit };
}

const greetingKey = (row: DueImportantDate, contactId: string) => `important-date:${row.id}:${row.occurrence}:${contactId}`;

/**
 * The (calendar, month, day, lead) tuples that are due on `day`: for each lead L, the day L days later in both
 * calendars, plus 30 Esfand on 29 Esfand of a common Jalali year and 29 February on 28 February of a common year.
 */
export function dueTargets(day: string): DueDateTarget[] {
  const base = parseISODate(day);
  if (!base) throw new RangeError(`Not a day: ${day}`);
  const targets: DueDateTarget[] = [];
  for (let lead = 0; lead <= MAX_LEAD_DAYS; lead++) {
    const g = addDays(base, lead);
    const occurrence = `${g.year}-${String(g.month).padStart(2, '0')}-${String(g.day).padStart(2, '0')}`;
    const j = toJalali(g);
    targets.push({ calendar: 'GREGORIAN', month: g.month, day: g.day, leadDays: lead, occurrenceYear: g.year, occurrence });
    if (g.month === 2 && g.day === 28 && !isGregorianLeapYear(g.year)) {
      targets.push({ calendar: 'GREGORIAN', month: 2, day: 29, leadDays: lead, occurrenceYear: g.year, occurrence });
    }
    targets.push({ calendar: 'JALALI', month: j.month, day: j.day, leadDays: lead, occurrenceYear: j.year, occurrence });
    if (j.month === 12 && j.day === 29 && !isJalaliLeapYear(j.year)) {
      targets.push({ calendar: 'JALALI', month: 12, day: 30, leadDays: lead, occurrenceYear: j.year, occurrence });
    }
  }
  return targets;
}

function reminderTitle(locale: 'fa' | 'en', row: DueImportantDate): string {
  const kind = row.title?.trim() || KIND_LABEL[locale][row.kind] || row.kind;
  const date = formatJalali(toJalali(parseISODate(row.occurrence)!), { locale, style: 'long' });
  const years = row.yearsSince && row.yearsSince > 0 ? (locale === 'fa' ? ` (${row.yearsSince.toLocaleString('fa-IR')} سال)` : ` (${row.yearsSince} years)`) : '';
  return locale === 'fa' ? `${kind} ${row.subjectName}${years} — ${date}` : `${kind}: ${row.subjectName}${years} — ${date}`;
}
