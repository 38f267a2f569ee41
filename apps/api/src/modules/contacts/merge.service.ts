import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../core/context/request-context';
import { TenantDb } from '../../core/database/tenant-db.service';
import { BadInputError } from '../../core/errors/domain-errors';
import { DomainEvents } from '../../core/events/domain-events';
import { contactSearchText, toContact } from './contact-values';
import { ContactEvents, ContactMergedEvent } from './contacts.events';
import { ContactsService, normaliseTags } from './contacts.service';
import { ContactEntity } from './entities/contact.entity';
import { ContactPhoneEntity } from './entities/contact-phone.entity';
import { Contact } from './models/contact.model';

/**
 * Merges a duplicate into a surviving contact in one transaction: phones, email, blank fields, tags, custom
 * fields, consents (the latest change per channel wins), related people, important dates, organisations,
 * stage history and purchase counters move over; the timeline and tasks move through the contact.merged event.
 * The duplicate is soft-deleted with merged_into_id pointing at the survivor.
 */
@Injectable()
export class MergeService {
  constructor(
    private readonly db: TenantDb,
    private readonly context: RequestContext,
    private readonly contacts: ContactsService,
    private readonly events: DomainEvents,
  ) {}

  merge(primaryId: string, duplicateId: string): Promise<Contact> {
    if (primaryId === duplicateId) throw BadInputError.field('duplicateId', 'must differ from primaryId');
    return this.db.tx(async (em) => {
      // Lock both rows in a fixed order so concurrent merges cannot deadlock or interleave.
      const [a, b] = [primaryId, duplicateId].sort();
      await em.query(`SELECT id FROM contacts WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [[a, b]]);
      const survivor = await this.contacts.load(em, primaryId);
      const duplicate = await this.contacts.load(em, duplicateId);
      const survivorPhones = await em.find(ContactPhoneEntity, { where: { contactId: primaryId } });
      const duplicatePhones = await em.find(ContactPhoneEntity, { where: { contactId: duplicateId } });
      const known = new Set(survivorPhones.map((p) => p.e164));
      for (const p of duplicatePhones) {
        if (known.has(p.e164)) await em.delete(ContactPhoneEntity, { id: p.id });
        else await em.update(ContactPhoneEntity, p.id, { contactId: primaryId, isPrimary: survivorPhones.length === 0 && p.isPrimary });
      }
      survivor.email ??= duplicate.email;
      survivor.gender ??= duplicate.gender;
      if (!survivor.birthMonth && duplicate.birthMonth) {
        Object.assign(survivor, { birthCalendar: duplicate.birthCalendar, birthYear: duplicate.birthYear, birthMonth: duplicate.birthMonth, birthDay: duplicate.birthDay });
      }
      survivor.province ??= duplicate.province;
      survivor.city ??= duplicate.city;
      survivor.address ??= duplicate.address;
      survivor.ownerMemberId ??= duplicate.ownerMemberId;
      survivor.notes = [survivor.notes, duplicate.notes].filter(Boolean).join('\n\n') || null;
      survivor.tags = normaliseTags([...survivor.tags, ...duplicate.tags]);
      survivor.customFields = { ...duplicate.customFields, ...survivor.customFields };
      for (const channel of ['SMS', 'EMAIL', 'CALL'] as const) {
        const mine = survivor.consents[channel];
        const theirs = duplicate.consents[channel];
        if (theirs && (!mine || theirs.changedAt > mine.changedAt)) survivor.consents = { ...survivor.consents, [channel]: theirs };
      }
      survivor.orderCount += duplicate.orderCount;
      survivor.referralCount += duplicate.referralCount;
      survivor.recentOrders = [...(survivor.recentOrders ?? []), ...(duplicate.recentOrders ?? [])].sort((x, y) => +y - +x).slice(0, 100);
      if (duplicate.lastOrderAt && (!survivor.lastOrderAt || duplicate.lastOrderAt > survivor.lastOrderAt)) survivor.lastOrderAt = duplicate.lastOrderAt;
      const phones = (await em.find(ContactPhoneEntity, { where: { contactId: primaryId } })).map((p) => p.e164);
      survivor.primaryPhone = (await em.findOne(ContactPhoneEntity, { where: { contactId: primaryId }, order: { isPrimary: 'DESC', createdAt: 'ASC' } }))?.e164 ?? null;
      survivor.searchText = contactSearchText(survivor, phones);
      await em.save(survivor);

      await em.query(`UPDATE related_people SET contact_id = $1 WHERE contact_id = $2`, [primaryId, duplicateId]);
      await em.query(`UPDATE related_people SET related_contact_id = $1 WHERE related_contact_id = $2`, [primaryId, duplicateId]);
      await em.query(`UPDATE important_dates SET contact_id = $1 WHERE contact_id = $2`, [primaryId, duplicateId]);
      await em.query(`UPDATE stage_changes SET contact_id = $1 WHERE contact_id = $2`, [primaryId, duplicateId]);
      await em.query(
        `INSERT INTO contact_organizations (workspace_id, contact_id, organization_id, title)
         SELECT workspace_id, $1, organization_id, title FROM contact_organizations WHERE contact_id = $2
         ON CONFLICT DO NOTHING`,
        [primaryId, duplicateId],
      );
      await em.query(`DELETE FROM contact_organizations WHERE contact_id = $1`, [duplicateId]);
      await em.update(ContactEntity, duplicateId, { deletedAt: new Date(), mergedIntoId: primaryId });

      const principal = this.context.principal();
      await this.events.publish<ContactMergedEvent>(ContactEvents.Merged, {
        workspaceId: survivor.workspaceId,
        survivorId: primaryId,
        mergedId: duplicateId,
        mergedName: `${duplicate.firstName} ${duplicate.lastName}`.trim(),
        actorMemberId: principal?.kind === 'staff' ? principal.memberId : null,
      });
      return toContact(survivor);
    });
  }
}
