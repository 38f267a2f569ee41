import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { RequestContext } from '../../core/context/request-context';
import { TenantDb } from '../../core/database/tenant-db.service';
import { BadInputError, NotFoundError } from '../../core/errors/domain-errors';
import { WorkspacesService } from '../workspaces/workspaces.service';
import { assertValidDate, toCalendarDate, toImportantDate } from './contact-values';
import { ContactsService } from './contacts.service';
import { ImportantDateInput, RelatedPersonInput } from './dto/contact.inputs';
import { ImportantDateEntity } from './entities/important-date.entity';
import { OrganizationEntity } from './entities/organization.entity';
import { RelatedPersonEntity } from './entities/related-person.entity';
import { Recurrence, Relation } from './models/contact.enums';
import { ImportantDate, RelatedPerson } from './models/contact.model';

const toRelated = (e: RelatedPersonEntity): RelatedPerson => ({
  id: e.id,
  relation: e.relation as Relation,
  name: e.name,
  birthDate: toCalendarDate(e.birthCalendar, e.birthYear, e.birthMonth, e.birthDay),
  preferences: e.preferences,
  notes: e.notes,
  relatedContactId: e.relatedContactId,
  contactId: e.contactId,
});

/** One (calendar, month, day) that falls on `occurrence` (Gregorian 'YYYY-MM-DD'), for dates reminded `leadDays` before. */
export interface DueDateTarget {
  calendar: 'JALALI' | 'GREGORIAN';
  month: number;
  day: number;
  leadDays: number;
  /** The occurrence's year in that calendar (one-off dates and birth years are checked against it). */
  occurrenceYear: number;
  occurrence: string;
}

export interface DueImportantDate {
  id: string;
  kind: string;
  title: string | null;
  channel: 'SMS' | 'EMAIL' | 'CALL' | 'NONE';
  messageTemplate: string | null;
  occurrence: string;
  calendar: 'JALALI' | 'GREGORIAN';
  leadDays: number;
  yearsSince: number | null;
  subjectName: string;
  ownerMemberId: string | null;
  recipientIds: string[];
  /** Whose date it is: the contact's own, a related person's, or an organisation's. */
  ownerKind: 'CONTACT' | 'RELATED_PERSON' | 'ORGANIZATION';
}

const DUE_TARGETS = `SELECT * FROM unnest($1::int[], $2::text[], $3::int[], $4::int[], $5::int[], $6::date[])`;
/** The due dates of the targets `t` with their contact, related person or organisation (still there), as FROM … WHERE. */
const DUE_FROM = `FROM t
       CROSS JOIN LATERAL (
         SELECT * FROM important_dates d
          WHERE d.workspace_id = app_current_workspace() AND d.calendar = t.calendar AND d.month = t.month AND d.day = t.day AND d.reminder_days_before = t.lead
         OFFSET 0) d
       LEFT JOIN contacts c ON c.id = d.contact_id AND c.deleted_at IS NULL
       LEFT JOIN related_people rp ON rp.id = d.related_person_id
       LEFT JOIN contacts pc ON pc.id = rp.contact_id AND pc.deleted_at IS NULL
       LEFT JOIN organizations o ON o.id = d.organization_id AND o.deleted_at IS NULL
       WHERE ((d.recurrence = 'YEARLY' AND (d.year IS NULL OR d.year <= t.occ_year)) OR (d.recurrence = 'ONCE' AND d.year = t.occ_year))
         AND (c.id IS NOT NULL OR pc.id IS NOT NULL OR o.id IS NOT NULL)`;
const dueParams = (targets: DueDateTarget[]) => [
  targets.map((t) => t.leadDays), targets.map((t) => t.calendar), targets.map((t) => t.month), targets.map((t) => t.day),
  targets.map((t) => t.occurrenceYear), targets.map((t) => t.occurrence),
];

/** Related people (family and others) and important dates (تاریخ‌های موثر) with their next occurrence. */
@Injectable()
export class FamilyService {
  private greetingCheck: ((text: string, field: string) => void) | null = null;

  constructor(
    private readonly db: TenantDb,
    private readonly context: RequestContext,
    private readonly contacts: ContactsService,
    @Inject(WorkspacesService) private readonly workspaces: WorkspacesService,
  ) {}

