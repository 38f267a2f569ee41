import { Injectable } from '@nestjs/common';
import { TenantDb } from '../../../core/database/tenant-db.service';
import { BadInputError, ForbiddenError, NotFoundError } from '../../../core/errors/domain-errors';
import { Connection, PageArgs } from '../../../core/graphql/connection';
import { ContactsService } from '../../contacts/contacts.service';
import { FamilyService } from '../../contacts/family.service';
import { ConsentChannel, ConsentStatus, ContactSource, MessageChannel as ReminderChannel, Recurrence } from '../../contacts/models/contact.enums';
import { Contact, ImportantDate } from '../../contacts/models/contact.model';
import { MessagingService } from '../../messaging/messaging.service';
import { SalesQueries } from '../../sales/sales-queries.service';
import { TimelineKind } from '../../timeline/timeline.model';
import { TimelineService } from '../../timeline/timeline.service';
import { ClubMemberPrincipal } from '../../../core/auth/principal';
import { ClubMembersService, toMembership } from './club-members.service';
import { ClubSettingsService } from './club-settings.service';
import { AddMyFamilyMemberInput, AddMyImportantDateInput, ClubConsentInput, UpdateClubProfileInput } from './dto/club.inputs';
import { ClubCall, ClubFamilyMember, ClubMemberProfile } from './models/club.models';
import { MemberMessage, MemberOrder, MemberPurchase, MemberSalesLine } from './models/member-panel.models';

const mapConnection = <A, B>(c: Connection<A>, map: (a: A) => B | Promise<B>): Promise<Connection<B>> =>
  Promise.all(c.edges.map(async (e) => ({ cursor: e.cursor, node: await map(e.node) }))).then((edges) => ({ ...c, edges }));

/**
 * The member panel: the signed-in member's own profile, consent, family, and what the CRM recorded with them
 * (messages, calls, invoices, orders), read through the owning modules' services and always for principal.contactId.
 */
@Injectable()
export class MemberPanelService {
  constructor(
    private readonly db: TenantDb,
    private readonly contacts: ContactsService,
    private readonly family: FamilyService,
    private readonly members: ClubMembersService,
    private readonly messaging: MessagingService,
    private readonly timeline: TimelineService,
    private readonly sales: SalesQueries,
    private readonly settings: ClubSettingsService,
  ) {}

  me(p: ClubMemberPrincipal): Promise<ClubMemberProfile> {
    return this.db.tx(async () => this.profile(p, await this.contacts.get(p.contactId)));
  }

  updateProfile(p: ClubMemberPrincipal, input: UpdateClubProfileInput): Promise<ClubMemberProfile> {
    return this.db.tx(async (em) => this.profile(p, await this.contacts.updateIn(em, p.contactId, { ...input }, 'input')));
  }

  updateConsent(p: ClubMemberPrincipal, input: ClubConsentInput): Promise<ClubMemberProfile> {
    return this.db.tx(async (em) => this.profile(p, await this.contacts.setConsentIn(em, p.contactId, input.channel, input.status, ContactSource.CLUB)));
  }

  async myFamily(p: ClubMemberPrincipal): Promise<ClubFamilyMember[]> {
    const people = (await this.family.relatedPeopleOf([p.contactId])).get(p.contactId) ?? [];
    const dates = people.length ? await this.family.importantDatesOf('relatedPersonId', people.map((r) => r.id)) : new Map<string, ImportantDate[]>();
    return people.map((r) => ({ id: r.id, relation: r.relation, name: r.name, birthDate: r.birthDate, importantDates: dates.get(r.id) ?? [] }));
  }

  addFamilyMember(p: ClubMemberPrincipal, input: AddMyFamilyMemberInput): Promise<ClubFamilyMember> {
    return this.db.tx(async () => {
      const person = await this.family.addRelatedPerson(p.contactId, { relation: input.relation, name: input.name, birthDate: input.birthDate });
      const dates: ImportantDate[] = [];
      for (const [i, d] of (input.importantDates ?? []).entries()) {
        try {
          dates.push(await this.family.addImportantDate({
            relatedPersonId: person.id, kind: d.kind, title: d.title, date: d.date, recurrence: Recurrence.YEARLY, reminderDaysBefore: 0, channel: ReminderChannel.SMS,
          }));
        } catch (e) {
          throw renameField(e, 'input.date', `input.importantDates.${i}.date`);
        }
      }
      return { id: person.id, relation: person.relation, name: person.name, birthDate: person.birthDate, importantDates: dates };
    });
  }

  removeFamilyMember(p: ClubMemberPrincipal, id: string): Promise<boolean> {
    return this.db.tx(async () => {
      if (!(await this.familyIds(p)).includes(id)) throw new NotFoundError('Family member', id);
      return this.family.removeRelatedPerson(id);
    });
  }

  private async familyIds(p: ClubMemberPrincipal): Promise<string[]> {
    return ((await this.family.relatedPeopleOf([p.contactId])).get(p.contactId) ?? []).map((r) => r.id);
  }

  async myImportantDates(p: ClubMemberPrincipal): Promise<ImportantDate[]> {
    return (await this.family.importantDatesOf('contactId', [p.contactId])).get(p.contactId) ?? [];
  }

