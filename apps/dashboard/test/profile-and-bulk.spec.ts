import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startTestApp } from '../../api/test/utils/test-app';
import { launchBrowser, newPage, type PageHandle } from './utils/browser';

/**
 * "My profile" (name, language, alert phone, alert channels) and the bulk send from the contacts list, end to end
 * against the real API serving the BUILT dashboard (seeded demo workspace, no SMS provider: the embedded default).
 * Steps share one browser context and run in order.
 *
 * With SHOTS_DIR set, the last step saves screenshots of the profile page and the bulk send modal in Persian and
 * English (`SHOTS_DIR=/tmp/shots npx jest --selectProjects browser --testPathPatterns profile-and-bulk`).
 */
const DEMO = { email: 'demo@peyvand.local', password: 'peyvand-demo-1234' };

describe('profile and bulk send (browser)', () => {
  let app: { url: string; close(): Promise<void> };
  let browser: Browser;
  let handle: PageHandle;
  let page: Page;
  let bulkSendId: string;

  const tag = `bulk-${Date.now().toString(36)}`;

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

  /** The contacts list filtered by the test's tag (3 demo contacts with a mobile, 1 with only an email). */
  async function filterByTag() {
    await page.goto('/contacts');
    await page.getByTestId('contacts-filters-toggle').click();
    await page.getByTestId('filter-tags').fill(tag);
    await page.getByTestId('filter-tags').press('Enter');
    await page.locator('[data-testid="contact-row"]').nth(3).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="contact-row"]').length === 4);
  }

  beforeAll(async () => {
    app = await startTestApp({ serveWeb: true, seedDemo: true });
    const { login } = await gql<{ login: { accessToken: string } }>(
      `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`,
      { input: DEMO },
    );
    const token = login.accessToken;
    // Three demo contacts (all with a mobile number) get the tag, and a new one with only an email address.
    const { contacts } = await gql<{ contacts: { edges: Array<{ node: { id: string; primaryPhone: string | null } }> } }>(
      `{ contacts(first: 20) { edges { node { id primaryPhone } } } }`,
      {},
      token,
    );
    const withPhone = contacts.edges.map((e) => e.node).filter((c) => c.primaryPhone).slice(0, 3);
    expect(withPhone).toHaveLength(3);
    await gql(`mutation ($ids: [ID!]!, $tags: [String!]!) { bulkTagContacts(ids: $ids, tags: $tags) }`, { ids: withPhone.map((c) => c.id), tags: [tag] }, token);
    await gql(
      `mutation ($input: CreateContactInput!) { createContact(input: $input) { id } }`,
      { input: { firstName: 'کاوه', lastName: 'بی‌شماره', email: `kaveh.${tag}@example.ir`, tags: [tag] } },
      token,
    );

    browser = await launchBrowser();
    handle = await newPage(browser, app.url);
    page = handle.page;
  });

  afterAll(async () => {
    await handle?.context.close();
    await browser?.close();
    await app?.close();
  });

  it('logs in and opens "My profile" from the user menu', async () => {
    await page.goto('/login');
    await page.getByTestId('login-email').fill(DEMO.email);
    await page.getByTestId('login-password').fill(DEMO.password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('workspace-name').waitFor();
    await page.getByTestId('user-menu').click();
    await page.getByTestId('profile-link').filter({ hasText: 'نمایه‌ی من' }).click();
    await page.waitForURL(/\/profile$/);
    await page.getByTestId('profile-form').waitFor();
    const task = page.locator('[data-testid="alert-pref"][data-event="task.assigned"]');
    await task.getByText('کاری به من سپرده شد').waitFor();
    // The defaults: email only, marked as the default.
    expect(await task.getAttribute('data-channels')).toBe('EMAIL');
    await task.getByTestId('alert-default-badge').waitFor();
  });

  it('choosing SMS without a mobile number says so; saving a number typed in Persian digits normalises it', async () => {
    const task = page.locator('[data-testid="alert-pref"][data-event="task.assigned"]');
    await task.getByTestId('alert-channel-SMS').click();
    await page.locator('[data-testid="alert-pref"][data-event="task.assigned"][data-channels="EMAIL,SMS"]').waitFor();
    expect(await task.getByTestId('alert-default-badge').count()).toBe(0);
    await task.getByTestId('alert-sms-no-phone').waitFor();

    const form = page.getByTestId('profile-form');
    await form.getByTestId('profile-phone').fill('۰۹۱۲ ۳۴۵ ۶۷۸۹');
    await form.getByTestId('profile-save').click();
    await page.getByText('نمایه ذخیره شد').waitFor();
    await page.locator('[data-testid="profile-form"][data-phone="+989123456789"]').waitFor();
    expect(await form.getByTestId('profile-phone').inputValue()).toBe('0912 345 6789');
    expect(await form.getByTestId('profile-phone-saved').textContent()).toBe('+989123456789');
    await task.getByTestId('alert-sms-no-phone').waitFor({ state: 'detached' });
  });

  it('a bad number is refused on the field, in Persian', async () => {
    const form = page.getByTestId('profile-form');
    await form.getByTestId('profile-phone').fill('۰۹۱۲۳');
    await form.getByTestId('profile-save').click();
    const error = form.locator('.mantine-TextInput-error');
    await error.waitFor();
    expect((await error.textContent())?.trim()).toBe('شماره تلفن کوتاه است.');
    expect(await form.getAttribute('data-phone')).toBe('+989123456789');
  });

  it('the SMS choice and the number are kept after a reload', async () => {
    await page.reload();
    const task = page.locator('[data-testid="alert-pref"][data-event="task.assigned"]');
    await task.waitFor();
    expect(await task.getAttribute('data-channels')).toBe('EMAIL,SMS');
    expect(await task.getByTestId('alert-channel-SMS').isChecked()).toBe(true);
    expect(await task.getByTestId('alert-channel-EMAIL').isChecked()).toBe(true);
    expect(await task.getByTestId('alert-default-badge').count()).toBe(0);
    await page.locator('[data-testid="profile-form"][data-phone="+989123456789"]').waitFor();
    expect(await page.getByTestId('profile-phone').inputValue()).toBe('0912 345 6789');
  });

  it('switching the profile language to English switches the dashboard', async () => {
    await page.getByTestId('profile-locale').getByText('English').click();
    await page.getByTestId('profile-save').click();
    await page.getByText('Profile saved').waitFor();
    await page.getByTestId('nav-contacts').filter({ hasText: 'Contacts' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    await page.locator('[data-testid="alert-pref"][data-event="task.assigned"]').getByText('A task was assigned to me').waitFor();
    // And back to Persian.
    await page.getByTestId('profile-locale').getByText('فارسی').click();
    await page.getByTestId('profile-save').click();
    await page.getByText('نمایه ذخیره شد').waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
  });

  it('bulk send to the filtered contacts list: compose, confirm the audience, watch it finish', async () => {
    await filterByTag();
    expect((await page.getByTestId('contacts-total').textContent())?.trim()).toBe('۴ مخاطب');
    const button = page.getByTestId('contacts-bulk-send');
    await page.waitForFunction(() => !(document.querySelector('[data-testid="contacts-bulk-send"]') as HTMLButtonElement | null)?.disabled);
    expect((await button.textContent())?.trim()).toBe('ارسال پیام به این ۴ مخاطب');
    await button.click();

    const form = page.getByTestId('bulk-send-form');
    await form.waitFor();
    expect(await form.getByTestId('bulk-audience-line').textContent()).toContain('۴ مخاطب');
    // Marketing (the default for one-off text) needs consent, and the form says so.
    await form.getByTestId('bulk-consent-note').waitFor();
    await form.getByTestId('send-body').fill('سلام {{contact.firstName}}، سفارش شما آماده‌ی تحویل است.');
    expect(await form.getByTestId('sms-counter').getAttribute('data-parts')).toBe('1');
    await form.getByTestId('send-purpose').getByText('اطلاع‌رسانی').click();
    await form.getByTestId('bulk-consent-note').waitFor({ state: 'detached' });
    await form.getByTestId('bulk-next').click();

    const confirm = page.getByTestId('bulk-confirm-step');
    await confirm.waitFor();
    expect(await confirm.getByTestId('bulk-audience').getAttribute('data-count')).toBe('4');
    expect(await confirm.getByTestId('bulk-audience').textContent()).toBe('۴');
    await confirm.getByTestId('bulk-submit').click();

    const done = page.locator('[data-testid="bulk-progress"][data-status="DONE"]');
    await done.waitFor({ timeout: 30_000 });
    expect(await done.getAttribute('data-queued')).toBe('3');
    expect(await done.getAttribute('data-skipped')).toBe('1');
    expect((await done.getByTestId('bulk-queued').textContent())?.trim()).toBe('۳');
    expect((await done.getByTestId('bulk-skipped').textContent())?.trim()).toBe('۱');
    expect((await done.getByTestId('bulk-status').textContent())?.trim()).toBe('انجام شد');

    await done.getByTestId('bulk-outbox-link').click();
    await page.waitForURL(/\/messages\?bulkSendId=/);
    bulkSendId = new URL(page.url()).searchParams.get('bulkSendId')!;
    expect(bulkSendId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('the outbox filtered by the bulk send shows its 3 messages, NOT_SENT with no transport', async () => {
    await page.getByTestId('outbox-bulk-filter').waitFor();
    const outbox = page.getByTestId('outbox');
    // The worker takes them from QUEUED to NOT_SENT (the outbox polls while any is in flight).
    await page.waitForFunction(
      () => {
        const rows = Array.from(document.querySelectorAll('[data-testid="outbox"] [data-testid="message-row"]'));
        return rows.length === 3 && rows.every((r) => r.getAttribute('data-status') === 'NOT_SENT');
      },
      undefined,
      { timeout: 30_000 },
    );
    expect((await outbox.getByTestId('outbox-total').textContent())?.trim()).toBe('۳ پیام');
    const bodies = await outbox.locator('[data-testid="message-row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-channel')));
    expect(bodies).toEqual(['SMS', 'SMS', 'SMS']);
    await outbox.locator('[data-testid="message-row"]').first().getByText('ارسال نشد: هیچ سرویس پیامکی تنظیم نشده است').waitFor();

    // Clearing the filter shows the whole outbox again (the same messages, no others were sent yet).
    await page.getByTestId('outbox-bulk-filter').getByRole('button').click();
    await page.getByTestId('outbox-bulk-filter').waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('bulkSendId')).toBeNull();
  });

  it('logged no errors in the browser console', () => {
    expect(handle.errors).toEqual([]);
  });

  (process.env.SHOTS_DIR ? it : it.skip)('takes screenshots of the profile page and the bulk send modal (fa, en)', async () => {
    const dir = process.env.SHOTS_DIR!;
    mkdirSync(dir, { recursive: true });
    for (const lang of ['fa', 'en'] as const) {
      await page.evaluate((l) => localStorage.setItem('peyvand.locale', l), lang);
      await page.goto('/profile');
      await page.locator('[data-testid="alert-pref"][data-event="task.assigned"]').waitFor();
      await page.getByTestId('profile-phone').fill('۰۹۱۲');
      await page.getByTestId('profile-save').click();
      await page.locator('.mantine-TextInput-error').waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(dir, `profile-${lang}.png`), fullPage: true });

      await filterByTag();
      await page.waitForFunction(() => !(document.querySelector('[data-testid="contacts-bulk-send"]') as HTMLButtonElement | null)?.disabled);
      await page.getByTestId('contacts-bulk-send').click();
      await page.getByTestId('send-body').fill(lang === 'fa' ? 'سلام {{contact.firstName}}، حراج پاییزه از فردا شروع می‌شود.' : 'Hi {{contact.firstName}}, our autumn sale starts tomorrow.');
      await page.waitForTimeout(400);
      await page.screenshot({ path: join(dir, `bulk-compose-${lang}.png`) });
      await page.getByTestId('send-mode').getByText(lang === 'fa' ? 'قالب' : 'Template').click();
      await page.getByTestId('send-template').click();
      await page.getByRole('option').first().click();
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(dir, `bulk-template-${lang}.png`) });
      await page.getByTestId('bulk-next').click();
      await page.getByTestId('bulk-confirm-step').waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(dir, `bulk-confirm-${lang}.png`) });
      await page.keyboard.press('Escape');
      await page.goto(`/messages?bulkSendId=${bulkSendId}`);
      await page.getByTestId('outbox').locator('[data-testid="message-row"]').first().waitFor();
      await page.screenshot({ path: join(dir, `outbox-bulk-${lang}.png`), fullPage: true });
    }
  });
});
