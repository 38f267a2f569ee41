import { Injectable } from '@nestjs/common';
import { normalizePhone } from '@peyvand/phone';
import { searchKey } from '@peyvand/text';
import { EntityManager, In, IsNull } from 'typeorm';
import { RequestContext } from '../../core/context/request-context';
import { TenantDb } from '../../core/database/tenant-db.service';
import { BadInputError, NotFoundError } from '../../core/errors/domain-errors';
import { Connection, PageArgs, paginate } from '../../core/graphql/connection';
import { ContactsService, normaliseTags, searchTerms } from './contacts.service';
import { OrganizationInput } from './dto/contact.inputs';
import { ContactOrganizationEntity, OrganizationEntity } from './entities/organization.entity';
import { Contact, ContactOrganization, Organization } from './models/contact.model';

const toModel = (e: OrganizationEntity): Organization => ({
  id: e.id, name: e.name, email: e.email, phone: e.phoneE164, industry: e.industry, city: e.city, address: e.address, tags: e.tags, createdAt: e.createdAt,
});

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly db: TenantDb,
    private readonly context: RequestContext,
    private readonly contacts: ContactsService,
  ) {}

  list(args: PageArgs, search?: string): Promise<Connection<Organization>> {
    return this.db.tx((em) => {
      const qb = em.createQueryBuilder(OrganizationEntity, 'o').where('o.deleted_at IS NULL');
      for (const [i, term] of searchTerms(search).entries()) qb.andWhere(`o.search_text LIKE :t${i}`, { [`t${i}`]: `%${term}%` });
      return paginate(qb, args, { orderBy: 'createdAt', map: toModel });
    });
  }

  get(id: string): Promise<Organization> {
    return this.db.tx(async (em) => toModel(await this.load(em, id)));
  }

  create(input: OrganizationInput): Promise<Organization> {
    return this.db.tx(async (em) => {
      const entity = em.create(OrganizationEntity, { workspaceId: this.context.workspaceId()!, tags: [], searchText: '' });
      this.apply(entity, input);
      return toModel(await em.save(entity));
    });
  }

  update(id: string, input: OrganizationInput): Promise<Organization> {
    return this.db.tx(async (em) => {
      const entity = await this.load(em, id);
      this.apply(entity, input);
      return toModel(await em.save(entity));
    });
  }

  link(contactId: string, organizationId: string, title?: string | null): Promise<Contact> {
    return this.db.tx(async (em) => {
      const contact = await this.contacts.load(em, contactId);
      await this.load(em, organizationId);
      await em.upsert(ContactOrganizationEntity, { workspaceId: contact.workspaceId, contactId, organizationId, title: title ?? null }, ['workspaceId', 'contactId', 'organizationId']);
      return this.contacts.get(contactId);
    });
  }

  unlink(contactId: string, organizationId: string): Promise<Contact> {
    return this.db.tx(async (em) => {
      await this.contacts.load(em, contactId);
      await em.delete(ContactOrganizationEntity, { contactId, organizationId });
      return this.contacts.get(contactId);
    });
  }

  membershipsOf(contactIds: readonly string[]): Promise<Map<string, ContactOrganization[]>> {
    return this.db.tx(async (em) => {
      const links = await em.find(ContactOrganizationEntity, { where: { contactId: In([...contactIds]) } });
      if (!links.length) return new Map();
      const orgs = await em.find(OrganizationEntity, { where: { id: In(links.map((l) => l.organizationId)), deletedAt: IsNull() } });
      const byId = new Map(orgs.map((o) => [o.id, toModel(o)]));
      const map = new Map<string, ContactOrganization[]>();
      for (const l of links) {
        const organization = byId.get(l.organizationId);
        if (organization) map.set(l.contactId, [...(map.get(l.contactId) ?? []), { organization, title: l.title }]);
      }
      return map;
    });
  }

  memberCounts(organizationIds: readonly string[]): Promise<Map<string, number>> {
    return this.db.tx(async (em) => {
      const rows: Array<{ organization_id: string; count: number }> = await em.query(
        `SELECT l.organization_id, count(*)::int AS count FROM contact_organizations l JOIN contacts c ON c.id = l.contact_id AND c.deleted_at IS NULL
          WHERE l.organization_id = ANY($1::uuid[]) GROUP BY l.organization_id`,
        [[...organizationIds]],
      );
      return new Map(rows.map((r) => [r.organization_id, r.count]));
    });
  }

  private apply(entity: OrganizationEntity, input: OrganizationInput): void {
    let phone: string | null = null;
    if (input.phone) {
      const result = normalizePhone(input.phone, { defaultCountry: 'IR', allowForeign: true });
      if (!result.ok) throw BadInputError.field('input.phone', result.message);
      phone = result.e164;
    }
    entity.name = input.name.trim();
    entity.email = input.email?.trim().toLowerCase() ?? null;
    entity.phoneE164 = phone;
    entity.industry = input.industry ?? null;
    entity.city = input.city ?? null;
    entity.address = input.address ?? null;
    entity.tags = normaliseTags(input.tags ?? []);
    entity.searchText = searchKey(`${entity.name} ${entity.email ?? ''} ${entity.industry ?? ''}`) + (phone ? ` ${phone.slice(1)} 0${phone.slice(3)}` : '');
  }

  private async load(em: EntityManager, id: string): Promise<OrganizationEntity> {
    const entity = await em.findOne(OrganizationEntity, { where: { id, deletedAt: IsNull() } });
    if (!entity) throw new NotFoundError('Organization', id);
    return entity;
  }
}
