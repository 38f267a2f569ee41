import { Injectable } from '@nestjs/common';
import { normalizePhone } from '@peyvand/phone';
import { searchKey, toLatinDigits } from '@peyvand/text';
import { EntityManager, In, IsNull, SelectQueryBuilder } from 'typeorm';
import { RequestContext } from '../../core/context/request-context';
import { hydrate, selectListOf } from '../../core/database/hydrate';
import { preparedQuery, TenantDb } from '../../core/database/tenant-db.service';
import { BadInputError, NotFoundError } from '../../core/errors/domain-errors';
import { DomainEvents } from '../../core/events/domain-events';
import { Connection, PageArgs, paginate } from '../../core/graphql/connection';
import { StaffService } from '../identity/staff.service';
import { assertValidDate, contactSearchText, normalisePhones, NormalisedPhone, toContact, toContactPhone } from './contact-values';
import { ContactEvents, ContactConsentChangedEvent, ContactCreatedEvent } from './contacts.events';
import { CustomFieldsService } from './custom-fields.service';
import { ContactFilter, CreateContactInput, UpdateContactInput } from './dto/contact.inputs';
import { ContactEntity } from './entities/contact.entity';
import { ContactPhoneEntity } from './entities/contact-phone.entity';
import { LifecycleService } from './lifecycle.service';
import { ConsentChannel, ConsentStatus, ContactSource, LifecycleStage } from './models/contact.enums';
import { Contact, ContactPhone } from './models/contact.model';

const MANUAL_INITIAL_STAGES = [LifecycleStage.SUSPECT, LifecycleStage.PROSPECT];

/**
 * Up to this many matches a search is answered from the trigram index, and its totalCount is exact; a search
 * matching more is answered by filtering the newest-first list, and totalCount says SEARCH_LIMIT ("or more").
 */
export const SEARCH_LIMIT = 5_000;

