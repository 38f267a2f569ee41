import i18next, { type i18n as I18n } from 'i18next';
import en from '@/locales/en.json';
import fa from '@/locales/fa.json';
import { eventDetailText, fieldMessageText, isolate, statusReasonText, type Translate } from './server-text';

/** The API's reason codes and validation messages with the real fa and en resources. */
describe('messaging server text', () => {
  let i18n: I18n;
  const tr = (lng: string): Translate => i18n.getFixedT(lng) as unknown as Translate;

  beforeAll(async () => {
    i18n = i18next.createInstance();
    await i18n.init({ resources: { fa: { translation: fa }, en: { translation: en } }, lng: 'fa', interpolation: { escapeValue: false }, showSupportNotice: false });
  });

  it('translates the outbox reasons, channel by channel', () => {
    expect(statusReasonText('no transport', 'SMS', tr('en'))).toEqual({ text: 'Not sent: no SMS provider is configured', translated: true });
    expect(statusReasonText('no transport', 'EMAIL', tr('en'))?.text).toBe('Not sent: no email server (SMTP) is configured');
    expect(statusReasonText('no transport', 'SMS', tr('fa'))?.text).toBe('ارسال نشد: هیچ سرویس پیامکی تنظیم نشده است');
    expect(statusReasonText('no SMS consent', 'SMS', tr('en'))?.text).toBe('The contact has not agreed to receive SMS');
    expect(statusReasonText('EMAIL consent withdrawn', 'EMAIL', tr('fa'))?.text).toBe('مخاطب رضایت دریافت ایمیل را پس گرفته است');
    expect(statusReasonText('on the suppression list: BOUNCED', 'EMAIL', tr('en'))?.text).toBe('On the do-not-contact list: Bounced');
    expect(statusReasonText('quiet hours', 'SMS', tr('en'))?.text).toBe('Waiting for quiet hours to end');
    expect(statusReasonText(null, 'SMS', tr('en'))).toBeNull();
  });

  it("keeps a provider's own words as they came", () => {
    expect(statusReasonText('HTTP 401 Unauthorized', 'SMS', tr('fa'))).toEqual({ text: 'HTTP 401 Unauthorized', translated: false });
    expect(eventDetailText('FAILED', 'connect ECONNREFUSED', 'SMS', tr('fa'))).toEqual({ text: 'connect ECONNREFUSED', translated: false });
  });

  it('translates the delivery history details it knows', () => {
    expect(eventDetailText('QUEUED', 'attempt 2 failed: HTTP 503', 'SMS', tr('en'))?.text).toBe(`Attempt 2 failed: ${isolate('HTTP 503')}`);
    expect(eventDetailText('SENT', '8791234', 'SMS', tr('en'))?.text).toBe(`Provider id: ${isolate('8791234')}`);
    expect(eventDetailText('NOT_SENT', 'no transport', 'SMS', tr('en'))?.text).toBe('Not sent: no SMS provider is configured');
    expect(eventDetailText('QUEUED', null, 'SMS', tr('en'))).toBeNull();
  });

  it('translates template validation messages, naming the variable', () => {
    expect(fieldMessageText('unknown variable {{contact.frstName}} (did you mean {{contact.firstName}}?)', tr('en'))).toBe(
      `Unknown variable ${isolate('{{contact.frstName}}')}. Did you mean ${isolate('{{contact.firstName}}')}?`,
    );
    expect(fieldMessageText('unknown variable {{nope}} (see templateVariables for the ones available)', tr('fa'))).toBe(
      `متغیر ناشناخته: ${isolate('{{nope}}')}. فقط متغیرهای فهرست «درج متغیر» را می‌توان به کار برد.`,
    );
    expect(fieldMessageText('"{{" is not closed with "}}" at line 2, column 5', tr('en'))).toBe(`${isolate('{{')} is not closed with ${isolate('}}')} (line 2, column 5)`);
    expect(fieldMessageText('"}}" without a matching "{{" at line 12, column 3', tr('fa'))).toBe(`${isolate('}}')} بدون ${isolate('{{')} آغازین (سطر ۱۲، ستون ۳)`);
    expect(fieldMessageText('is required for email', tr('en'))).toBe('An email needs a subject');
    expect(fieldMessageText('must be a valid email address', tr('fa'))).toBe('یک نشانی ایمیل معتبر وارد کنید');
    expect(fieldMessageText('something new the dashboard does not know', tr('fa'))).toBe('something new the dashboard does not know');
  });
});
