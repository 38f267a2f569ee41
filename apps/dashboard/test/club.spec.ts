import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { REQUEST_CLUB_CODE, VERIFY_CLUB_CODE } from '../../api/test/utils/club-member';
import { startSmsGateway, type SmsGateway } from '../../api/test/utils/sms-gateway';
import { startTestApp, type TestApp } from '../../api/test/utils/test-app';
import { documentDir, launchBrowser, newPage, type PageHandle } from './utils/browser';

/**
 * The customer club's back office end to end against the real API serving the BUILT dashboard (seeded demo workspace):
 * club and loyalty settings saved, a tier and a reward configured, club news with its English version, a contact
 * enrolled, points adjusted with a reason (a decrease below 0 refused by the API and shown on the field), the balance
 * and the timeline entry on the 360 page; a survey written in the news editor, answered by a member (API), and its
 * results.
 * Steps share one page and run in order. Screenshots of every club page and the 360 page (fa, en) go to SHOTS_DIR.
 */
const DEMO = { email: 'demo@peyvand.local', password: 'peyvand-demo-1234' };
const SHOTS_DIR = process.env.SHOTS_DIR ?? '/tmp/shots';

describe('customer club (browser)', () => {
  let app: TestApp;
  let sms: SmsGateway;
  let browser: Browser;
  let handle: PageHandle;
  let page: Page;
  let token: string;
  let contactId: string;
  const digits = String(Date.now()).slice(-6);
  const customer = `مریم صالحی ${digits}`;
  const tierName = `طلایی ${digits}`;
  const rewardName = `تخفیف ده درصدی ${digits}`;
  const newsTitle = `هفته‌ی امتیاز دوبرابر ${digits}`;
  const reason = `جبران تأخیر ارسال ${digits}`;

  async function gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
    return body.data as T;
  }

  beforeAll(async () => {
    // An SMS gateway on loopback: the survey step signs a member in to the club with the code it receives.
    sms = await startSmsGateway();
    app = await startTestApp({ serveWeb: true, seedDemo: true, env: { SMS_PROVIDER: 'kavenegar', SMS_KAVENEGAR_URL: sms.url, SMS_KAVENEGAR_API_KEY: 'k' } });
    token = (await gql<{ login: { accessToken: string } }>(`mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: DEMO })).login.accessToken;
    contactId = (await gql<{ createContact: { id: string } }>(`mutation ($input: CreateContactInput!) { createContact(input: $input) { id } }`, {
      input: { firstName: customer, phones: [{ number: `0912${digits}7` }] },
    })).createContact.id;
    browser = await launchBrowser();
    handle = await newPage(browser, app.url);
    page = handle.page;
  });

  afterAll(async () => {
    await handle?.context.close();
    await browser?.close();
    await app?.close();
    await sms?.close();
  });

  const tab = async (key: string, testId: string) => {
    await page.getByTestId(`club-tab-${key}`).click();
    await page.getByTestId(testId).waitFor();
  };

  it('opens the club from the nav, in Persian', async () => {
    await page.goto('/login');
    await page.getByTestId('login-email').fill(DEMO.email);
    await page.getByTestId('login-password').fill(DEMO.password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('workspace-name').waitFor();
    await page.getByTestId('nav-club').click();
    await page.getByTestId('club-members').waitFor();
    expect(await documentDir(page)).toBe('rtl');
    expect(new URL(page.url()).pathname).toBe('/customer-club/members');
  });

  it('saves the club settings: approach, after-sales panel and branding, with the public address to copy', async () => {
    await tab('settings', 'club-settings-form');
    expect(await page.getByTestId('club-url').innerText()).toMatch(/\/club\/[a-z0-9-]+$/);
    await page.getByTestId('club-approach-OPEN').click();
    await page.getByTestId('club-after-sales').click({ force: true });
    await page.getByTestId('club-name-fa').fill(`باشگاه پیوند ${digits}`);
    await page.getByTestId('club-color').fill('#7c3aed');
    expect(await page.getByTestId('club-preview').innerText()).toContain(`باشگاه پیوند ${digits}`);
    await page.getByTestId('club-settings-save').click();
    await page.getByText('تنظیمات باشگاه ذخیره شد').waitFor();
    const { clubSettings } = await gql(`{ clubSettings { approach afterSalesPanel displayNameFa primaryColor } }`);
    expect(clubSettings).toEqual({ approach: 'OPEN', afterSalesPanel: false, displayNameFa: `باشگاه پیوند ${digits}`, primaryColor: '#7c3aed' });
    // A logo address the API would refuse is stopped on the field.
    await page.getByTestId('club-logo').fill('javascript:alert(1)');
    await page.getByTestId('club-settings-save').click();
    await page.getByText('نشانی‌ای که با https:// شروع شود').waitFor();
    await page.reload();
    await page.getByTestId('club-settings-form').waitFor();
    expect(await page.getByTestId('club-name-fa').inputValue()).toBe(`باشگاه پیوند ${digits}`);
  });

  it('saves the earning rules: call points and a daily cap on SMS', async () => {
    await tab('loyalty', 'loyalty-settings-form');
    await page.getByTestId('loyalty-callPoints').fill('3');
    await page.getByTestId('loyalty-caps.SMS').fill('4');
    await page.getByTestId('loyalty-save').click();
    await page.getByText('قواعد امتیاز ذخیره شد').waitFor();
    const { loyaltySettings } = await gql(`{ loyaltySettings { callPoints dailyCaps { source points } } }`);
    expect(loyaltySettings.callPoints).toBe(3);
    expect(loyaltySettings.dailyCaps).toContainEqual({ source: 'SMS', points: 4 });
  });

  it('configures a tier with a multiplier and free shipping', async () => {
    await tab('tiers', 'club-tiers');
    await page.getByTestId('tier-new').click();
    const form = page.getByTestId('tier-form');
    await form.getByTestId('tier-name').fill(tierName);
    await form.getByTestId('tier-code').fill('gold');
    await form.getByTestId('tier-threshold').fill('500');
    await form.getByTestId('tier-multiplier').fill('150');
    await form.getByTestId('tier-free-shipping').click({ force: true });
    await form.getByTestId('tier-submit').click();
    await form.waitFor({ state: 'detached' });
    const row = page.locator('[data-testid="tier-row"][data-code="GOLD"]');
    const text = await row.innerText();
    expect(text).toContain(tierName);
    expect(text).toContain('۵۰۰');
    expect(text).toContain('\u2066×۱٫۵\u2069');
    expect(text).toContain('ارسال رایگان');
  });

  it('configures a reward: a 10% voucher for 50 points', async () => {
    await tab('rewards', 'club-rewards');
    await page.getByTestId('reward-new').click();
    const form = page.getByTestId('reward-form');
    await form.getByTestId('reward-name').fill(rewardName);
    await form.getByTestId('reward-points').fill('50');
    await form.getByTestId('reward-value').fill('10');
    await form.getByTestId('reward-submit').click();
    await form.waitFor({ state: 'detached' });
    const text = await page.locator('[data-testid="reward-row"]').filter({ hasText: rewardName }).innerText();
    expect(text).toContain('۵۰ امتیاز');
    expect(text).toContain('۱۰٪');
    const { rewards } = await gql(`{ rewards(first: 100) { edges { node { name pointsCost voucherKind voucherValue } } } }`);
    expect(rewards.edges.map((e: any) => e.node)).toContainEqual({ name: rewardName, pointsCost: 50, voucherKind: 'PERCENT', voucherValue: 1000 });
  });

  it('publishes club news with an English version: an English title alone is refused on the English text field', async () => {
    await tab('news', 'club-news');
    await page.getByTestId('news-new').click();
    const form = page.getByTestId('news-form');
    await form.getByTestId('news-title').fill(newsTitle);
    await form.getByTestId('news-body').fill('تا پایان هفته، هر خرید دو برابر امتیاز دارد.');
    await form.getByTestId('news-title-en').fill('Double points week');
    await form.getByTestId('news-published').check();
    await form.getByTestId('news-submit').click();
    await form.getByText('متن انگلیسی را هم بنویسید، یا عنوان انگلیسی را خالی بگذارید').waitFor();
    await form.getByTestId('news-body-en').fill('Every purchase earns double points until the end of the week.');
    await form.getByTestId('news-submit').click();
    await form.waitFor({ state: 'detached' });
    await page.getByTestId('news-row').filter({ hasText: newsTitle }).getByTestId('news-has-english').waitFor();
    const { clubNewsItems } = await gql(`{ clubNewsItems(first: 100) { edges { node { title titleEn bodyEn publishedAt } } } }`);
    expect(clubNewsItems.edges.map((e: any) => e.node)).toContainEqual({
      title: newsTitle, titleEn: 'Double points week', bodyEn: 'Every purchase earns double points until the end of the week.', publishedAt: expect.any(String),
    });
  });

  it('enrols a contact from the members list', async () => {
    await tab('members', 'club-members');
    await page.getByTestId('member-enroll').click();
    await page.getByTestId('contact-picker').fill(customer);
    await page.getByRole('option', { name: customer }).click();
    await page.getByTestId('enroll-submit').click();
    await page.getByTestId('members-search').fill(customer);
    const row = page.locator(`[data-testid="member-row"][data-contact-id="${contactId}"]`);
    await row.waitFor();
    expect(await row.getByTestId('member-status').innerText()).toBe('فعال');
    expect(await row.innerText()).toContain('افزوده‌شده توسط کارکنان');
    await row.getByTestId('member-balance').filter({ hasText: '۰ امتیاز' }).waitFor();
  });

  it('adjusts points on the 360 page: below 0 is refused on the field, then +120 with a reason', async () => {
    await page.locator(`[data-testid="member-row"][data-contact-id="${contactId}"]`).getByRole('link', { name: customer }).click();
    const panel = page.getByTestId('contact-club');
    await panel.getByTestId('club-membership').waitFor();
    expect(await panel.getByTestId('club-balance').innerText()).toBe('۰');
    await panel.getByTestId('club-adjust').click();
    const form = page.getByTestId('adjust-form');
    // A reason is required before anything is sent.
    await form.getByTestId('adjust-delta').fill('-5');
    await form.getByTestId('adjust-submit').click();
    await form.getByText('بنویسید چرا امتیاز اصلاح می‌شود').waitFor();
    await form.getByTestId('adjust-reason').fill(reason);
    await form.getByTestId('adjust-submit').click();
    await form.getByText('موجودی از صفر کمتر می‌شود (موجودی کنونی ۰ است).').waitFor();
    await form.getByTestId('adjust-delta').fill('120');
    await form.getByTestId('adjust-submit').click();
    await form.waitFor({ state: 'detached' });
    await panel.getByTestId('club-balance').filter({ hasText: '۱۲۰' }).waitFor();
    const ledger = await panel.getByTestId('club-ledger').innerText();
    expect(ledger).toContain('\u2066+۱۲۰\u2069');
    expect(ledger).toContain(reason);
    // The timeline shows the adjustment (POINTS) with its reason, and the enrolment (CLUB), in Persian.
    const points = page.locator('[data-testid="timeline-item"][data-kind="POINTS"]').filter({ hasText: reason });
    await points.waitFor();
    expect(await points.getByTestId('timeline-summary').innerText()).toBe('\u2066+۱۲۰\u2069 امتیاز (اصلاح)');
    const joined = page.locator('[data-testid="timeline-item"][data-kind="CLUB"]');
    expect(await joined.getByTestId('timeline-summary').innerText()).toBe('در باشگاه عضو شد');
    // The ledger says who adjusted (the demo owner), and the dialog's one submission that went through used one idempotency key.
    const { viewer } = await gql(`{ viewer { user { fullName } } }`);
    expect(await panel.getByTestId('club-ledger-actor').first().innerText()).toBe(`توسط \u2068${viewer.user.fullName}\u2069`);
    const { contactLoyalty } = await gql(`query ($id: ID!) { contactLoyalty(contactId: $id) { balance entries(first: 10) { totalCount } } }`, { id: contactId });
    expect(contactLoyalty).toEqual({ balance: 120, entries: { totalCount: 1 } });
    const keys = await app.app.get(DataSource).query(`SELECT key FROM idempotency_keys WHERE operation = 'adjustPoints' AND response::text LIKE $1`, [`%${reason}%`]);
    expect(keys).toHaveLength(1);
    expect(keys[0].key).toMatch(/^adjustPoints:dashboard:adjust:/);
  });

  it('blocks and unblocks the member', async () => {
    await page.goto('/customer-club/members');
    await page.getByTestId('members-search').fill(customer);
    const row = page.locator(`[data-testid="member-row"][data-contact-id="${contactId}"]`);
    await row.getByTestId('member-block').click();
    await page.getByTestId('block-reason').fill('سوءاستفاده از کد تخفیف');
    await page.getByTestId('block-submit').click();
    await row.getByTestId('member-status').filter({ hasText: 'مسدود' }).waitFor();
    await row.getByTestId('member-balance').filter({ hasText: '۱۲۰ امتیاز' }).waitFor();
    await page.getByTestId('members-status').getByText('مسدود').click();
    await row.waitFor();
    await page.getByTestId('members-status').getByText('فعال').click();
    await row.waitFor({ state: 'detached' });
    await page.getByTestId('members-status').getByText('همه').click();
    await row.getByTestId('member-unblock').click();
    await row.getByTestId('member-status').filter({ hasText: 'فعال' }).waitFor();
  });

  it('filters the members list by tier and by how they joined, each row with its own balance and tier', async () => {
    const { clubMembers } = await gql(`{ clubMembers(first: 100) { edges { node { contactId balance tier { id name } } } } }`);
    const tiered = clubMembers.edges.map((e: any) => e.node).find((m: any) => m.tier);
    expect(tiered).toBeDefined();
    await page.goto('/customer-club/members');
    await page.getByTestId('members-tier').click();
    await page.getByRole('option', { name: tiered.tier.name, exact: true }).click();
    const tieredRow = page.locator(`[data-testid="member-row"][data-contact-id="${tiered.contactId}"]`);
    await tieredRow.waitFor();
    expect(await tieredRow.getByTestId('member-tier').innerText()).toBe(tiered.tier.name);
    const tierBadges = await page.getByTestId('member-tier').allInnerTexts();
    expect(tierBadges.length).toBeGreaterThan(0);
    expect(new Set(tierBadges)).toEqual(new Set([tiered.tier.name]));
    await page.goto('/customer-club/members');
    await page.getByTestId('members-search').fill(customer);
    const row = page.locator(`[data-testid="member-row"][data-contact-id="${contactId}"]`);
    await row.getByTestId('member-balance').filter({ hasText: '۱۲۰ امتیاز' }).waitFor();
    await page.getByTestId('members-joined-via').click();
    await page.getByRole('option', { name: 'فروشگاه اینترنتی' }).click();
    await row.waitFor({ state: 'detached' });
    await page.getByTestId('members-joined-via').click();
    await page.getByRole('option', { name: 'افزوده‌شده توسط کارکنان' }).click();
    await row.waitFor();
  });

  it('writes a survey in the news editor (a choice question without options refused on the field), a member answers it, the list counts the answer and the results show it', async () => {
    const surveyTitle = `نظرسنجی رضایت ${digits}`;
    await tab('news', 'club-news');
    await page.getByTestId('news-new').click();
    const form = page.getByTestId('news-form');
    await form.getByTestId('news-kind').getByText('نظرسنجی').click();
    await form.getByTestId('news-title').fill(surveyTitle);
    await form.getByTestId('news-published').check();
    const question = form.getByTestId('survey-question');
    await question.first().getByTestId('question-text').fill('از خرید راضی بودید؟');
    await question.first().getByTestId('option-text').nth(0).fill('بله');
    await form.getByTestId('news-submit').click();
    await question.first().getByText('پر کردن این فیلد الزامی است').waitFor();
    await question.first().getByTestId('option-text').nth(1).fill('خیر');
    await form.getByTestId('question-add').click();
    await question.nth(1).getByTestId('question-text').fill('پیشنهاد شما');
    await question.nth(1).getByTestId('question-type').click();
    await page.getByRole('option', { name: 'متن آزاد' }).click();
    await form.getByTestId('news-submit').click();
    await form.waitFor({ state: 'detached' });
    const row = page.getByTestId('news-row').filter({ hasText: surveyTitle });
    await row.getByTestId('news-kind-badge').filter({ hasText: 'نظرسنجی' }).waitFor();
    await row.getByTestId('news-response-count').filter({ hasText: /^۰$/ }).waitFor();

    // A member answers in the club (through the API here; the club's own browser test fills the form).
    // The club's name carries `digits` since the settings step, so the code is the other number in the SMS.
    const phone = `0935${digits}1`;
    const mark = sms.sent.length;
    const requested = await gql(REQUEST_CLUB_CODE, { input: { slug: 'demo', phone, purpose: 'LOGIN' } });
    const receptor = requested.requestClubCode.phone.replace(/^\+/, '');
    let code: string | undefined;
    while (!code) {
      const text = sms.sent.slice(mark).find((m) => m.receptor === receptor)?.message ?? '';
      code = (text.match(/\b\d{5,6}\b/g) ?? []).find((n) => n !== digits);
      if (!code) await new Promise((r) => setTimeout(r, 50));
    }
    const member = (await gql(VERIFY_CLUB_CODE, { input: { slug: 'demo', phone, code, firstName: `سارا ${digits}` } })).verifyClubCode.accessToken as string;
    const items = await fetch(`${app.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${member}` },
      body: JSON.stringify({ query: `{ clubNews { id title questions { id options { id text } } } }` }),
    }).then((r) => r.json());
    const survey = items.data.clubNews.find((n: any) => n.title === surveyTitle);
    const [q1, q2] = survey.questions;
    const answered = await fetch(`${app.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${member}` },
      body: JSON.stringify({
        query: `mutation($input: ParticipateInClubNewsInput!) { participateInClubNews(input: $input) { pointsAwarded } }`,
        variables: { input: { newsId: survey.id, answers: [{ questionId: q1.id, optionIds: [q1.options[0].id] }, { questionId: q2.id, text: 'ارسال سریع‌تر' }] } },
      }),
    }).then((r) => r.json());
    expect(answered.errors).toBeUndefined();

    await page.reload();
    await page.getByTestId('club-news').waitFor();
    await row.getByTestId('news-response-count').filter({ hasText: /^۱$/ }).waitFor();
    await row.getByTestId('news-results-open').click();
    const results = page.getByTestId('news-results');
    await results.getByTestId('results-respondents').filter({ hasText: '۱ نفر پاسخ داده‌اند' }).waitFor();
    expect(await results.locator('[data-testid="results-option"][data-option="بله"]').getAttribute('data-count')).toBe('1');
    expect(await results.locator('[data-testid="results-option"][data-option="خیر"]').getAttribute('data-count')).toBe('0');
    await results.getByTestId('results-text').filter({ hasText: 'ارسال سریع‌تر' }).waitFor();
    await results.getByTestId('results-entrant').filter({ hasText: `سارا ${digits}` }).waitFor();
    await page.keyboard.press('Escape');
    await results.waitFor({ state: 'detached' });
  });

  it('takes screenshots of the club pages and the 360 page (fa, en)', async () => {
    mkdirSync(SHOTS_DIR, { recursive: true });
    const pages: Array<[string, string, string]> = [
      ['members', '/customer-club/members', 'member-balance'],
      ['loyalty', '/customer-club/loyalty', 'loyalty-settings-form'],
      ['tiers', '/customer-club/tiers', 'tier-row'],
      ['rewards', '/customer-club/rewards', 'reward-row'],
      ['news', '/customer-club/news', 'club-news'],
      ['settings', '/customer-club/settings', 'club-preview'],
      ['contact', `/contacts/${contactId}`, 'club-ledger'],
    ];
    for (const lang of ['fa', 'en']) {
      await page.evaluate((l) => localStorage.setItem('peyvand.locale', l), lang);
      for (const [name, path, ready] of pages) {
        await page.goto(path);
        await page.getByTestId(ready).first().waitFor();
        await page.screenshot({ path: join(SHOTS_DIR, `club-${name}-${lang}.png`), fullPage: name !== 'contact' });
        const modal: Record<string, [string, string]> = { tiers: ['tier-new', 'tier-form'], rewards: ['reward-new', 'reward-form'], news: ['news-new', 'news-form'], contact: ['club-adjust', 'adjust-form'] };
        if (modal[name]) {
          await page.getByTestId(modal[name][0]).click();
          await page.getByTestId(modal[name][1]).waitFor();
          await page.screenshot({ path: join(SHOTS_DIR, `club-${name}-modal-${lang}.png`) });
          await page.keyboard.press('Escape');
          await page.getByTestId(modal[name][1]).waitFor({ state: 'detached' });
        }
        if (name === 'contact') {
          await page.getByTestId('contact-club').scrollIntoViewIfNeeded();
          await page.screenshot({ path: join(SHOTS_DIR, `club-contact-panel-${lang}.png`) });
        }
      }
      expect(await documentDir(page)).toBe(lang === 'fa' ? 'rtl' : 'ltr');
    }
    await page.evaluate(() => localStorage.setItem('peyvand.locale', 'fa'));
    expect(handle.errors.filter((e) => !e.includes('401'))).toEqual([]);
  });
});