  addImportantDate(p: ClubMemberPrincipal, input: AddMyImportantDateInput): Promise<ImportantDate> {
    return this.db.tx(async () => {
      if (input.familyMemberId && !(await this.familyIds(p)).includes(input.familyMemberId)) {
        throw BadInputError.field('input.familyMemberId', 'is not one of my family members');
      }
      return this.family.addImportantDate({
        contactId: input.familyMemberId ? undefined : p.contactId, relatedPersonId: input.familyMemberId, kind: input.kind, title: input.title,
        date: input.date, recurrence: Recurrence.YEARLY, reminderDaysBefore: 0, channel: ReminderChannel.SMS,
      });
    });
  }

  /** One of my own dates or of my family members'; anyone else's is NOT_FOUND. */
  removeImportantDate(p: ClubMemberPrincipal, id: string): Promise<boolean> {
    return this.db.tx(async () => {
      const family = await this.familyIds(p);
      const own = (await this.family.importantDatesOf('contactId', [p.contactId])).get(p.contactId) ?? [];
      const ofFamily = family.length ? [...(await this.family.importantDatesOf('relatedPersonId', family)).values()].flat() : [];
      if (![...own, ...ofFamily].some((d) => d.id === id)) throw new NotFoundError('Important date', id);
      return this.family.removeImportantDate(id);
    });
  }

  async myMessages(p: ClubMemberPrincipal, args: PageArgs): Promise<Connection<MemberMessage>> {
    await this.assertAfterSalesPanel();
    return mapConnection(await this.messaging.list(args, { contactId: p.contactId }), (m) => ({
      id: m.id, channel: m.channel, direction: m.direction, subject: m.subject, body: m.bodyText, status: m.status, createdAt: m.createdAt, sentAt: m.sentAt,
    }));
  }

  async myCalls(p: ClubMemberPrincipal, args: PageArgs): Promise<Connection<ClubCall>> {
    await this.assertAfterSalesPanel();
    return mapConnection(await this.timeline.list(p.contactId, { ...args, kinds: [TimelineKind.CALL] }), (t) => {
      const data = t.data as { durationSeconds?: number; outcome?: string };
      return {
        id: t.id, direction: t.direction, occurredAt: t.occurredAt, summary: t.summary,
        durationSeconds: typeof data.durationSeconds === 'number' ? data.durationSeconds : null, status: data.outcome ?? null,
      };
    });
  }

  async myPurchases(p: ClubMemberPrincipal, args: PageArgs): Promise<Connection<MemberPurchase>> {
    await this.assertAfterSalesPanel();
    return mapConnection(await this.sales.invoices(args, { contactId: p.contactId }), async (i) => ({
      id: i.id, numberDisplay: i.numberDisplay, status: i.status, paymentStatus: i.paymentStatus, totals: i.totals, paidTotal: i.paidTotal,
      balance: i.balance, issuedAt: i.issuedAt, issuedAtJalali: i.issuedAtJalali, proformaId: i.proformaId, lines: await this.lines(i.proformaId),
    }));
  }

  async myOrders(p: ClubMemberPrincipal, args: PageArgs): Promise<Connection<MemberOrder>> {
    await this.assertAfterSalesPanel();
    return mapConnection(await this.sales.proformas(args, { contactId: p.contactId }), async (o) => ({
      id: o.id, number: o.number, source: o.source, status: o.status, totals: o.totals, couponCode: o.couponCode, expiresAt: o.expiresAt,
      createdAt: o.createdAt, createdAtJalali: o.createdAtJalali, lines: await this.lines(o.id),
    }));
  }

  /** Purchases, messages and calls are the after-sales panel, which a club may leave out. */
  private async assertAfterSalesPanel(): Promise<void> {
    const settings = await this.db.tx((em) => this.settings.settingsIn(em));
    if (!settings.afterSalesPanel) throw new ForbiddenError('This club does not offer the after-sales panel');
  }

  private async lines(proformaId: string): Promise<MemberSalesLine[]> {
    return (await this.sales.linesOf(proformaId)).map((l) => ({
      productId: l.productId, productName: l.productName, unit: l.unit, quantity: l.quantity, unitPrice: l.unitPrice, total: l.total,
    }));
  }

  private async profile(p: ClubMemberPrincipal, contact: Contact): Promise<ClubMemberProfile> {
    const membership = toMembership(await this.db.tx((em) => this.members.byIdIn(em, p.clubMemberId)));
    const consents = Object.values(ConsentChannel).map(
      (channel) => contact.consents.find((c) => c.channel === channel) ?? { channel, status: ConsentStatus.UNKNOWN, changedAt: null, source: null },
    );
    return {
      contactId: contact.id, firstName: contact.firstName, lastName: contact.lastName, fullName: contact.fullName, gender: contact.gender,
      birthDate: contact.birthDate, email: contact.email, phone: contact.primaryPhone, city: contact.city, consents, membership,
    };
  }
}

/** FamilyService names its own input's fields; the panel's input nests them differently. */
function renameField(e: unknown, from: string, to: string): unknown {
  const fields = (e as { extensions?: { fields?: Array<{ field: string }> } }).extensions?.fields;
  fields?.forEach((f) => {
    if (f.field.startsWith(from)) f.field = to + f.field.slice(from.length);
  });
  return e;
}
