import { INestApplication } from '@nestjs/common';
import { permissionsOf, StaffRole } from '../core/auth/permissions';
import { RequestContext } from '../core/context/request-context';
import { MessageChannel, MessagePurpose } from '../modules/messaging/message.model';
import { CreateMessageTemplateInput } from '../modules/messaging/templates/message-template.model';
import { MessageTemplatesService } from '../modules/messaging/templates/message-templates.service';

const { SMS, EMAIL } = MessageChannel;
const { TRANSACTIONAL, MARKETING } = MessagePurpose;

export const DEMO_TEMPLATES: CreateMessageTemplateInput[] = [
  {
    key: 'birthday', name: 'تبریک تولد', channel: SMS, language: 'fa', purpose: MARKETING,
    body: '{{contact.firstName}} عزیز، تولدت مبارک! 🎂\nهدیه {{workspace.name}} برای شما: کد تخفیف {{coupon.code}}، معتبر تا {{coupon.expiresAt}}.\nلغو۱۱',
  },
  {
    key: 'birthday', name: 'Birthday greeting', channel: SMS, language: 'en', purpose: MARKETING,
    body: 'Happy birthday, {{contact.firstName}}! A gift from {{workspace.name}}: use code {{coupon.code}} by {{coupon.expiresAt}}.\nReply STOP to opt out',
  },
  {
    key: 'welcome', name: 'ایمیل خوشامد', channel: EMAIL, language: 'fa', purpose: TRANSACTIONAL,
    subject: 'به {{workspace.name}} خوش آمدید',
    body:
      '{{contact.fullName}} عزیز، سلام\n\nاز اینکه به جمع مشتریان {{workspace.name}} پیوستید خوشحالیم. ' +
      'با هر خرید در باشگاه مشتریان امتیاز می‌گیرید و در روز تولدتان هدیه‌ای منتظر شماست.\n\nبا احترام\nتیم {{workspace.name}}',
  },
  {
    key: 'welcome', name: 'Welcome email', channel: EMAIL, language: 'en', purpose: TRANSACTIONAL,
    subject: 'Welcome to {{workspace.name}}',
    body:
      'Dear {{contact.fullName}},\n\nThank you for joining {{workspace.name}}. Every purchase earns you points in our customer club, ' +
      'and a gift waits for you on your birthday.\n\nBest regards,\nThe {{workspace.name}} team',
  },
  {
    key: 'club.points', name: 'امتیاز باشگاه', channel: SMS, language: 'fa', purpose: TRANSACTIONAL,
    body: '{{contact.firstName}} عزیز، امتیاز شما در باشگاه مشتریان {{workspace.name}} به {{loyalty.points}} رسید (سطح {{loyalty.tier}}). از همراهی‌تان سپاسگزاریم.',
  },
  {
    key: 'ticket.received', name: 'ثبت درخواست پشتیبانی', channel: SMS, language: 'fa', purpose: TRANSACTIONAL,
    body: '{{contact.firstName}} عزیز، درخواست شما با شماره {{ticket.number}} («{{ticket.subject}}») ثبت شد و به‌زودی پاسخ می‌دهیم.\n{{workspace.name}}',
  },
];

/** The demo workspace's message templates: birthday SMS (fa, en), welcome email (fa, en), club points and ticket SMS. */
export async function seedDemoTemplates(app: INestApplication, workspaceId: string, owner: { userId: string; memberId: string; email: string }): Promise<void> {
  const principal = { kind: 'staff' as const, ...owner, workspaceId, role: StaffRole.OWNER, permissions: permissionsOf(StaffRole.OWNER) };
  const templates = app.get(MessageTemplatesService);
  await app.get(RequestContext).runAs(principal, async () => {
    for (const input of DEMO_TEMPLATES) await templates.create(input);
  });
}
