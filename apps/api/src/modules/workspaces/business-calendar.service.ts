import { Injectable } from '@nestjs/common';
import {
  addBusinessMinutes,
  BusinessCalendar,
  BusinessHoliday,
  BusinessHoursRange,
  businessMinutesBetween,
  IRAN_DEFAULT_CALENDAR,
  isOpen,
  nextOpening,
  validateBusinessCalendar,
  Weekday,
} from '@peyvand/calendar';
import { EntityManager } from 'typeorm';
import { RequestContext } from '../../core/context/request-context';
import { TenantDb } from '../../core/database/tenant-db.service';
import { BadInputError, FieldError, NotFoundError } from '../../core/errors/domain-errors';
import { CalendarSystem } from '../contacts/models/contact.enums';
import { BusinessCalendarEntity } from './business-calendar.entity';
import { UpdateBusinessCalendarInput } from './dto/update-business-calendar.input';
import { BusinessCalendarModel } from './models/business-calendar.model';
import { WorkspaceEntity } from './workspace.entity';

const WEEKDAYS: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];
const MAX_RANGES_PER_DAY = 8;

const copyWeek = (week: BusinessCalendar['week']): Record<Weekday, BusinessHoursRange[]> =>
  Object.fromEntries(WEEKDAYS.map((d) => [d, week[d].map((r) => ({ start: r.start, end: r.end }))])) as Record<Weekday, BusinessHoursRange[]>;

const copyHolidays = (holidays: readonly BusinessHoliday[]): BusinessHoliday[] =>
  holidays.map((h) => (h.year == null ? { calendar: h.calendar, month: h.month, day: h.day } : { calendar: h.calendar, year: h.year, month: h.month, day: h.day }));

/**
 * The workspace's business calendar (hours and holidays) that SLAs are counted in, and the arithmetic other modules
 * use on it. No saved row means the Iranian default (libs/calendar IRAN_DEFAULT_CALENDAR) in the workspace's time zone.
 * The time zone is the workspace's own (updateWorkspace); it is not stored twice.
 */
@Injectable()
export class BusinessCalendarService {
  constructor(
    private readonly db: TenantDb,
    private readonly context: RequestContext,
  ) {}

  /**
   * The calendar of a workspace: by default the one of the open transaction (or of the caller). Pass `em` to read
   * inside your transaction; pass `workspaceId` from code running in a system transaction (jobs).
   */
  forWorkspace(em?: EntityManager, workspaceId?: string): Promise<BusinessCalendar> {
    return this.load(em, workspaceId).then((l) => l.calendar);
  }

  /** When `minutes` of business time have passed since `start` in the workspace's calendar (an SLA due date). */
  async dueAt(em: EntityManager | undefined, start: Date, minutes: number, workspaceId?: string): Promise<Date> {
    return addBusinessMinutes(start, minutes, await this.forWorkspace(em, workspaceId));
  }

  /** Business minutes between two instants in the workspace's calendar (negative when b is before a). */
  async businessMinutesBetween(em: EntityManager | undefined, a: Date, b: Date, workspaceId?: string): Promise<number> {
    return businessMinutesBetween(a, b, await this.forWorkspace(em, workspaceId));
  }

  get(): Promise<BusinessCalendarModel> {
    return this.db.tx(async (em) => this.toModel(await this.load(em)));
  }

  /** Replaces the week and/or the holidays; every problem is reported at once with its field (input.week.4.0.end). */
  update(input: UpdateBusinessCalendarInput): Promise<BusinessCalendarModel> {
    return this.db.tx(async (em) => {
      const current = await this.load(em);
      const errors: FieldError[] = [];
      const err = (field: string, message: string): void => void errors.push({ field: `input.${field}`, message });

      let week = copyWeek(current.calendar.week);
      if (input.week) {
        if (input.week.length !== 7) err('week', 'must list the seven weekdays, 0 = Sunday … 6 = Saturday (Friday = 5)');
        else {
          week = Object.fromEntries(
            WEEKDAYS.map((d) => {
              const ranges = input.week![d] ?? [];
              if (ranges.length > MAX_RANGES_PER_DAY) err(`week.${d}`, `at most ${MAX_RANGES_PER_DAY} open ranges a day`);
              return [d, ranges.map((r) => ({ start: r.start.trim(), end: r.end.trim() }))];
            }),
          ) as Record<Weekday, BusinessHoursRange[]>;
        }
      }
      const holidays = input.holidays
        ? copyHolidays(
            input.holidays.map((h) => ({
              calendar: h.calendar === CalendarSystem.JALALI ? 'jalali' : 'gregorian',
              year: h.year ?? undefined,
              month: h.month,
              day: h.day,
            })),
          )
        : current.calendar.holidays;

      const next: BusinessCalendar = { timeZone: current.calendar.timeZone, week, holidays };
      // The time zone is the workspace's own and validated there; only the fields of this input are reported.
      for (const p of validateBusinessCalendar(next)) if (p.path !== 'timeZone') err(p.path, p.message);
      if (errors.length > 0) throw new BadInputError(errors);

      await em.upsert(BusinessCalendarEntity, { workspaceId: current.workspaceId, week, holidays }, ['workspaceId']);
      return this.toModel(await this.load(em, current.workspaceId));
    });
  }

  private async load(
    em: EntityManager | undefined,
    workspaceId?: string,
  ): Promise<{ workspaceId: string; calendar: BusinessCalendar; saved: boolean; updatedAt: Date | null }> {
    if (!em) return this.db.tx((tx) => this.load(tx, workspaceId), workspaceId);
    const id = workspaceId ?? this.db.currentWorkspaceId() ?? this.context.workspaceId();
    if (!id) throw new NotFoundError('Workspace');
    const ws = await em.findOne(WorkspaceEntity, { where: { id }, select: { id: true, timezone: true } });
    if (!ws) throw new NotFoundError('Workspace', id);
    const row = await em.findOneBy(BusinessCalendarEntity, { workspaceId: id });
    const source = row ?? IRAN_DEFAULT_CALENDAR;
    return {
      workspaceId: id,
      calendar: { timeZone: ws.timezone, week: copyWeek(source.week), holidays: copyHolidays(source.holidays) },
      saved: !!row,
      updatedAt: row?.updatedAt ?? null,
    };
  }

  private toModel(l: { calendar: BusinessCalendar; saved: boolean; updatedAt: Date | null }): BusinessCalendarModel {
    const { calendar } = l;
    const now = new Date();
    const neverOpen = WEEKDAYS.every((d) => calendar.week[d].length === 0);
    let nextOpeningAt: Date | null = null;
    if (!neverOpen) {
      try {
        nextOpeningAt = nextOpening(now, calendar);
      } catch {
        nextOpeningAt = null; // holidays cover every open day for years
      }
    }
    return {
      timeZone: calendar.timeZone,
      week: WEEKDAYS.map((d) => calendar.week[d].map((r) => ({ ...r }))),
      holidays: calendar.holidays.map((h) => ({
        calendar: h.calendar === 'jalali' ? CalendarSystem.JALALI : CalendarSystem.GREGORIAN,
        year: h.year ?? null,
        month: h.month,
        day: h.day,
      })),
      isDefault: !l.saved,
      openNow: !neverOpen && isOpen(now, calendar),
      nextOpeningAt,
      updatedAt: l.updatedAt,
    };
  }
}
