import { Injectable } from '@nestjs/common';
import { RequestLoaders } from '../../core/context/request-loaders';
import { ContactsService } from './contacts.service';
import { FamilyService } from './family.service';
import { LifecycleService } from './lifecycle.service';
import { Contact, ContactOrganization, ContactPhone, ImportantDate, RelatedPerson, StageChange } from './models/contact.model';
import { OrganizationsService } from './organizations.service';

/** Per-request batch loaders for the 360 file's nested lists: one query per list, whatever the page size. */
@Injectable()
export class ContactLoaders {
  constructor(
    private readonly loaders: RequestLoaders,
    private readonly contacts: ContactsService,
    private readonly organizations: OrganizationsService,
    private readonly family: FamilyService,
    private readonly lifecycle: LifecycleService,
  ) {}

  private grouped<V>(name: string, fetch: (ids: readonly string[]) => Promise<Map<string, V[]>>) {
    return this.loaders.get<string, V[]>(name, async (ids) => {
      const map = await fetch(ids);
      return ids.map((id) => map.get(id) ?? []);
    });
  }

  contact(id: string): Promise<Contact | null> {
    return this.loaders
      .get<string, Contact | null>('contactById', async (ids) => {
        const rows = await this.contacts.findByIds(ids);
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((i) => byId.get(i) ?? null);
      })
      .load(id);
  }

  phones = (contactId: string): Promise<ContactPhone[]> => this.grouped('phones', (ids) => this.contacts.phonesOf(ids)).load(contactId);
  organizationsOf = (contactId: string): Promise<ContactOrganization[]> =>
    this.grouped('contactOrganizations', (ids) => this.organizations.membershipsOf(ids)).load(contactId);
  relatedPeople = (contactId: string): Promise<RelatedPerson[]> => this.grouped('relatedPeople', (ids) => this.family.relatedPeopleOf(ids)).load(contactId);
  stageHistory = (contactId: string): Promise<StageChange[]> => this.grouped('stageHistory', (ids) => this.lifecycle.history(ids)).load(contactId);
  importantDates = (owner: 'contactId' | 'relatedPersonId' | 'organizationId', id: string): Promise<ImportantDate[]> =>
    this.grouped(`importantDates:${owner}`, (ids) => this.family.importantDatesOf(owner, ids)).load(id);
  memberCount = (organizationId: string): Promise<number> =>
    this.loaders
      .get<string, number>('organizationMemberCount', async (ids) => {
        const map = await this.organizations.memberCounts(ids);
        return ids.map((i) => map.get(i) ?? 0);
      })
      .load(organizationId);
}
