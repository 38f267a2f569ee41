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

/** Related people (family and others) and important dates (تاریخ‌های موثر) with their next occurrence. */
@Injectable()
export class FamilyService {
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

  addImportantDate(input: ImportantDateInput): Promise<ImportantDate> {
    const owners = [input.contactId, input.relatedPersonId, input.organizationId].filter(Boolean);
    if (owners.length !== 1) throw BadInputError.field('input', 'give exactly one of contactId, relatedPersonId, organizationId');
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
