import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startTestApp } from '../../api/test/utils/test-app';
import { launchBrowser, newPage, type PageHandle } from './utils/browser';

/**
 * The messaging pages end to end, against the real API serving the BUILT dashboard (seeded demo workspace, no SMTP
 * server and no SMS provider: the embedded default). Steps share one browser context and run in order.
 *
 * With SHOTS_DIR set, the last step also saves screenshots of the outbox, the template editor and the channel
 * settings in Persian and English (e.g. `SHOTS_DIR=/tmp/shots npx jest --selectProjects browser --testPathPatterns messaging`).
 */
const DEMO = { email: 'demo@peyvand.local', password: 'peyvand-demo-1234' };
const SECRET = `kv-secret-${Date.now().toString(36)}`;
const NO_SMS_PROVIDER_FA = 'ارسال نشد: هیچ سرویس پیامکی تنظیم نشده است';
/** A Jalali date as the API renders it in fa: "۱۲ مهر ۱۴۰۴". */
const JALALI_FA = /[۰-۹]{1,2} [\u0600-\u06ff]+ ۱۴[۰-۹]{2}/;

describe('messaging (browser)', () => {
  let app: { url: string; close(): Promise<void> };
  let browser: Browser;
  let handle: PageHandle;
  let page: Page;
  let contactId: string;
  let templateUrl: string;
  /** Every GraphQL response body the page received (the secret must never be in one). */
  const responses: string[] = [];

  const digits = String(Date.now()).slice(-7);
  const contact = { firstName: 'نرگس', lastName: 'موسوی', fullName: 'نرگس موسوی', mobile: `0912${digits}` };

  async function gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
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
    app = await startTestApp({ serveWeb: true, seedDemo: true });
    const { login } = await gql<{ login: { accessToken: string } }>(
      `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`,
      { input: DEMO },
    );
    const { createContact } = await gql<{ createContact: { id: string } }>(
      `mutation ($input: CreateContactInput!) { createContact(input: $input) { id } }`,
      {
        input: {
          firstName: contact.firstName,
          lastName: contact.lastName,
          email: `narges.${digits}@example.ir`,
          phones: [{ number: contact.mobile }],
          birthDate: { calendar: 'JALALI', year: 1365, month: 4, day: 12 },
        },
      },
      login.accessToken,
    );
    contactId = createContact.id;

    browser = await launchBrowser();
    handle = await newPage(browser, app.url);
    page = handle.page;
    page.on('response', async (response) => {
      if (!response.url().endsWith('/graphql')) return;
      try {
        responses.push(await response.text());
      } catch {
        /* navigation away: the body is gone */
      }
    });
  });

  afterAll(async () => {
    await handle?.context.close();
    await browser?.close();
    await app?.close();
  });

  it('logs in to the demo workspace in Persian and finds the messages section', async () => {
    await page.goto('/login');
    await page.getByTestId('login-email').fill(DEMO.email);
    await page.getByTestId('login-password').fill(DEMO.password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('workspace-name').waitFor();
    await page.getByTestId('nav-messages').filter({ hasText: 'پیام‌ها' }).click();
    await page.getByTestId('outbox').waitFor();
    await page.getByTestId('messaging-tab-settings').waitFor();
  });

  it('sends an SMS from the contact page; the counter shows 2 parts for 71 Persian characters', async () => {
    await page.goto(`/contacts/${contactId}`);
    await page.getByTestId('contact-messages-empty').waitFor();
    await page.getByTestId('send-message-button').click();
    const form = page.getByTestId('send-message-form');
    await form.waitFor();

    const counter = form.getByTestId('sms-counter');
    await form.getByTestId('send-body').fill('س'.repeat(70));
    expect(await counter.getAttribute('data-parts')).toBe('1');
    await form.getByTestId('send-body').fill('س'.repeat(71));
    expect(await counter.getAttribute('data-parts')).toBe('2');
    expect(await counter.getAttribute('data-encoding')).toBe('UCS2');
    expect(await counter.getByTestId('sms-counter-parts').textContent()).toBe('۲ بخش');
    await counter.getByText('۶۳ نویسه تا پایان این بخش').waitFor();

    await form.getByTestId('send-submit').click();
    await form.waitFor({ state: 'detached' });
    // Delivered by the outbox worker: with no SMS provider it is kept as "not sent", never shown as sent.
    const row = page.getByTestId('contact-messages').locator('[data-testid="message-row"][data-status="NOT_SENT"]');
    await row.waitFor({ timeout: 20_000 });
    await row.getByText(NO_SMS_PROVIDER_FA).waitFor();
  });

  it('shows the NOT_SENT message in the outbox with its reason, a link to the settings and the delivery history', async () => {
    await page.getByTestId('nav-messages').click();
    const row = page.getByTestId('outbox').locator('[data-testid="message-row"][data-status="NOT_SENT"]').first();
    await row.waitFor();
    expect(await row.getAttribute('data-channel')).toBe('SMS');
    expect((await row.getByTestId('message-status').textContent())?.trim()).toBe('ارسال‌نشده');
    expect((await row.getByTestId('message-status-reason').textContent())?.trim()).toBe(NO_SMS_PROVIDER_FA);
    // The recipient in a left-to-right island, the contact's name linking to its page.
    expect(await row.getByTestId('phone-text').getAttribute('dir')).toBe('ltr');
    expect(await row.getByTestId('message-contact-link').getAttribute('href')).toBe(`/contacts/${contactId}`);
    // Said plainly above the list, with the way to fix it.
    expect(await page.getByTestId('no-transport-settings-link').first().getAttribute('href')).toBe('/messages/settings');

    await row.click();
    const detail = page.getByTestId('message-detail');
    await detail.waitFor();
    expect(await detail.getAttribute('data-status')).toBe('NOT_SENT');
    await detail.getByTestId('no-transport-notice').getByText(NO_SMS_PROVIDER_FA).waitFor();
    expect(await detail.getByTestId('message-body').textContent()).toBe('س'.repeat(71));
    const events = detail.getByTestId('message-event');
    expect(await events.count()).toBe(2);
    expect(await events.nth(0).getAttribute('data-status')).toBe('QUEUED');
    expect(await events.nth(1).getAttribute('data-status')).toBe('NOT_SENT');
    // Dates in the Jalali calendar with Persian digits.
    expect(await events.nth(1).locator('time').textContent()).toMatch(/۱۴[۰-۹]{2}/);
    expect(new URL(page.url()).searchParams.get('message')).toBeTruthy();
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'detached' });

    // Filtered by channel: no email was sent.
    await page.getByTestId('outbox-channel-filter').getByText('ایمیل').click();
    await page.getByTestId('outbox-empty').waitFor();
    await page.getByTestId('outbox-channel-filter').getByText('پیامک').click();
    await page.getByTestId('outbox').locator('[data-testid="message-row"]').first().waitFor();
  });

  it('template editor: an unknown variable is refused on the field; the live preview renders a Jalali date', async () => {
    await page.getByTestId('messaging-tab-templates').click();
    await page.locator('[data-testid="template-row"][data-key="birthday"][data-language="fa"]').waitFor();
    await page.getByTestId('template-new').click();
    const form = page.getByTestId('template-form');
    await form.waitFor();
    await form.getByTestId('template-name').fill('یادآوری');
    await form.getByTestId('template-key').fill(`reminder.${digits}`);
    await form.getByTestId('template-body').fill('سلام {{contact.frstName}}، امروز {{date.today}}');

    // The preview already says what is wrong…
    await page.getByTestId('preview-error').getByText('{{contact.frstName}}').waitFor();
    // …and saving puts the server's refusal on the body field, in Persian.
    await form.getByTestId('template-submit').click();
    const bodyError = form.locator('.mantine-Textarea-error');
    await bodyError.waitFor();
    expect(await bodyError.textContent()).toContain('متغیر ناشناخته');
    expect(await bodyError.textContent()).toContain('{{contact.frstName}}');
    expect(await bodyError.textContent()).toContain('{{contact.firstName}}');
    expect(new URL(page.url()).pathname).toBe('/messages/templates/new');

    // Fix it with the variable picker (inserted at the cursor) and preview for the contact chosen.
    await form.getByTestId('template-body').fill('سلام ، امروز {{date.today}}');
    await form.getByTestId('template-body').evaluate((el: HTMLTextAreaElement) => {
      el.focus();
      el.setSelectionRange(5, 5);
    });
    await form.getByTestId('variable-picker').click();
    await page.locator('[data-testid="variable-option"][data-name="contact.firstName"]').click();
    await page.waitForFunction(
      () => (document.querySelector('[data-testid="template-body"]') as HTMLTextAreaElement | null)?.value === 'سلام {{contact.firstName}}، امروز {{date.today}}',
    );
    await page.getByTestId('template-preview-card').getByTestId('contact-picker').fill(contact.lastName);
    await page.getByRole('option', { name: contact.fullName }).click();
    const preview = page.getByTestId('preview-text');
    await preview.filter({ hasText: `سلام ${contact.firstName}، امروز` }).waitFor();
    expect(await preview.textContent()).toMatch(JALALI_FA);
    expect(await page.getByTestId('preview-sms-parts').getAttribute('data-parts')).toBe('1');

    await form.getByTestId('template-submit').click();
    await page.waitForURL(/\/messages\/templates\/[0-9a-f-]{36}$/);
    templateUrl = new URL(page.url()).pathname;
    await page.getByTestId('template-form').waitFor();
    expect(await page.getByTestId('template-body').inputValue()).toBe('سلام {{contact.firstName}}، امروز {{date.today}}');
  });

  it('test message reports "no transport" in the default setup', async () => {
    await page.getByTestId('messaging-tab-settings').click();
    const box = page.getByTestId('test-message');
    await box.waitFor();
    await box.getByTestId('test-recipient').fill(contact.mobile);
    await box.getByTestId('test-submit').click();
    const result = box.getByTestId('test-result');
    await result.waitFor();
    expect(await result.getAttribute('data-ok')).toBe('false');
    expect(await result.getAttribute('data-no-transport')).toBe('true');
    await result.getByText(NO_SMS_PROVIDER_FA).waitFor();

    await box.getByTestId('test-channel').getByText('ایمیل').click();
    await box.getByTestId('test-recipient').fill('owner@example.ir');
    await box.getByTestId('test-submit').click();
    await box.locator('[data-testid="test-result"][data-no-transport="true"]').getByText('ارسال نشد: هیچ سرور ایمیلی تنظیم نشده است').waitFor();
  });

  it('saves the channel settings and never shows a secret back', async () => {
    const form = page.getByTestId('messaging-settings-form');
    await form.getByTestId('settings-from-name').fill('گل‌فروشی پیوند');
    await form.getByTestId('settings-from-address').fill('shop@example.ir');
    await form.getByTestId('settings-sms-provider').click();
    await page.getByRole('option', { name: 'کاوه‌نگار' }).click();
    expect(await form.getByTestId('secret-apiKey').getAttribute('data-state')).toBe('unset');
    // Saving Kavenegar without its key is refused on the field.
    await form.getByTestId('settings-submit').click();
    await form.getByTestId('secret-apiKey').getByText('کاوه‌نگار به کلید API نیاز دارد').waitFor();

    await form.getByTestId('secret-apiKey-replace').click();
    await form.getByTestId('secret-apiKey-input').fill(SECRET);
    await form.getByTestId('settings-sms-sender').fill('۱۰۰۰۴۵۶');
    await form.getByTestId('settings-quiet-start').fill('23:00');
    await form.getByTestId('settings-submit').click();
    await page.getByText('تنظیمات کانال‌ها ذخیره شد').waitFor();

    const saved = page.getByTestId('messaging-settings-form');
    await saved.locator('[data-testid="secret-apiKey"][data-state="set"]').waitFor();
    expect(await saved.getByTestId('secret-apiKey-input').count()).toBe(0);
    const from = (await saved.getByTestId('settings-email-from').textContent()) ?? '';
    expect(from).toContain('گل‌فروشی پیوند');
    expect(from).toContain('<shop@example.ir>');
    expect(await saved.getByTestId('settings-sms-sender').inputValue()).toBe('1000456');
    expect(await saved.getByTestId('quiet-hours-hint').textContent()).toContain('۲۳:۰۰');

    await page.reload();
    const reloaded = page.getByTestId('messaging-settings-form');
    await reloaded.locator('[data-testid="secret-apiKey"][data-state="set"]').waitFor();
    expect(await reloaded.getByTestId('settings-from-address').inputValue()).toBe('shop@example.ir');
    expect(await reloaded.getByTestId('settings-quiet-start').inputValue()).toBe('23:00');
    expect(await page.content()).not.toContain(SECRET);
    expect(responses.some((body) => body.includes(SECRET))).toBe(false);
    expect(responses.some((body) => body.includes('"smsCredentialFields":["apiKey"]'))).toBe(true);
  });

  it('do-not-contact list: adds a number typed in Persian digits, finds it, removes it', async () => {
    await page.getByTestId('messaging-tab-suppressions').click();
    await page.getByTestId('suppressions-empty').waitFor();
    await page.getByTestId('suppression-add').click();
    await page.getByTestId('suppression-address').fill('۰۹۱۲۱۱۱۲۲۳۳');
    await page.getByTestId('suppression-submit').click();
    await page.getByTestId('suppression-form').waitFor({ state: 'detached' });
    const row = page.locator('[data-testid="suppression-row"][data-address="+989121112233"]');
    await row.waitFor();
    expect((await row.getByTestId('phone-text').textContent())?.trim()).toBe('0912 111 2233');
    await row.getByText('تماس ممنوع').waitFor();

    await page.getByTestId('suppressions-search').fill('0912111');
    await row.waitFor();
    await page.getByTestId('suppressions-search').fill('0935');
    await page.getByTestId('suppressions-empty').waitFor();
    await page.getByTestId('suppressions-search').fill('');
    await row.getByTestId('suppression-remove').click();
    await page.getByTestId('confirm-action').click();
    await page.getByTestId('suppressions-empty').waitFor();
  });

  it('works in English too (LTR, Gregorian dates, translated statuses and reasons)', async () => {
    await page.getByTestId('language-switch').getByText('English').click();
    await page.getByTestId('nav-messages').filter({ hasText: 'Messages' }).click();
    const row = page.getByTestId('outbox').locator('[data-testid="message-row"][data-status="NOT_SENT"]').first();
    await row.waitFor();
    expect((await row.getByTestId('message-status').textContent())?.trim()).toBe('Not sent');
    expect((await row.getByTestId('message-status-reason').textContent())?.trim()).toBe('Not sent: no SMS provider is configured');
    expect(await row.locator('time').textContent()).toMatch(/20\d\d/);

    await page.goto(templateUrl);
    await page.getByTestId('variable-picker').click();
    await page.locator('[data-testid="variable-option"][data-name="contact.birthDate"]').getByText('Contact’s birth date').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('language-switch').getByText('فارسی').click();
    await page.getByTestId('nav-messages').filter({ hasText: 'پیام‌ها' }).waitFor();
  });

  it('logged no errors in the browser console', () => {
    expect(handle.errors).toEqual([]);
  });

  (process.env.SHOTS_DIR ? it : it.skip)('takes screenshots of the outbox, the template editor and the settings (fa, en)', async () => {
    const dir = process.env.SHOTS_DIR!;
    mkdirSync(dir, { recursive: true });
    for (const lang of ['fa', 'en'] as const) {
      await page.evaluate((l) => localStorage.setItem('peyvand.locale', l), lang);
      await page.goto('/messages');
      await page.getByTestId('outbox').locator('[data-testid="message-row"]').first().waitFor();
      await page.screenshot({ path: join(dir, `outbox-${lang}.png`), fullPage: true });
      await page.getByTestId('outbox').locator('[data-testid="message-row"]').first().click();
      await page.getByTestId('message-events').waitFor();
      await page.waitForTimeout(400);
      await page.screenshot({ path: join(dir, `message-${lang}.png`) });
      await page.goto(templateUrl);
      await page.getByTestId('preview-text').waitFor();
      await page.screenshot({ path: join(dir, `template-editor-${lang}.png`), fullPage: true });
      await page.goto('/messages/templates');
      await page.getByTestId('template-row').first().waitFor();
      await page.screenshot({ path: join(dir, `templates-${lang}.png`), fullPage: true });
      await page.goto('/messages/settings');
      await page.getByTestId('messaging-settings-form').waitFor();
      await page.screenshot({ path: join(dir, `settings-${lang}.png`), fullPage: true });
      await page.getByTestId('settings-sms-provider').click();
      await page.getByRole('option').nth(3).click();
      await page.getByTestId('settings-gateway').waitFor();
      await page.getByTestId('settings-sms').screenshot({ path: join(dir, `settings-gateway-${lang}.png`) });
      await page.goto('/messages/templates');
      await page.locator('[data-testid="template-row"][data-key="welcome"][data-language="fa"]').click();
      await page.getByTestId('preview-html').waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(dir, `template-email-${lang}.png`), fullPage: true });
      await page.goto('/messages/suppressions');
      await page.getByTestId('suppressions').waitFor();
      await page.screenshot({ path: join(dir, `suppressions-${lang}.png`), fullPage: true });
      await page.goto(`/contacts/${contactId}`);
      await page.getByTestId('contact-messages').locator('[data-testid="message-row"]').first().waitFor();
      await page.getByTestId('contact-messages').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(dir, `contact-${lang}.png`) });
      await page.getByTestId('send-message-button').click();
      await page.getByTestId('send-body').fill('سلام {{contact.firstName}}، سفارش شما آماده‌ی تحویل است.');
      await page.waitForTimeout(400);
      await page.screenshot({ path: join(dir, `send-message-${lang}.png`) });
      await page.keyboard.press('Escape');
    }
  });
});