  addRelatedPerson(contactId: string, input: RelatedPersonInput): Promise<RelatedPerson> {
    return this.db.tx(async (em) => {
      const contact = await this.contacts.load(em, contactId);
      const entity = em.create(RelatedPersonEntity, { workspaceId: contact.workspaceId, contactId });
      await this.apply(em, entity, input);
      return toRelated(await em.save(entity));
    });
  }

  updateRelatedPerson(id: string, input: RelatedPersonInput): Promise<RelatedPerson> {
    return this.db.tx(async (em) => {
      const entity = await em.findOneBy(RelatedPersonEntity, { id });
      if (!entity) throw new NotFoundError('Related person', id);
      await this.apply(em, entity, input);
      return toRelated(await em.save(entity));
    });
  }

  removeRelatedPerson(id: string): Promise<boolean> {
    return this.db.tx(async (em) => {
      const result = await em.delete(RelatedPersonEntity, { id });
      if (!result.affected) throw new NotFoundError('Related person', id);
      return true;
    });
  }

  relatedPeopleOf(contactIds: readonly string[]): Promise<Map<string, RelatedPerson[]>> {
    return this.db.tx(async (em) => {
      const rows = await em.find(RelatedPersonEntity, { where: { contactId: In([...contactIds]) }, order: { createdAt: 'ASC' } });
      const map = new Map<string, RelatedPerson[]>();
      for (const r of rows) map.set(r.contactId, [...(map.get(r.contactId) ?? []), toRelated(r)]);
      return map;
    });
  }

  /**
   * How a date's greeting (`messageTemplate`: a template key or text with {{variables}}) is checked when saved. The
   * module that sends greetings registers it (contacts cannot depend on messaging); without one, nothing is checked.
   */
  useGreetingCheck(check: (text: string, field: string) => void): void {
    this.greetingCheck = check;
  }

  addImportantDate(input: ImportantDateInput): Promise<ImportantDate> {
    const owners = [input.contactId, input.relatedPersonId, input.organizationId].filter(Boolean);
    if (owners.length !== 1) throw BadInputError.field('input', 'give exactly one of contactId, relatedPersonId, organizationId');
    if (input.messageTemplate?.trim()) this.greetingCheck?.(input.messageTemplate.trim(), 'input.messageTemplate');
    assertValidDate(input.date, 'input.date');
    if (input.recurrence === Recurrence.ONCE && !input.date.year) throw BadInputError.field('input.date.year', 'a one-off date needs a year');
    return this.db.tx(async (em) => {
      if (input.contactId) await this.contacts.load(em, input.contactId);
      if (input.relatedPersonId && !(await em.exists(RelatedPersonEntity, { where: { id: input.relatedPersonId } }))) {
        throw new NotFoundError('Related person', input.relatedPersonId);
      }
      if (input.organizationId && !(await em.exists(OrganizationEntity, { where: { id: input.organizationId } }))) {
        throw new NotFoundError('Organization', input.organizationId);
      }
      const saved = await em.save(
        em.create(ImportantDateEntity, {
          workspaceId: this.context.workspaceId()!,
          contactId: input.contactId ?? null,
          relatedPersonId: input.relatedPersonId ?? null,
          organizationId: input.organizationId ?? null,
          kind: input.kind,
          title: input.title ?? null,
          calendar: input.date.calendar,
          year: input.date.year ?? null,
          month: input.date.month,
          day: input.date.day,
          recurrence: input.recurrence,
          reminderDaysBefore: input.reminderDaysBefore,
          channel: input.channel,
          messageTemplate: input.messageTemplate ?? null,
        }),
      );
      return toImportantDate(saved, await this.timeZone());
    });
  }

  removeImportantDate(id: string): Promise<boolean> {
    return this.db.tx(async (em) => {
      const result = await em.delete(ImportantDateEntity, { id });
      if (!result.affected) throw new NotFoundError('Important date', id);
      return true;
    });
  }

  /** Important dates keyed by their owner (contact, related person or organization id). */
  importantDatesOf(column: 'contactId' | 'relatedPersonId' | 'organizationId', ids: readonly string[]): Promise<Map<string, ImportantDate[]>> {
    return this.db.tx(async (em) => {
      const rows = await em.find(ImportantDateEntity, { where: { [column]: In([...ids]) }, order: { month: 'ASC', day: 'ASC' } });
      const tz = await this.timeZone();
      const map = new Map<string, ImportantDate[]>();
      for (const r of rows) {
        const key = r[column] as string;
        map.set(key, [...(map.get(key) ?? []), toImportantDate(r, tz)]);
      }
      return map;
    });
  }

