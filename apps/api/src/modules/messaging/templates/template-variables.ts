/** What a template variable holds, which decides how it is rendered (see template-renderer.ts). */
export type TemplateVariableKind = 'text' | 'date' | 'money' | 'number';

/**
 * Where the value comes from: `contact`, `workspace` and `date` are read when the message is rendered; `param`
 * values are supplied by the module that sends the message (club points, coupons, tickets, orders, one-time codes).
 */
export type TemplateVariableSource = 'contact' | 'workspace' | 'date' | 'param';

export interface TemplateVariableDefinition {
  /** As written in a template: `{{contact.firstName}}`. */
  name: string;
  kind: TemplateVariableKind;
  source: TemplateVariableSource;
  description: { fa: string; en: string };
  /**
   * For params: a raw value in the form a sender passes it (text, integer, integer Rial, 'YYYY-MM-DD'), used when
   * previewing a template without real params. Dates without one are previewed 30 days from today.
   */
  sample?: string | number;
}

/** The catalog of variables templates may use; a template using any other name is refused at save. */
export const TEMPLATE_VARIABLES: readonly TemplateVariableDefinition[] = [
  { name: 'contact.firstName', kind: 'text', source: 'contact', description: { fa: 'نام مخاطب', en: 'Contact’s first name' } },
  { name: 'contact.lastName', kind: 'text', source: 'contact', description: { fa: 'نام خانوادگی مخاطب', en: 'Contact’s last name' } },
  { name: 'contact.fullName', kind: 'text', source: 'contact', description: { fa: 'نام و نام خانوادگی مخاطب', en: 'Contact’s full name' } },
  { name: 'contact.phone', kind: 'text', source: 'contact', description: { fa: 'شماره موبایل اصلی مخاطب', en: 'Contact’s primary phone number' } },
  { name: 'contact.email', kind: 'text', source: 'contact', description: { fa: 'ایمیل مخاطب', en: 'Contact’s email address' } },
  { name: 'contact.birthDate', kind: 'date', source: 'contact', description: { fa: 'تاریخ تولد مخاطب', en: 'Contact’s birth date' } },
  { name: 'workspace.name', kind: 'text', source: 'workspace', description: { fa: 'نام کسب‌وکار شما', en: 'Your business name' } },
  { name: 'date.today', kind: 'date', source: 'date', description: { fa: 'تاریخ امروز', en: 'Today’s date' } },
  { name: 'loyalty.points', kind: 'number', source: 'param', description: { fa: 'امتیاز باشگاه مشتریان', en: 'Customer club points' }, sample: 1250 },
  { name: 'loyalty.tier', kind: 'text', source: 'param', description: { fa: 'سطح عضویت در باشگاه', en: 'Club membership tier' }, sample: 'طلایی' },
  { name: 'coupon.code', kind: 'text', source: 'param', description: { fa: 'کد تخفیف', en: 'Coupon code' }, sample: 'BDAY-7K3Q' },
  { name: 'coupon.expiresAt', kind: 'date', source: 'param', description: { fa: 'تاریخ انقضای کد تخفیف', en: 'Coupon expiry date' } },
  { name: 'ticket.number', kind: 'text', source: 'param', description: { fa: 'شماره تیکت پشتیبانی', en: 'Support ticket number' }, sample: 'T-1042' },
  { name: 'ticket.subject', kind: 'text', source: 'param', description: { fa: 'موضوع تیکت', en: 'Ticket subject' }, sample: 'پیگیری ارسال سفارش' },
  { name: 'order.number', kind: 'text', source: 'param', description: { fa: 'شماره سفارش', en: 'Order number' }, sample: '10251' },
  { name: 'order.total', kind: 'money', source: 'param', description: { fa: 'مبلغ کل سفارش', en: 'Order total' }, sample: 12_500_000 },
  { name: 'otp.code', kind: 'text', source: 'param', description: { fa: 'کد یک‌بار مصرف', en: 'One-time code' }, sample: '482915' },
];

const BY_NAME = new Map(TEMPLATE_VARIABLES.map((v) => [v.name, v]));

export function templateVariable(name: string): TemplateVariableDefinition | undefined {
  return BY_NAME.get(name);
}

export const isParamVariable = (name: string): boolean => BY_NAME.get(name)?.source === 'param';
