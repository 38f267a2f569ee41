import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { addDays, formatJalali, isGregorianLeapYear, isJalaliLeapYear, parseISODate, toJalali, zonedDateTimeToInstant } from '@peyvand/calendar';
import { EntityManager } from 'typeorm';
import { TenantDb } from '../../core/database/tenant-db.service';
import { DomainError } from '../../core/errors/domain-errors';
import { JobRunError } from '../../core/jobs/job-runs.store';
import { JobRunReport, Scheduler } from '../../core/jobs/scheduler.service';
import { EarningService } from '../club/loyalty/earning.service';
import { DueDateTarget, DueImportantDate, FamilyService } from '../contacts/family.service';
import { MessageChannel, MessagePurpose } from '../messaging/message.model';
import { MessagingService } from '../messaging/messaging.service';
import { TEMPLATE_KEY_PATTERN } from '../messaging/templates/message-template.model';
import { TaskKind } from '../tasks/task.model';
import { TasksService } from '../tasks/tasks.service';
import { AutomationWorkspaces, WorkspaceInfo } from './automation-workspaces';

export const IMPORTANT_DATES_JOB = 'automation.important-dates';
/** Important dates may be reminded up to this many days before (the contacts module's limit). */
const MAX_LEAD_DAYS = 60;
const PAGE = 2000;
/** Dates sent per transaction, and transactions at a time (the outbox and task writes dominate; PostgreSQL works in parallel). */
const CHUNK = 200;
const CONCURRENCY = 3;

/** Template keys used when a date names none. */
const DEFAULT_TEMPLATE: Record<string, string> = { BIRTHDAY: 'birthday', CHILD_BIRTHDAY: 'child_birthday', ANNIVERSARY: 'anniversary' };

const KIND_LABEL: Record<'fa' | 'en', Record<string, string>> = {
  fa: { BIRTHDAY: 'تولد', CHILD_BIRTHDAY: 'تولد فرزند', ANNIVERSARY: 'سالگرد', CONFERENCE: 'همایش', CUSTOM: 'مناسبت' },
  en: { BIRTHDAY: 'Birthday', CHILD_BIRTHDAY: "Child's birthday", ANNIVERSARY: 'Anniversary', CONFERENCE: 'Conference', CUSTOM: 'Occasion' },
};

/**
 * Every day at 10:00 (Tehran): each important date whose next occurrence, in its own calendar, minus its lead days
 * is that day gets its greeting on its channel (through the outbox, which checks marketing consent and holds SMS in
 * quiet hours) and a reminder task for the owner; a contact's own birthday also earns the club's birthday points. A missing 30 Esfand or 29 February falls on the month's last day.
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
  ) {}

  onModuleInit(): void {
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

  /** Finds the day's dates (indexed, keyset pages), then sends them in chunks, a few transactions at a time. */
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
    let sent = 0;
    const worker = async () => {
      for (let chunk = chunks.shift(); chunk; chunk = chunks.shift()) {
        const rows = chunk;
        // Not `sent += await …`: that reads `sent` before the await and loses the other workers' counts.
        const n = await this.db.tx(async (em) => {
          let done = 0;
          for (const row of rows) done += await this.sendOne(em, ws, day, row, errors);
          return done;
        }, ws.id);
        sent += n;
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, chunks.length) }, worker));
    return sent;
  }

  /** The club's birthday points (once per contact and Jalali year, when the workspace's loyalty rules give any). */
  private async birthdayBonus(em: EntityManager, ws: WorkspaceInfo, row: DueImportantDate, notes: string[], errors: JobRunError[]): Promise<void> {
    await em.query(`SAVEPOINT birthday_bonus`);
    try {
      await this.earning.awardBirthdayBonusIn(em, row.recipientIds[0], toJalali(parseISODate(row.occurrence)!).year);
      await em.query(`RELEASE SAVEPOINT birthday_bonus`);
    } catch (e) {
      // The greeting and the reminder still go out; the error is the run's.
      await em.query(`ROLLBACK TO SAVEPOINT birthday_bonus`);
      notes.push(`birthday bonus: ${(e as Error).message}`);
      errors.push({ workspaceId: ws.id, message: `birthday bonus of important date ${row.id}: ${(e as Error).message}` });
    }
  }

  /** One date's occurrence: claims the ledger row, queues the greeting(s), adds the owner's reminder. 1 when done now. */
  private async sendOne(em: EntityManager, ws: WorkspaceInfo, day: string, row: DueImportantDate, errors: JobRunError[]): Promise<number> {
    await em.query(`SAVEPOINT important_date`);
    try {
      const claimed = await em.query(
        `INSERT INTO important_date_sends (workspace_id, important_date_id, occurrence, run_day, contact_ids) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING RETURNING important_date_id`,
        [ws.id, row.id, row.occurrence, day, row.recipientIds],
      );
      if (!claimed.length) {
        await em.query(`RELEASE SAVEPOINT important_date`);
        return 0;
      }
      const notes: string[] = [];
      const messageIds: string[] = [];
      const explicit = row.messageTemplate?.trim() || null;
      const templateKey = explicit ? (TEMPLATE_KEY_PATTERN.test(explicit) ? explicit : null) : DEFAULT_TEMPLATE[row.kind] ?? null;
      const body = explicit && !templateKey ? explicit : null;
      if ((row.channel === 'SMS' || row.channel === 'EMAIL') && (templateKey || body)) {
        for (const contactId of row.recipientIds) {
          try {
            const message = await this.messaging.enqueueIn(em, {
              contactId,
              channel: row.channel as MessageChannel,
              purpose: MessagePurpose.MARKETING,
              templateKey,
              body,
              idempotencyKey: `important-date:${row.id}:${row.occurrence}:${contactId}`,
            });
            messageIds.push(message.id);
          } catch (e) {
            // Validation (no phone, unknown template) fails before anything is written; the reminder still goes out.
            if (!(e instanceof DomainError)) throw e;
            notes.push(`${contactId}: ${e.message}`);
            if (explicit) errors.push({ workspaceId: ws.id, message: `important date ${row.id}: ${e.message}` });
          }
        }
      }
      const task = await this.tasks.createIn(em, {
        kind: row.channel === 'CALL' ? TaskKind.CALL : TaskKind.TODO,
        title: reminderTitle(ws.locale, row),
        notes: notes.length ? notes.join('\n') : undefined,
        dueAt: zonedDateTimeToInstant(parseISODate(day)!, '10:00', ws.timezone),
        assigneeId: row.ownerMemberId ?? undefined,
        contactId: row.recipientIds[0],
      });
      if (row.kind === 'BIRTHDAY' && row.ownerKind === 'CONTACT') await this.birthdayBonus(em, ws, row, notes, errors);
      await em.query(
        `UPDATE important_date_sends SET message_ids = $4, task_id = $5, error = $6 WHERE workspace_id = $1 AND important_date_id = $2 AND occurrence = $3`,
        [ws.id, row.id, row.occurrence, messageIds, task.id, notes.length ? notes.join('\n').slice(0, 2000) : null],
      );
      await em.query(`RELEASE SAVEPOINT important_date`);
      return 1;
    } catch (e) {
      await em.query(`ROLLBACK TO SAVEPOINT important_date`);
      errors.push({ workspaceId: ws.id, message: `important date ${row.id}: ${(e as Error).message}` });
      return 0;
    }
  }
}

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