  /**
   * Important dates whose occurrence falls on one of `targets` (calendar, month, day, lead days) — the scheduled
   * greetings' indexed scan (one lookup of important_dates_due_idx per target, forced by the LATERAL … OFFSET 0 fence:
   * a hash join over every date of the workspace looks cheaper to the planner, which misjudges the unnest), keyset-paged
   * by id. Each comes with who receives it:
   * the contact; for a related person the contact they belong to; for an organisation its linked contacts.
   */
  async importantDatesDueIn(em: EntityManager, targets: DueDateTarget[], after: string | null, limit: number): Promise<DueImportantDate[]> {
    // The plan's (over)estimated cost would turn on JIT compilation, which costs more than the ~50 ms query itself.
    await em.query(`SET LOCAL jit = off`);
    return em.query(
      `WITH t(lead, calendar, month, day, occ_year, occurrence) AS (${DUE_TARGETS})
       SELECT d.id, d.kind, d.title, d.channel, d.message_template AS "messageTemplate", to_char(t.occurrence, 'YYYY-MM-DD') AS occurrence,
              d.calendar, d.reminder_days_before AS "leadDays",
              CASE WHEN d.year IS NOT NULL AND d.recurrence = 'YEARLY' THEN t.occ_year - d.year END AS "yearsSince",
              COALESCE(btrim(c.first_name || ' ' || c.last_name), rp.name, o.name) AS "subjectName",
              COALESCE(c.owner_member_id, pc.owner_member_id,
                (SELECT oc.owner_member_id FROM contact_organizations co JOIN contacts oc ON oc.id = co.contact_id
                  WHERE co.organization_id = o.id AND oc.deleted_at IS NULL AND oc.owner_member_id IS NOT NULL ORDER BY co.created_at LIMIT 1)) AS "ownerMemberId",
              CASE WHEN c.id IS NOT NULL THEN 'CONTACT' WHEN pc.id IS NOT NULL THEN 'RELATED_PERSON' ELSE 'ORGANIZATION' END AS "ownerKind",
              CASE WHEN c.id IS NOT NULL THEN ARRAY[c.id]
                   WHEN pc.id IS NOT NULL THEN ARRAY[pc.id]
                   ELSE ARRAY(SELECT co.contact_id FROM contact_organizations co JOIN contacts oc ON oc.id = co.contact_id
                               WHERE co.organization_id = o.id AND oc.deleted_at IS NULL ORDER BY co.created_at LIMIT 20) END AS "recipientIds"
       ${DUE_FROM}
         AND ($7::uuid IS NULL OR d.id > $7)
       ORDER BY d.id LIMIT $8`,
      [...dueParams(targets), after, limit],
    );
  }

  /** How many dates `importantDatesDueIn` finds for `targets` (the same lookup, counted). */
  async countImportantDatesDueIn(em: EntityManager, targets: DueDateTarget[]): Promise<number> {
    await em.query(`SET LOCAL jit = off`);
    const [{ n }] = await em.query(`WITH t(lead, calendar, month, day, occ_year, occurrence) AS (${DUE_TARGETS}) SELECT count(*)::int AS n ${DUE_FROM}`, dueParams(targets));
    return n;
  }

  private async timeZone(): Promise<string> {
    return (await this.workspaces.current()).timezone;
  }

  private async apply(em: EntityManager, entity: RelatedPersonEntity, input: RelatedPersonInput): Promise<void> {
    assertValidDate(input.birthDate, 'input.birthDate');
    let name = input.name?.trim();
    if (input.relatedContactId) {
      const other = await this.contacts.load(em, input.relatedContactId);
      name ||= `${other.firstName} ${other.lastName}`.trim();
    }
    if (!name) throw BadInputError.field('input.name', 'give a name or link an existing contact');
    entity.relation = input.relation;
    entity.name = name;
    entity.relatedContactId = input.relatedContactId ?? null;
    entity.birthCalendar = input.birthDate?.calendar ?? null;
    entity.birthYear = input.birthDate?.year ?? null;
    entity.birthMonth = input.birthDate?.month ?? null;
    entity.birthDay = input.birthDate?.day ?? null;
    entity.preferences = input.preferences ?? null;
    entity.notes = input.notes ?? null;
  }
}