const escapeLike = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`);

@Injectable()
export class ContactsService {
  constructor(
    private readonly db: TenantDb,
    private readonly context: RequestContext,
    private readonly events: DomainEvents,
    private readonly customFields: CustomFieldsService,
    private readonly lifecycle: LifecycleService,
    private readonly staff: StaffService,
  ) {}

  private actorMemberId(): string | null {
    const p = this.context.principal();
    return p?.kind === 'staff' ? p.memberId : null;
  }

  create(input: CreateContactInput): Promise<Contact> {
    return this.db.tx((em) => this.createIn(em, input));
  }

  /** Creates a contact inside an open transaction (import and the club reuse it). */
  async createIn(em: EntityManager, input: CreateContactInput, path = 'input'): Promise<Contact> {
    const phones = normalisePhones(input.phones ?? [], `${path}.phones`);
    assertValidDate(input.birthDate, `${path}.birthDate`);
    const stage = input.stage ?? LifecycleStage.SUSPECT;
    if (!MANUAL_INITIAL_STAGES.includes(stage)) {
      throw BadInputError.field(`${path}.stage`, 'a new contact starts as SUSPECT or PROSPECT; later stages follow from purchases and referrals');
    }
    const customFields = await this.customFields.validate(em, input.customFields ?? {}, `${path}.customFields`, true);
    if (input.ownerId) await this.staff.assertMember(input.ownerId, `${path}.ownerId`);
    const workspaceId = this.context.workspaceId()!;
    const entity = em.create(ContactEntity, {
      workspaceId,
      firstName: input.firstName.trim(),
      lastName: input.lastName?.trim() ?? '',
      gender: input.gender ?? null,
      birthCalendar: input.birthDate?.calendar ?? null,
      birthYear: input.birthDate?.year ?? null,
      birthMonth: input.birthDate?.month ?? null,
      birthDay: input.birthDate?.day ?? null,
      email: input.email?.trim().toLowerCase() ?? null,
      primaryPhone: phones.find((p) => p.isPrimary)?.e164 ?? null,
      province: input.province ?? null,
      city: input.city ?? null,
      address: input.address ?? null,
      source: input.source ?? ContactSource.OTHER,
      tags: normaliseTags(input.tags ?? []),
      ownerMemberId: input.ownerId ?? null,
      notes: input.notes ?? null,
      stage,
      consents: {},
      customFields,
      searchText: '',
      orderCount: 0,
      recentOrders: [],
      referralCount: 0,
    });
    entity.searchText = contactSearchText(entity, phones.map((p) => p.e164));
    const saved = await em.save(entity);
    await this.replacePhones(em, saved, phones);
    await this.lifecycle.recordInitialStage(em, saved, this.actorMemberId());
    await this.events.publish<ContactCreatedEvent>(ContactEvents.Created, {
      workspaceId,
      contactId: saved.id,
      source: saved.source,
      actorMemberId: this.actorMemberId(),
    });
    return toContact(saved);
  }

  update(id: string, input: UpdateContactInput): Promise<Contact> {
    return this.db.tx((em) => this.updateIn(em, id, input));
  }

  async updateIn(em: EntityManager, id: string, input: UpdateContactInput, path = 'input'): Promise<Contact> {
    const entity = await this.load(em, id);
    const phones = input.phones ? normalisePhones(input.phones, `${path}.phones`) : undefined;
    assertValidDate(input.birthDate, `${path}.birthDate`);
    if (input.ownerId) await this.staff.assertMember(input.ownerId, `${path}.ownerId`);
    if (input.customFields) {
      entity.customFields = await this.customFields.validate(em, { ...entity.customFields, ...input.customFields }, `${path}.customFields`, true);
    }
    if (input.firstName !== undefined) entity.firstName = input.firstName.trim();
    if (input.lastName !== undefined) entity.lastName = input.lastName.trim();
    if (input.gender !== undefined) entity.gender = input.gender;
    if (input.birthDate !== undefined) {
      entity.birthCalendar = input.birthDate?.calendar ?? null;
      entity.birthYear = input.birthDate?.year ?? null;
      entity.birthMonth = input.birthDate?.month ?? null;
      entity.birthDay = input.birthDate?.day ?? null;
    }
    if (input.email !== undefined) entity.email = input.email?.trim().toLowerCase() ?? null;
    for (const key of ['province', 'city', 'address', 'notes'] as const) if (input[key] !== undefined) entity[key] = input[key] ?? null;
    if (input.source !== undefined) entity.source = input.source;
    if (input.tags !== undefined) entity.tags = normaliseTags(input.tags);
    if (input.ownerId !== undefined) entity.ownerMemberId = input.ownerId;
    const currentPhones = phones ?? (await em.find(ContactPhoneEntity, { where: { contactId: id } })).map((p) => ({ ...p, label: p.label, kind: p.kind as NormalisedPhone['kind'] }));
    if (phones) entity.primaryPhone = phones.find((p) => p.isPrimary)?.e164 ?? null;
    entity.searchText = contactSearchText(entity, currentPhones.map((p) => p.e164));
    const saved = await em.save(entity);
    if (phones) await this.replacePhones(em, saved, phones);
    return toContact(saved);
  }

  /** Soft delete: the contact disappears from lists and lookups; its history stays for the audit trail. */
  remove(id: string): Promise<boolean> {
    return this.db.tx(async (em) => {
      const entity = await this.load(em, id);
      entity.deletedAt = new Date();
      await em.save(entity);
      return true;
    });
  }

  get(id: string): Promise<Contact> {
    return this.db.tx(async (em) => toContact(await this.load(em, id)));
  }

  /** Contacts by id for DataLoaders (missing or deleted ones are absent). */
  findByIds(ids: readonly string[]): Promise<Contact[]> {
    return this.db.tx(async (em) => {
      const rows = await em.find(ContactEntity, { where: { id: In([...ids]), deletedAt: IsNull() } });
      return rows.map(toContact);
    });
  }

  phonesOf(contactIds: readonly string[]): Promise<Map<string, ContactPhone[]>> {
    return this.db.tx(async (em) => {
      const rows = await em.find(ContactPhoneEntity, { where: { contactId: In([...contactIds]) }, order: { isPrimary: 'DESC', createdAt: 'ASC' } });
      const map = new Map<string, ContactPhone[]>();
      for (const r of rows) map.set(r.contactId, [...(map.get(r.contactId) ?? []), toContactPhone(r)]);
      return map;
    });
  }

  list(args: PageArgs, filter: ContactFilter = {}, search?: string): Promise<Connection<Contact>> {
    return this.db.tx(async (em) => {
      const { qb, broadSearch } = await this.filteredQuery(em, filter, search);
      const otherFilters = Object.values(filter).some((v) => v != null && (!Array.isArray(v) || v.length > 0));
      return paginate(qb, args, {
        orderBy: 'createdAt',
        map: toContact,
        // A broad search is known (from its probe) to match more than SEARCH_LIMIT contacts.
        count: broadSearch && !otherFilters ? async () => SEARCH_LIMIT : this.db.count,
        countCap: broadSearch ? SEARCH_LIMIT : undefined,
      });
    });
  }

  /** Every contact matching a filter, in batches (exports). */
  async *iterate(filter: ContactFilter, search: string | undefined, batch = 2000): AsyncGenerator<Contact[]> {
    let after: string | undefined;
    for (;;) {
      const page = await this.list({ first: batch > 100 ? batch : 100, after } as PageArgs, filter, search);
      yield page.edges.map((e) => e.node);
      if (!page.pageInfo.hasNextPage) return;
      after = page.pageInfo.endCursor ?? undefined;
    }
  }

  async filteredQuery(em: EntityManager, filter: ContactFilter, search?: string): Promise<{ qb: SelectQueryBuilder<ContactEntity>; broadSearch: boolean }> {
    const qb = em.createQueryBuilder(ContactEntity, 'c').where('c.deleted_at IS NULL');
    if (filter.stages?.length) qb.andWhere('c.stage = ANY(:stages)', { stages: filter.stages });
    if (filter.tags?.length) qb.andWhere('c.tags @> :tags', { tags: normaliseTags(filter.tags) });
    if (filter.ownerId) qb.andWhere('c.owner_member_id = :ownerId', { ownerId: filter.ownerId });
    if (filter.source) qb.andWhere('c.source = :source', { source: filter.source });
    if (filter.city) qb.andWhere('c.city = :city', { city: filter.city });
    if (filter.province) qb.andWhere('c.province = :province', { province: filter.province });
    if (filter.createdFrom) qb.andWhere('c.created_at >= :createdFrom', { createdFrom: filter.createdFrom });
    if (filter.createdTo) qb.andWhere('c.created_at < :createdTo', { createdTo: filter.createdTo });
    Object.entries(filter.customFields ?? {}).forEach(([key, value], i) => {
      if (!/^[a-z][a-z0-9_]{0,39}$/.test(key)) throw BadInputError.field(`filter.customFields.${key}`, 'is not a custom field key');
      const values = (Array.isArray(value) ? value : [value]).map((v) => JSON.stringify(v));
      // matches a scalar equal to one of the values, or a list (multi-select) containing one of them
      qb.andWhere(`(c.custom_fields -> :cfk${i} = ANY(:cfv${i}::jsonb[]) OR c.custom_fields -> :cfk${i} ?| :cfs${i})`, {
        [`cfk${i}`]: key,
        [`cfv${i}`]: values,
        [`cfs${i}`]: (Array.isArray(value) ? value : [value]).map(String),
      });
    });
    const terms = searchTerms(search);
    let broadSearch = false;
    if (terms.length) {
      // Narrow searches: the trigram index finds the matches (contact_search_ids, see its migration). Broad ones
      // (more than SEARCH_LIMIT matches): walking the newest-first list and filtering finds a page sooner.
      const found: Array<{ id: string }> = await em.query(`SELECT contact_search_ids($1, $2) AS id`, [terms, SEARCH_LIMIT + 1]);
      broadSearch = found.length > SEARCH_LIMIT;
      if (!broadSearch) qb.andWhere('c.id = ANY(:searchIds)', { searchIds: found.map((r) => r.id) });
      else terms.forEach((term, i) => qb.andWhere(`c.search_text LIKE :term${i}`, { [`term${i}`]: `%${escapeLike(term)}%` }));
    }
    return { qb, broadSearch };
  }

  /** The caller-ID lookup: any usual form of a number finds the contact owning it. */
  async byPhone(phone: string): Promise<Contact | null> {
    const normalised = normalizePhone(phone, { defaultCountry: 'IR', allowForeign: true });
    if (!normalised.ok) throw BadInputError.field('phone', normalised.message);
    return this.db.tx(async (em) => {
      const row = await em
        .createQueryBuilder(ContactEntity, 'c')
        .innerJoin(ContactPhoneEntity, 'p', 'p.contact_id = c.id')
        .where('p.e164 = :e164 AND c.deleted_at IS NULL', { e164: normalised.e164 })
        .orderBy('p.is_primary', 'DESC')
        .addOrderBy('c.updated_at', 'DESC')
        .getOne();
      return row ? toContact(row) : null;
    });
  }

  /** Other live contacts sharing a normalised phone or email with this one. */
  possibleDuplicates(id: string): Promise<Contact[]> {
    return this.db.tx(async (em) => {
      const rows = await em.query(
        `SELECT DISTINCT c.id FROM contacts c
          WHERE c.deleted_at IS NULL AND c.id <> $1 AND (
            (c.email IS NOT NULL AND c.email = (SELECT email FROM contacts WHERE id = $1))
            OR EXISTS (SELECT 1 FROM contact_phones p JOIN contact_phones q ON q.e164 = p.e164
                        WHERE p.contact_id = c.id AND q.contact_id = $1))
          LIMIT 20`,
        [id],
      );
      if (!rows.length) return [];
      const found = await em.find(ContactEntity, { where: { id: In(rows.map((r: { id: string }) => r.id)) } });
      return found.map(toContact);
    });
  }

  setConsent(contactId: string, channel: ConsentChannel, status: ConsentStatus, source: string): Promise<Contact> {
    return this.db.tx((em) => this.setConsentIn(em, contactId, channel, status, source));
  }

  async setConsentIn(em: EntityManager, contactId: string, channel: ConsentChannel, status: ConsentStatus, source: string): Promise<Contact> {
    if (status === ConsentStatus.UNKNOWN) throw BadInputError.field('status', 'must be GRANTED or WITHDRAWN');
    const entity = await this.load(em, contactId);
    entity.consents = { ...entity.consents, [channel]: { status, changedAt: new Date().toISOString(), source } };
    const saved = await em.save(entity);
    await this.events.publish<ContactConsentChangedEvent>(ContactEvents.ConsentChanged, {
      workspaceId: entity.workspaceId,
      contactId,
      channel,
      status,
      source,
      actorMemberId: this.actorMemberId(),
    });
    return toContact(saved);
  }

  /** Consent status per channel of live contacts, for checks over a batch (deleted contacts are absent). */
  async consentsOf(em: EntityManager, ids: string[]): Promise<Map<string, Partial<Record<'EMAIL' | 'SMS' | 'CALL', string>>>> {
    const map = new Map<string, Partial<Record<'EMAIL' | 'SMS' | 'CALL', string>>>();
    if (!ids.length) return map;
    const rows: Array<{ id: string; consents: Partial<Record<'EMAIL' | 'SMS' | 'CALL', { status: string }>> }> = await em.query(
      `SELECT id, consents FROM contacts WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL`,
      [ids],
    );
    for (const r of rows) {
      map.set(r.id, Object.fromEntries(Object.entries(r.consents ?? {}).map(([channel, state]) => [channel, state?.status])));
    }
    return map;
  }

  bulkTag(ids: string[], tags: string[]): Promise<number> {
    return this.db.tx(async (em) => {
      const result = await em.query(
        `UPDATE contacts SET tags = ARRAY(SELECT DISTINCT unnest(tags || $2::text[])), updated_at = now()
          WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL`,
        [ids, normaliseTags(tags)],
      );
      return result[1] as number;
    });
  }

  bulkAssign(ids: string[], ownerId: string): Promise<number> {
    return this.db.tx(async (em) => {
      await this.staff.assertMember(ownerId, 'ownerId');
      const result = await em.query(`UPDATE contacts SET owner_member_id = $2, updated_at = now() WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL`, [ids, ownerId]);
      return result[1] as number;
    });
  }

  /** For inputs naming a contact (a document's customer): BAD_USER_INPUT on `field` instead of NOT_FOUND. */
  async loadForInput(em: EntityManager, id: string, field: string): Promise<ContactEntity> {
    try {
      return await this.load(em, id);
    } catch (e) {
      if (e instanceof NotFoundError) throw BadInputError.field(field, 'is not a contact of this workspace');
      throw e;
    }
  }

  /** Contacts by id in the caller's transaction (missing or deleted ones are absent from the map). */
  async loadManyIn(em: EntityManager, ids: readonly string[]): Promise<Map<string, ContactEntity>> {
    const unique = [...new Set(ids)];
    const rows = unique.length ? await em.find(ContactEntity, { where: { id: In(unique), deletedAt: IsNull() } }) : [];
    return new Map(rows.map((c) => [c.id, c]));
  }

  /** A named statement: every sales document, task and message loads its contact this way. */
  async load(em: EntityManager, id: string): Promise<ContactEntity> {
    const [row] = await preparedQuery(em, `SELECT ${selectListOf(em, ContactEntity)} FROM contacts WHERE id = $1 AND deleted_at IS NULL`, [id]);
    if (!row) throw new NotFoundError('Contact', id);
    return hydrate(em, ContactEntity, row);
  }

  private async replacePhones(em: EntityManager, contact: ContactEntity, phones: NormalisedPhone[]): Promise<void> {
    await em.delete(ContactPhoneEntity, { contactId: contact.id });
    if (!phones.length) return;
    await em.insert(
      ContactPhoneEntity,
      phones.map((p) => ({ workspaceId: contact.workspaceId, contactId: contact.id, e164: p.e164, kind: p.kind, label: p.label, isPrimary: p.isPrimary })),
    );
  }

}

export function normaliseTags(tags: string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
}

/** Search words as stored in search_text; a phone-looking query is matched by its digits. */
export function searchTerms(search?: string): string[] {
  if (!search?.trim()) return [];
  const latin = toLatinDigits(search);
  const digits = latin.replace(/[\s()+-]/g, '');
  if (/^\d{4,}$/.test(digits)) return [digits.startsWith('0098') ? digits.slice(2) : digits];
  return searchKey(search).split(' ').filter((t) => t.length > 0).slice(0, 5);
}
