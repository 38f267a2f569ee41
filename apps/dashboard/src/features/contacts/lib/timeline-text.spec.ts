import i18next, { type i18n as I18n } from 'i18next';
import en from '@/locales/en.json';
import fa from '@/locales/fa.json';
import { formatCallDuration, isolate, stageReasonText, timelineItemText, type Translate } from './timeline-text';

/** The timeline / stage-history text formatter with the real fa and en resources (no browser needed). */
describe('timeline text', () => {
  let i18n: I18n;
  const tr = (lng: string): Translate => i18n.getFixedT(lng) as unknown as Translate;

  beforeAll(async () => {
    i18n = i18next.createInstance();
    await i18n.init({ resources: { fa: { translation: fa }, en: { translation: en } }, lng: 'fa', interpolation: { escapeValue: false }, showSupportNotice: false });
  });

  const item = (kind: string, summary: string, data: unknown = {}, extra: { body?: string | null; direction?: string } = {}) => ({
    kind,
    summary,
    data,
    body: extra.body ?? null,
    direction: extra.direction ?? 'NONE',
  });

  it('translates stage changes from data, and automatic reason codes', () => {
    const stage = item('STAGE_CHANGE', 'REPEAT_CUSTOMER → CLIENT', { from: 'REPEAT_CUSTOMER', to: 'CLIENT', automatic: true }, { body: 'orders_in_window:4:6' });
    expect(timelineItemText(stage, tr('fa'), 'fa')).toMatchObject({ summary: 'مشتری تکراری ← مشتری وفادار', body: '۴ خرید در ۶ ماه', details: ['خودکار'] });
    expect(timelineItemText(stage, tr('en'), 'en')).toMatchObject({ summary: 'Repeat customer → Client', body: '4 purchases in 6 months' });
  });

  it.each([
    ['created', 'ایجاد', 'Created'],
    ['imported', 'ورود از فایل', 'Imported from a file'],
    ['first_order', 'خرید اول', 'First purchase'],
    ['repeat_order:2', 'خرید شماره ۲', 'Purchase #2'],
    ['orders_in_window:1:1', '۱ خرید در ۱ ماه', '1 purchase in 1 month'],
    ['referrals:2', '۲ معرفی موفق', '2 successful referrals'],
    ['no_purchase:90', '۹۰ روز بدون خرید', '90 days without a purchase'],
  ])('reason %s', (code, faText, enText) => {
    expect(stageReasonText(code, tr('fa'), 'fa')).toEqual({ text: faText, translated: true });
    expect(stageReasonText(code, tr('en'), 'en')).toEqual({ text: enText, translated: true });
  });

  it('translates the English prose older API versions wrote for automatic changes, never for a person', () => {
    expect(stageReasonText('4 orders within 6 months', tr('fa'), 'fa', true).text).toBe('۴ خرید در ۶ ماه');
    expect(stageReasonText('order #2', tr('fa'), 'fa', true).text).toBe('خرید شماره ۲');
    expect(stageReasonText('first order', tr('fa'), 'fa', true).text).toBe('خرید اول');
    expect(stageReasonText('2 successful referrals', tr('fa'), 'fa', true).text).toBe('۲ معرفی موفق');
    expect(stageReasonText('no purchase for 90 days', tr('fa'), 'fa', true).text).toBe('۹۰ روز بدون خرید');
    expect(stageReasonText('first order', tr('fa'), 'fa', false)).toEqual({ text: 'first order', translated: false });
  });

  it("keeps a person's reason as typed", () => {
    for (const reason of ['مشتری درخواست لغو داد', 'first_order please', 'repeat_order:x', 'no_purchase:9:9:9', 'referrals:']) {
      expect(stageReasonText(reason, tr('fa'), 'fa')).toEqual({ text: reason, translated: false });
    }
  });

  it('translates consent, creation, import and merge items', () => {
    const t = tr('fa');
    expect(timelineItemText(item('CONSENT', 'SMS consent granted', { channel: 'SMS', status: 'GRANTED', source: 'فرم عضویت باشگاه' }), t, 'fa')).toMatchObject({
      summary: 'رضایت پیامک: موافق',
      details: [`منبع: ${isolate('فرم عضویت باشگاه')}`],
    });
    expect(timelineItemText(item('CONSENT', 'EMAIL consent withdrawn', { channel: 'EMAIL', status: 'WITHDRAWN', source: 'dashboard' }), tr('en'), 'en')).toMatchObject({
      summary: 'Email consent: Withdrawn',
      details: ['Source: Dashboard'],
    });
    expect(timelineItemText(item('CONTACT_CREATED', 'Contact created', { source: 'WALK_IN' }), t, 'fa')).toMatchObject({ summary: 'ایجاد مخاطب', details: ['منبع: مراجعه حضوری'] });
    expect(timelineItemText(item('CONTACT_CREATED', 'Contact imported', { source: 'IMPORT' }), t, 'fa')).toMatchObject({ summary: 'ورود از فایل' });
    expect(timelineItemText(item('CONTACT_MERGED', 'Merged with علی رضایی', { mergedId: 'x' }), t, 'fa')).toMatchObject({ summary: `ادغام با ${isolate('علی رضایی')}` });
  });

  it('translates PBX calls and keeps hand-logged calls as typed', () => {
    const t = tr('fa');
    expect(timelineItemText(item('CALL', 'Incoming call', { durationSeconds: 205, outcome: 'answered', extension: '102' }, { direction: 'IN' }), t, 'fa')).toMatchObject({
      summary: 'تماس ورودی',
      details: ['مدت ۰۳:۲۵', 'داخلی ۱۰۲'],
      translated: true,
    });
    expect(timelineItemText(item('CALL', 'Outgoing call (missed)', { durationSeconds: 0, outcome: 'missed', extension: null }, { direction: 'OUT' }), t, 'fa')).toMatchObject({
      summary: 'تماس خروجی (بی‌پاسخ)',
      details: [],
    });
    const typed = item('CALL', 'تماس ورودی: پرسش درباره موجودی', { durationSeconds: 120, outcome: 'answered' }, { direction: 'IN', body: 'موجود است' });
    expect(timelineItemText(typed, t, 'fa')).toEqual({ summary: typed.summary, body: 'موجود است', details: [], translated: false });
    const loggedByHand = item('CALL', 'Incoming call', { durationSeconds: 60, outcome: 'left a message' }, { direction: 'IN' });
    expect(timelineItemText(loggedByHand, t, 'fa').summary).toBe('Incoming call');
  });

  it('keeps user-written kinds and task titles as typed', () => {
    for (const kind of ['NOTE', 'SMS', 'EMAIL', 'MEETING', 'VISIT', 'WEB_FORM', 'SOCIAL', 'TASK']) {
      expect(timelineItemText(item(kind, 'Follow up', {}, { body: 'done' }), tr('fa'), 'fa')).toEqual({ summary: 'Follow up', body: 'done', details: [], translated: false });
    }
  });

  it('translates points changes and keeps the staff reason as written', () => {
    const points = item('POINTS', '-20 points (adjust)', { kind: 'ADJUST', delta: -20, balance: 30 }, { body: 'اشتباه در ثبت خرید' });
    expect(timelineItemText(points, tr('fa'), 'fa')).toEqual({ summary: '\u2066−۲۰\u2069 امتیاز (اصلاح)', body: 'اشتباه در ثبت خرید', details: ['موجودی ۳۰'], translated: true });
    expect(timelineItemText(item('POINTS', '+1 points (earn)', { kind: 'EARN', delta: 1, balance: 1 }), tr('en'), 'en').summary).toBe('\u2066+1\u2069 point (earned)');
  });

  it("translates the club's own entries from data.step, names isolated, unknown steps as the API wrote them", () => {
    expect(timelineItemText(item('CLUB', 'Joined the club', { step: 'joined', via: 'STAFF' }), tr('fa'), 'fa')).toMatchObject({ summary: 'در باشگاه عضو شد', details: ['از راه کارکنان'] });
    expect(timelineItemText(item('CLUB', 'Tier — → Gold', { step: 'tier_changed' }), tr('en'), 'en').summary).toBe(`Reached the ${isolate('Gold')} tier`);
    expect(timelineItemText(item('CLUB', 'Tier — → برنزی', { step: 'tier_changed' }), tr('fa'), 'fa').summary).toBe(`به سطح ${isolate('برنزی')} رسید`);
    expect(timelineItemText(item('CLUB', 'Tier Gold → —', { step: 'tier_changed' }), tr('en'), 'en').summary).toBe(`Tier ${isolate('Gold')} → none`);
    expect(timelineItemText(item('CLUB', 'Redeemed کد ۱۰٪', { step: 'reward_redeemed', points: 50 }), tr('en'), 'en')).toMatchObject({ summary: `Redeemed ${isolate('کد ۱۰٪')}`, details: ['50 points'] });
    expect(timelineItemText(item('CLUB', 'Ordered in the club store (pro-forma #12)', { step: 'order_placed' }), tr('fa'), 'fa').summary).toBe('در فروشگاه باشگاه سفارش داد (پیش‌فاکتور ۱۲)');
    expect(timelineItemText(item('CLUB', 'Answered the club survey: نظرسنجی خرید', { step: 'news_answered', kind: 'SURVEY', points: 10 }), tr('fa'), 'fa'))
      .toMatchObject({ summary: `به نظرسنجی باشگاه پاسخ داد: ${isolate('نظرسنجی خرید')}`, details: ['۱۰ امتیاز'] });
    expect(timelineItemText(item('CLUB', 'Entered the club contest: Yalda', { step: 'news_answered', kind: 'CONTEST', points: 0 }), tr('en'), 'en'))
      .toMatchObject({ summary: `Entered the club contest: ${isolate('Yalda')}`, details: [] });
    expect(timelineItemText(item('CLUB', 'Something new', { step: 'later' }), tr('fa'), 'fa')).toMatchObject({ summary: 'Something new', translated: false });
  });

  it('formats call durations', () => {
    expect(formatCallDuration(65, 'en')).toBe('01:05');
    expect(formatCallDuration(3725, 'en')).toBe('1:02:05');
    expect(formatCallDuration(65, 'fa')).toBe('۰۱:۰۵');
  });
  it('sales steps in the reader\'s language: numbers from data (else the summary), source, method and payment status', () => {
    const created = item('ORDER', 'Pro-forma #12 created', { step: 'proforma_created', number: 12, source: 'CLUB', total: 1_000_000 });
    expect(timelineItemText(created, tr('fa'), 'fa')).toEqual({ summary: 'پیش‌فاکتور شماره‌ی ۱۲ صادر شد', body: null, details: ['منبع: باشگاه مشتریان'], translated: true });
    expect(timelineItemText(created, tr('en'), 'en')).toMatchObject({ summary: 'Pro-forma #12 created', details: ['Source: Customer club'] });
    expect(timelineItemText(item('ORDER', 'Pro-forma #12 confirmed', { step: 'proforma_confirmed', number: 12 }), tr('fa'), 'fa').summary).toBe('پیش‌فاکتور شماره‌ی ۱۲ تأیید شد و کالاها رزرو شد');
    const placed = item('ORDER', 'Pro-forma #13 placed and confirmed', { step: 'proforma_placed', number: 13, source: 'CLUB' });
    expect(timelineItemText(placed, tr('fa'), 'fa')).toMatchObject({ summary: 'سفارش ثبت شد: پیش‌فاکتور شماره‌ی ۱۳ تأیید و کالاها رزرو شد', details: ['منبع: باشگاه مشتریان'] });
    expect(timelineItemText(placed, tr('en'), 'en')).toMatchObject({ summary: 'Order placed: pro-forma #13 confirmed, items reserved', details: ['Source: Customer club'] });
    expect(timelineItemText(item('INVOICE', 'Invoice 1405/000001 issued', { step: 'invoice_issued', number: '1405/000001' }), tr('fa'), 'fa').summary).toBe('فاکتور ۱۴۰۵/۰۰۰۰۰۱ صادر شد');
    // The payment's data has no number: it comes from the summary.
    const paid = item('INVOICE', 'Payment on invoice 1405/000001', { step: 'payment_recorded', amount: 500_000, method: 'CASH', paymentStatus: 'PAID' });
    expect(timelineItemText(paid, tr('fa'), 'fa')).toMatchObject({ summary: 'پرداخت فاکتور ۱۴۰۵/۰۰۰۰۰۱ ثبت شد', details: ['نقدی', 'تسویه‌شده'] });
    expect(timelineItemText(item('ORDER', 'Order delivered (warehouse issue #3)', { step: 'delivered', number: 3 }), tr('fa'), 'fa').summary).toBe('سفارش تحویل شد (حواله‌ی ۳)');
    expect(timelineItemText(item('ORDER', 'Order completed (paid and delivered)', { step: 'order_completed' }), tr('fa'), 'fa').summary).toBe('سفارش کامل شد (پرداخت و تحویل)');
    const returned = item('ORDER', 'Return R-1 of purchase WC-1 at woocommerce', { step: 'external_return', externalOrderId: 'WC-1', externalReturnId: 'R-1', source: 'woocommerce', amount: 1_000_000, pointsReversed: 10 });
    expect(timelineItemText(returned, tr('fa'), 'fa')).toMatchObject({ summary: `مرجوعی ${isolate('R-1')} از خرید ${isolate('WC-1')} در ${isolate('woocommerce')}`, details: ['۱۰ امتیاز پس گرفته شد'] });
    expect(timelineItemText(returned, tr('en'), 'en').details).toEqual(['10 points taken back']);
    // Unknown steps, and items without a number, are shown as written.
    expect(timelineItemText(item('ORDER', 'Something else', { step: 'future_step' }), tr('fa'), 'fa')).toMatchObject({ summary: 'Something else', translated: false });
    expect(timelineItemText(item('INVOICE', 'Payment', { step: 'payment_recorded' }), tr('fa'), 'fa')).toMatchObject({ summary: 'Payment', translated: false });
  });

  it('ticket and opportunity steps: the subject and titles as written, stage names in the reader\'s language', () => {
    const opened = item('TICKET', 'Ticket #7 opened: خرابی دستگاه', { step: 'created', number: 7 });
    expect(timelineItemText(opened, tr('fa'), 'fa').summary).toBe(`تیکت ۷ باز شد: ${isolate('خرابی دستگاه')}`);
    expect(timelineItemText(item('TICKET', 'Ticket #7 rated 4/5', { step: 'rated', number: 7, score: 4 }), tr('fa'), 'fa').summary).toBe('رضایت از تیکت ۷: ۴ از ۵');
    expect(timelineItemText(item('TICKET', 'Customer wrote on ticket #7', { step: 'customer_message', number: 7 }, { body: 'هنوز درست نشده' }), tr('en'), 'en'))
      .toMatchObject({ summary: 'The customer wrote on ticket #7', body: 'هنوز درست نشده' });
    const stage = (nameFa: string, nameEn: string) => ({ id: nameEn, nameFa, nameEn });
    const moved = item('OPPORTUNITY', 'Opportunity “x”: Lead → Proposal', { step: 'moved', title: 'قرارداد سالانه', from: stage('سرنخ', 'Lead'), stage: stage('پیشنهاد', 'Proposal') });
    expect(timelineItemText(moved, tr('fa'), 'fa').summary).toBe(`فرصت «${isolate('قرارداد سالانه')}»: ${isolate('سرنخ')} ← ${isolate('پیشنهاد')}`);
    expect(timelineItemText(moved, tr('en'), 'en').summary).toBe(`Opportunity “${isolate('قرارداد سالانه')}”: ${isolate('Lead')} → ${isolate('Proposal')}`);
  });
});
