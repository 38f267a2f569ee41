import type { Browser } from 'playwright-core';
import { clubCodeFromSms } from '../../api/test/utils/club-member';
import type { SmsGateway } from '../../api/test/utils/sms-gateway';
import type { TestApp } from '../../api/test/utils/test-app';
import { documentDir } from '../../dashboard/test/utils/browser';
import { clubPage, joinThroughUi, staffCall, startClubHarness, type ClubHarness } from './utils';

/** A customer joins the demo club with an SMS code (read from the loopback gateway) and uses the member panel. */
describe('club member panel (browser)', () => {
  let h: ClubHarness;
  let app: TestApp;
  let sms: SmsGateway;
  let browser: Browser;
  let staff: string;

  beforeAll(async () => {
    h = await startClubHarness();
    ({ app, sms, browser, staff } = h);
    await staffCall(app, staff, `mutation($input: SaveClubNewsInput!) { saveClubNews(input: $input) { id } }`, {
      input: {
        title: 'جشنواره‌ی پاییزه', body: 'تا پایان آذر، با هر خرید امتیاز دوبرابر بگیرید.', points: 7, published: true,
        titleEn: 'Autumn festival', bodyEn: 'Double points on every purchase until the end of Azar.',
      },
    });
    await staffCall(app, staff, `mutation($input: SaveClubNewsInput!) { saveClubNews(input: $input) { id } }`, {
      input: { title: 'ساعت کاری تازه', body: 'از شنبه تا ساعت ۲۲ باز هستیم.', points: 0, published: true },
    });
    await staffCall(app, staff, `mutation($input: SaveRewardInput!) { saveReward(input: $input) { id } }`, {
      input: { kind: 'VOUCHER', name: 'تخفیف ۱۰ درصدی', pointsCost: 20, voucherKind: 'PERCENT', voucherValue: 1000 },
    });
  });

  afterAll(async () => {
    await h?.close();
  });

  const contactIdOf = async (search: string) =>
    (await staffCall(app, staff, `query($s: String) { clubMembers(first: 5, search: $s) { edges { node { contactId } } } }`, { s: search })).clubMembers.edges[0].node
      .contactId as string;

  it('joins with a mobile typed in Persian digits and the SMS code, then sees points, tier and news in the panel', async () => {
    const { page, context, errors } = await clubPage(browser, app.url);
    try {
      await joinThroughUi(page, sms, { phoneFa: '۰۹۱۲ ۷۷۷ ۶۶۵۵', e164: '+989127776655', firstName: 'مریم' });
      await page.waitForURL('**/club/demo/me');
      await page.getByTestId('panel-greeting').filter({ hasText: 'مریم' }).waitFor();
      expect(await documentDir(page)).toBe('rtl');
      await page.getByTestId('points-balance').filter({ hasText: /^۰$/ }).waitFor();
      await page.getByTestId('tier-card').waitFor();

      // Staff give points in the CRM; the member sees them (Persian digits) after a reload, which resumes the session.
      const contactId = await contactIdOf('مریم');
      await staffCall(app, staff, `mutation($input: AdjustPointsInput!) { adjustPoints(input: $input) { balance } }`, {
        input: { contactId, delta: 20, reason: 'هدیه‌ی عضویت' },
      });
      await page.reload();
      await page.getByTestId('panel-greeting').waitFor();
      await page.getByTestId('points-badge').filter({ hasText: /^۲۰$/ }).waitFor();

      // Reading a news item earns its points once; the header balance follows at once.
      await page.getByTestId('panel-tab-news').click();
      const item = page.getByTestId('news-item').filter({ hasText: 'جشنواره‌ی پاییزه' });
      await item.getByTestId('news-points').filter({ hasText: '۷' }).waitFor();
      await item.getByTestId('news-open').click();
      await page.getByTestId('points-badge').filter({ hasText: /^۲۷$/ }).waitFor();
      await item.getByTestId('news-points').filter({ hasText: 'امتیازش را گرفتید' }).waitFor();

      // The history lists both entries, newest first, with signed Persian amounts.
      await page.getByTestId('panel-tab-points').click();
      const entries = page.getByTestId('points-entry');
      await entries.first().getByTestId('points-delta').filter({ hasText: '+۷' }).waitFor();
      expect(await entries.count()).toBe(2);
      expect(await entries.nth(1).textContent()).toContain('هدیه‌ی عضویت');

      // 20 of the 27 points buy a 10% voucher; a reward the balance cannot cover stays disabled.
      const reward = page.getByTestId('reward').filter({ hasText: 'تخفیف ۱۰ درصدی' });
      await reward.getByTestId('redeem').click();
      await page.getByTestId('points-badge').filter({ hasText: /^۷$/ }).waitFor();
      expect(await reward.getByTestId('redeem').isDisabled()).toBe(true);
      await page.getByTestId('panel-tab-vouchers').click();
      const voucher = page.getByTestId('voucher').filter({ hasText: '۱۰٪' });
      await voucher.getByTestId('voucher-code').waitFor();
      expect((await voucher.getByTestId('voucher-code').textContent())?.trim()).not.toBe('');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('reads the news in English: the English text where staff wrote it, else the Persian', async () => {
    const { page, context, errors } = await clubPage(browser, app.url, { lang: 'en', mobile: false });
    try {
      await joinThroughUi(page, sms, { phoneFa: '09127771122', e164: '+989127771122', firstName: 'Leila' });
      await page.waitForURL('**/club/demo/me');
      await page.getByTestId('panel-tab-news').click();
      const english = page.getByTestId('news-item').filter({ has: page.getByTestId('news-title').filter({ hasText: /^Autumn festival$/ }) });
      await english.getByTestId('news-body').filter({ hasText: 'Double points on every purchase until the end of Azar.' }).waitFor();
      expect(await english.getByTestId('news-title').getAttribute('lang')).toBe('en');
      expect(await english.textContent()).not.toContain('جشنواره');
      const persian = page.getByTestId('news-item').filter({ has: page.getByTestId('news-title').filter({ hasText: /^ساعت کاری تازه$/ }) });
      await persian.getByTestId('news-body').filter({ hasText: 'از شنبه تا ساعت ۲۲ باز هستیم.' }).waitFor();
      expect(await persian.getByTestId('news-title').getAttribute('lang')).toBe('fa');

      // Back in Persian, the same item is Persian.
      await page.getByTestId('language-switch').getByText('فارسی').click();
      await page.getByTestId('news-title').filter({ hasText: /^جشنواره‌ی پاییزه$/ }).waitFor();
      expect(await page.getByTestId('news-title').filter({ hasText: 'Autumn festival' }).count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a wrong code is refused on the code field and the right one still signs in; signing out ends the session', async () => {
    const { page, context } = await clubPage(browser, app.url, { lang: 'en', mobile: false });
    try {
      await page.goto('/club/demo/me');
      await page.waitForURL('**/club/demo/login?redirect=*');
      await page.getByTestId('phone-input').fill('+98 912 555 4433');
      const mark = sms.sent.length;
      await page.getByTestId('send-code').click();
      await page.getByTestId('code-step').waitFor();
      // A new number is asked for a name; the countdown holds the resend back.
      await page.getByTestId('join-fields').waitFor();
      await page.getByTestId('resend-countdown').waitFor();
      const code = await clubCodeFromSms(sms, '+989125554433', mark);
      const wrong = code === '000000' ? '111111' : '000000';
      await page.getByTestId('code-input').fill(wrong.slice(0, code.length));
      await page.getByTestId('verify-code').click();
      await page.getByText('The code is wrong or has expired.').waitFor();
      await page.getByTestId('code-input').fill(code);
      await page.getByTestId('verify-code').click();
      await page.waitForURL('**/club/demo/me');
      await page.getByTestId('panel-greeting').filter({ hasText: 'Hello!' }).waitFor();

      await page.getByTestId('panel-tab-profile').click();
      await page.getByTestId('sign-out').click();
      await page.getByTestId('club-landing').waitFor();
      expect(await page.evaluate(() => window.localStorage.getItem('peyvand.club.demo.refreshToken'))).toBeNull();
      await page.goto('/club/demo/me');
      await page.getByTestId('phone-step').waitFor();
    } finally {
      await context.close();
    }
  });

  it('adds a family member with a Jalali birthday', async () => {
    const { page, context } = await clubPage(browser, app.url);
    try {
      await joinThroughUi(page, sms, { phoneFa: '09126665544', e164: '+989126665544', firstName: 'نسرین' });
      await page.waitForURL('**/club/demo/me');
      await page.getByTestId('panel-tab-family').click();
      await page.getByTestId('family-add').click();
      await page.getByTestId('family-name').fill('آرش');
      await page.getByTestId('date-day').fill('۵');
      await page.getByTestId('date-month').click();
      await page.getByRole('option', { name: 'آذر' }).click();
      await page.getByTestId('date-year').fill('1398');
      await page.getByTestId('family-save').click();
      const member = page.getByTestId('family-member').filter({ hasText: 'آرش' });
      await member.filter({ hasText: '۵ آذر ۱۳۹۸' }).waitFor();
      expect(await member.textContent()).toContain('فرزند');

      // My own yearly date (wedding anniversary by default), typed without a year.
      await page.getByTestId('my-date-add').click();
      const form = page.getByTestId('date-form');
      await form.getByTestId('date-day').fill('۲۰');
      await form.getByTestId('date-month').click();
      await page.getByRole('option', { name: 'اسفند' }).click();
      await form.getByTestId('date-save').click();
      await page.getByTestId('my-dates').getByTestId('important-date').filter({ hasText: '۲۰ اسفند' }).waitFor();
      expect(await page.getByTestId('my-dates').textContent()).toContain('سالگرد ازدواج');
    } finally {
      await context.close();
    }
  });
  it('a closed club says so instead of its pages', async () => {
    await staffCall(app, staff, `mutation($input: UpdateClubSettingsInput!) { updateClubSettings(input: $input) { enabled } }`, { input: { enabled: false } });
    const { page, context } = await clubPage(browser, app.url);
    try {
      await page.goto('/club/demo/store');
      await page.getByTestId('club-closed').waitFor();
      expect(await page.getByTestId('product-card').count()).toBe(0);
    } finally {
      await context.close();
      await staffCall(app, staff, `mutation($input: UpdateClubSettingsInput!) { updateClubSettings(input: $input) { enabled } }`, { input: { enabled: true } });
    }
  });

  it('a club whose membership starts with a purchase hides joining and tells a newcomer why', async () => {
    await staffCall(app, staff, `mutation($input: UpdateClubSettingsInput!) { updateClubSettings(input: $input) { approach } }`, { input: { approach: 'AFTER_PURCHASE' } });
    const { page, context } = await clubPage(browser, app.url);
    try {
      await page.goto('/club/demo');
      await page.getByTestId('club-login').waitFor();
      expect(await page.getByTestId('club-join').count()).toBe(0);
      await page.getByTestId('club-login').click();
      await page.getByTestId('phone-step').waitFor();
      expect(await page.getByTestId('to-join').count()).toBe(0);
      await page.getByTestId('phone-input').fill('09124443322');
      await page.getByTestId('send-code').click();
      await page.getByText('عضویت در این باشگاه با اولین خرید آغاز می‌شود.', { exact: false }).waitFor();
      expect(await page.getByTestId('code-step').count()).toBe(0);
    } finally {
      await context.close();
      await staffCall(app, staff, `mutation($input: UpdateClubSettingsInput!) { updateClubSettings(input: $input) { approach } }`, { input: { approach: 'BOTH' } });
    }
  });
  it('opens a ticket from the panel, follows it and replies', async () => {
    const { page, context } = await clubPage(browser, app.url, { lang: 'en', mobile: false });
    try {
      await joinThroughUi(page, sms, { phoneFa: '09123330011', e164: '+989123330011', firstName: 'Sima' });
      await page.waitForURL('**/club/demo/me');
      await page.getByTestId('panel-tab-tickets').click();
      await page.getByTestId('ticket-new').click();
      // Nothing typed: the form says what is missing and sends nothing.
      await page.getByTestId('ticket-submit').click();
      await page.getByText('Enter a subject.').waitFor();
      await page.getByTestId('ticket-subject').fill('Where is my order?');
      await page.getByTestId('ticket-body').fill('I ordered on Monday and have heard nothing since.');
      await page.getByTestId('ticket-submit').click();
      await page.getByTestId('ticket-page').waitFor();
      await page.getByTestId('ticket-message').filter({ hasText: 'I ordered on Monday' }).waitFor();
      await page.getByTestId('ticket-reply').fill('It was order number 1.');
      await page.getByTestId('ticket-send').click();
      await page.getByTestId('ticket-message').filter({ hasText: 'It was order number 1.' }).waitFor();
      expect(await page.getByTestId('ticket-message').count()).toBe(2);
      await page.getByText('Back to my requests').click();
      await page.getByTestId('ticket').first().waitFor();
      expect(await page.getByTestId('ticket').filter({ hasText: 'Where is my order?' }).count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  it('answers a survey in a form: a required question is asked for, the points land in the header, the item says it was answered', async () => {
    const survey = (await staffCall(app, staff, `mutation($input: SaveClubNewsInput!) { saveClubNews(input: $input) { id } }`, {
      input: {
        kind: 'SURVEY', title: 'نظرسنجی ارسال', body: 'دو پرسش کوتاه درباره‌ی ارسال', points: 12, published: true,
        questions: [
          { text: 'ارسال به موقع بود؟', type: 'SINGLE_CHOICE', required: true, options: [{ text: 'بله' }, { text: 'نه' }] },
          { text: 'پیشنهاد شما', type: 'TEXT', required: false },
        ],
      },
    })).saveClubNews.id as string;
    const { page, context, errors } = await clubPage(browser, app.url);
    try {
      await joinThroughUi(page, sms, { phoneFa: '09123330022', e164: '+989123330022', firstName: 'نرگس' });
      await page.waitForURL('**/club/demo/me');
      await page.getByTestId('panel-tab-news').click();
      const item = page.getByTestId('news-item').filter({ hasText: 'نظرسنجی ارسال' });
      await item.getByTestId('news-kind').filter({ hasText: 'نظرسنجی' }).waitFor();
      await item.getByTestId('news-points').filter({ hasText: '۱۲' }).waitFor();
      await item.getByTestId('news-participate').click();
      const form = page.getByTestId('participation-form');
      await form.getByTestId('participation-submit').click();
      await form.getByText('پاسخ این پرسش لازم است').waitFor();
      await form.getByLabel('بله').check();
      await form.getByTestId('question-text-answer').fill('بسته‌بندی بهتر');
      await form.getByTestId('participation-submit').click();
      await page.getByText('ممنون! ۱۲ امتیاز گرفتید.', { exact: false }).waitFor();
      await page.getByTestId('points-badge').filter({ hasText: /^۱۲$/ }).waitFor();
      await item.getByTestId('news-answered').filter({ hasText: 'پاسخ داده‌اید و ۱۲ امتیاز گرفتید' }).waitFor();
      expect(await item.getByTestId('news-participate').count()).toBe(0);
      await page.reload();
      await page.getByTestId('panel-tab-news').click();
      await page.getByTestId('news-item').filter({ hasText: 'نظرسنجی ارسال' }).getByTestId('news-answered').waitFor();

      const results = (await staffCall(app, staff, `query($id: ID!) { clubNewsResults(id: $id) { respondents questions { options { option { text } count } texts } } }`, { id: survey })).clubNewsResults;
      expect(results).toEqual({ respondents: 1, questions: [{ options: [{ option: { text: 'بله' }, count: 1 }, { option: { text: 'نه' }, count: 0 }], texts: [] }, { options: [], texts: ['بسته‌بندی بهتر'] }] });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
