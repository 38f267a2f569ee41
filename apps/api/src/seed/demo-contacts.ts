import { INestApplication } from '@nestjs/common';
import { permissionsOf, StaffRole } from '../core/auth/permissions';
import { RequestContext } from '../core/context/request-context';
import { TenantDb } from '../core/database/tenant-db.service';
import { DomainEvents } from '../core/events/domain-events';
import { ContactsService } from '../modules/contacts/contacts.service';
import { LifecycleInputEvents, OrderCompletedEvent } from '../modules/contacts/contacts.events';
import { FamilyService } from '../modules/contacts/family.service';
import { LifecycleService } from '../modules/contacts/lifecycle.service';
import { CalendarSystem, ConsentChannel, ConsentStatus, ContactSource, Gender, ImportantDateKind, LifecycleStage, MessageChannel, Recurrence, Relation } from '../modules/contacts/models/contact.enums';
import { TaskKind } from '../modules/tasks/task.model';
import { TasksService } from '../modules/tasks/tasks.service';
import { Direction, TimelineKind } from '../modules/timeline/timeline.model';
import { TimelineService } from '../modules/timeline/timeline.service';

const PEOPLE: Array<{ first: string; last: string; mobile: string; gender: Gender; city: string; tags: string[]; orders: number; birth?: [number, number, number] }> = [
  { first: 'زهرا', last: 'کریمی', mobile: '09121234567', gender: Gender.FEMALE, city: 'تهران', tags: ['مشتری ویژه'], orders: 5, birth: [1365, 4, 12] },
  { first: 'محمد', last: 'حسینی', mobile: '09351112233', gender: Gender.MALE, city: 'اصفهان', tags: ['عمده'], orders: 2, birth: [1370, 11, 3] },
  { first: 'فاطمه', last: 'موسوی', mobile: '09131234567', gender: Gender.FEMALE, city: 'شیراز', tags: [], orders: 1 },
  { first: 'علی', last: 'رضایی', mobile: '09171234567', gender: Gender.MALE, city: 'مشهد', tags: ['رستوران'], orders: 0 },
  { first: 'مریم', last: 'نوری', mobile: '09191234567', gender: Gender.FEMALE, city: 'تبریز', tags: ['اینستاگرام'], orders: 3, birth: [1375, 12, 30] },
  { first: 'حسین', last: 'جعفری', mobile: '09901234567', gender: Gender.MALE, city: 'کرج', tags: [], orders: 0 },
  { first: 'سارا', last: 'احمدی', mobile: '09381234567', gender: Gender.FEMALE, city: 'رشت', tags: ['کافه'], orders: 4 },
  { first: 'رضا', last: 'صادقی', mobile: '09211234567', gender: Gender.MALE, city: 'قم', tags: [], orders: 1 },
];

/** Demo contacts with phones, purchases (ladder), family, important dates, interactions and tasks. */
export async function seedDemoContacts(app: INestApplication, workspaceId: string, owner: { userId: string; memberId: string; email: string }): Promise<void> {
  const context = app.get(RequestContext);
  const db = app.get(TenantDb);
  const principal = { kind: 'staff' as const, ...owner, workspaceId, role: StaffRole.OWNER, permissions: permissionsOf(StaffRole.OWNER) };
  await context.runAs(principal, async () => {
    const contacts = app.get(ContactsService);
    const family = app.get(FamilyService);
    const tasks = app.get(TasksService);
    const timeline = app.get(TimelineService);
    const events = app.get(DomainEvents);
    const lifecycle = app.get(LifecycleService);
    for (const [i, p] of PEOPLE.entries()) {
      const contact = await contacts.create({
        firstName: p.first, lastName: p.last, gender: p.gender, city: p.city, tags: p.tags, province: p.city,
        phones: [{ number: p.mobile }], source: i % 2 ? ContactSource.CLUB : ContactSource.WALK_IN, ownerId: owner.memberId,
        birthDate: p.birth ? { calendar: CalendarSystem.JALALI, year: p.birth[0], month: p.birth[1], day: p.birth[2] } : undefined,
      });
      if (p.orders === 0 && i === 3) await lifecycle.changeStage(contact.id, LifecycleStage.PROSPECT, 'صاحب رستوران؛ توان خرید دارد');
      for (let n = 0; n < p.orders; n++) {
        await db.tx(() =>
          events.publish<OrderCompletedEvent>(LifecycleInputEvents.OrderCompleted, {
            workspaceId, contactId: contact.id, orderId: `demo-${i}-${n}`, completedAt: new Date(Date.now() - (p.orders - n) * 20 * 86_400_000).toISOString(),
          }),
        );
      }
      await contacts.setConsent(contact.id, ConsentChannel.SMS, ConsentStatus.GRANTED, 'فرم عضویت باشگاه');
      await db.tx((em) =>
        timeline.record(em, {
          workspaceId, contactId: contact.id, kind: TimelineKind.CALL, direction: Direction.IN, summary: 'تماس ورودی: پرسش درباره موجودی',
          data: { durationSeconds: 60 + i * 17, outcome: 'answered' }, actorMemberId: owner.memberId,
        }),
      );
      if (p.birth) {
        await family.addImportantDate({
          contactId: contact.id, kind: ImportantDateKind.BIRTHDAY, date: { calendar: CalendarSystem.JALALI, year: p.birth[0], month: p.birth[1], day: p.birth[2] },
          recurrence: Recurrence.YEARLY, reminderDaysBefore: 3, channel: MessageChannel.SMS, messageTemplate: '{{contact.firstName}} عزیز، تولدت مبارک!',
        });
      }
      if (i === 0) {
        const child = await family.addRelatedPerson(contact.id, { relation: Relation.CHILD, name: 'نازنین', preferences: 'دختر ۵ ساله؛ رنگ زرد را دوست دارد', birthDate: { calendar: CalendarSystem.JALALI, year: 1399, month: 9, day: 10 } });
        await family.addImportantDate({
          relatedPersonId: child.id, kind: ImportantDateKind.CHILD_BIRTHDAY, date: { calendar: CalendarSystem.JALALI, year: 1399, month: 9, day: 10 },
          recurrence: Recurrence.YEARLY, reminderDaysBefore: 3, channel: MessageChannel.SMS, messageTemplate: 'تولد نازنین نزدیک است؛ هدیه زرد رنگ ما منتظر اوست!',
        });
      }
      if (i < 4) {
        await tasks.create({ kind: TaskKind.CALL, title: `تماس پیگیری با ${p.first} ${p.last}`, contactId: contact.id, dueAt: new Date(Date.now() + (i - 1) * 86_400_000) });
      }
    }
  });
}
