import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startTestApp } from '../../api/test/utils/test-app';
import { launchBrowser, newPage, type PageHandle } from './utils/browser';

/**
 * Follow-ups and scheduled jobs end to end against the real API serving the BUILT dashboard (seeded demo workspace):
 * a call from a follow-up plan is answered "no answer" and comes back on a later working day, a plan is written in
 * the editor, and an admin runs the important-dates job for a day from the job history. Screenshots (fa, en) go to
 * SHOTS_DIR (default /tmp/shots).
 */
const DEMO = { email: 'demo@peyvand.local', password: 'peyvand-demo-1234' };
const SHOTS_DIR = process.env.SHOTS_DIR ?? '/tmp/shots';

describe('follow-ups and job history (browser)', () => {
  let app: { url: string; close(): Promise<void> };
  let browser: Browser;
  let handle: PageHandle;
  let page: Page;
  let token: string;
  const digits = String(Date.now()).slice(-6);
  const customer = `نرگس پیگیری ${digits}`;
  const script = 'سلام، از خرید هفته‌ی پیش راضی بودید؟';

  async function gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
    return body.data as T;
  }

  async function waitFor(check: () => Promise<boolean>, what: string): Promise<void> {
    for (let i = 0; i < 100; i++) {
      if (await check()) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`timed out waiting for ${what}`);
  }

  beforeAll(async () => {
    app = await startTestApp({ serveWeb: true, seedDemo: true });
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`, variables: { input: DEMO } }),
    });
    token = ((await res.json()) as { data: { login: { accessToken: string } } }).data.login.accessToken;
    const { createContact } = await gql(`mutation ($input: CreateContactInput!) { createContact(input: $input) { id } }`, {
      input: { firstName: customer, phones: [{ number: `0912${digits}1` }] },
    });
    const { createFollowUpPlan } = await gql(`mutation ($input: FollowUpPlanInput!) { createFollowUpPlan(input: $input) { id } }`, {
      input: { name: `رضایت از خرید ${digits}`, steps: [{ kind: 'CALL', delayDays: 0, callScript: script, maxAttempts: 3 }] },
    });
    // Two important dates ahead: a Gregorian one in 5 days and a Jalali one in 10 (the upcoming-dates tab).
    const dayIn = (days: number, calendar: string) => {
      const parts = new Intl.DateTimeFormat(`en-US-u-ca-${calendar}`, { timeZone: 'Asia/Tehran', month: 'numeric', day: 'numeric' }).formatToParts(new Date(Date.now() + days * 86_400_000));
      return { month: Number(parts.find((p) => p.type === 'month')!.value), day: Number(parts.find((p) => p.type === 'day')!.value) };
    };
    for (const [days, calendar, kind] of [[5, 'gregory', 'ANNIVERSARY'], [10, 'persian', 'BIRTHDAY']] as const) {
      await gql(`mutation ($input: ImportantDateInput!) { addImportantDate(input: $input) { id } }`, {
        input: { contactId: createContact.id, kind, date: { calendar: calendar === 'persian' ? 'JALALI' : 'GREGORIAN', ...dayIn(days, calendar) }, messageTemplate: 'مبارک باشد' },
      });
    }
    await gql(`mutation ($p: ID!, $c: ID!) { enrolInFollowUpPlan(planId: $p, contactId: $c) { id } }`, { p: createFollowUpPlan.id, c: createContact.id });
    await gql(`mutation { runJobNow(job: "automation.followups") { id } }`);
    await waitFor(async () => (await gql(`{ followUpCalls(mine: false) { id } }`)).followUpCalls.length > 0, 'the follow-up call');
    browser = await launchBrowser();
    handle = await newPage(browser, app.url);
    page = handle.page;
  });

  afterAll(async () => {
    await handle?.context.close();
    await browser?.close();
    await app?.close();
  });

  const callCard = () => page.locator('[data-testid="follow-up-call"]').filter({ hasText: customer });

  it('shows the call to make with its script; "no answer" moves it to a later working day', async () => {
    await page.goto('/login');
    await page.getByTestId('login-email').fill(DEMO.email);
    await page.getByTestId('login-password').fill(DEMO.password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('workspace-name').waitFor();
    await page.getByTestId('nav-automation').click();
    await page.getByTestId('calls-to-make').waitFor();
    await callCard().waitFor();
    expect(await callCard().getByTestId('call-script').innerText()).toContain(script);
    expect(await callCard().innerText()).toContain('تلاش ۱ از ۳');
    await callCard().getByTestId('call-outcome-NO_ANSWER').click();
    await callCard().waitFor({ state: 'detached' });
    await page.getByText('روزهای بعد').click();
    await callCard().waitFor();
    expect(await callCard().innerText()).toContain('تلاش ۲ از ۳');
  });

  it('writes a follow-up plan in the editor: an SMS at once, then a call three days later', async () => {
    await page.getByTestId('automation-tab-plans').click();
    await page.getByTestId('follow-up-plans').waitFor();
    await page.getByTestId('plan-new').click();
    const editor = page.getByTestId('plan-editor');
    await editor.getByTestId('plan-name').fill(`پس از تحویل ${digits}`);
    await editor.getByTestId('plan-trigger').click();
    await page.getByRole('option', { name: 'تحویل سفارش' }).click();
    const steps = editor.getByTestId('plan-step');
    await steps.nth(0).getByTestId('step-body').fill('{{contact.firstName}} عزیز، سفارش‌تان رسید');
    // Saving a call without its script names the field.
    await editor.getByTestId('plan-save').click();
    await steps.nth(1).getByText('a call step needs a call script').waitFor();
    await steps.nth(1).getByTestId('step-call-script').fill('آیا از کالا راضی هستید؟');
    await editor.getByTestId('plan-save').click();
    await editor.waitFor({ state: 'detached' });
    const row = page.locator('[data-testid="plan-row"]').filter({ hasText: `پس از تحویل ${digits}` });
    await row.waitFor();
    expect(await row.innerText()).toContain('تحویل سفارش');
    expect(await row.innerText()).toContain('تماس تلفنی · ۳ روز');
  });

  it('job history lists the scheduled jobs; an admin runs the important-dates job for a day', async () => {
    await page.getByTestId('automation-tab-jobs').click();
    await page.getByTestId('scheduled-jobs').waitFor();
    const sla = page.locator('[data-testid="scheduled-job-row"][data-job="ticketing.sla-check"]');
    await sla.waitFor();
    expect(await sla.innerText()).toContain('بررسی مهلت تیکت‌ها');
    // Every scheduled job has a Persian name: its first line is never its id.
    const names = await page.locator('[data-testid="scheduled-job-row"]').evaluateAll((rows) =>
      rows.map((r) => [r.getAttribute('data-job'), r.querySelector('td p')?.textContent ?? '']));
    expect(names.length).toBeGreaterThan(5);
    expect(names.filter(([job, name]) => name === job || !/[\u0600-\u06FF]/.test(name ?? ''))).toEqual([]);
    const dates = page.locator('[data-testid="scheduled-job-row"][data-job="automation.important-dates"]');
    expect(await dates.innerText()).toContain('هر روز ساعت ۱۰:۰۰');
    await dates.getByTestId('run-now').click();
    // The day defaults to today (Jalali in Persian).
    await page.getByTestId('run-now-submit').waitFor();
    await page.getByTestId('run-now-submit').click();
    await page.getByTestId('run-now-modal').waitFor({ state: 'detached' });
    const manual = page.locator('[data-testid="job-run-row"][data-job="automation.important-dates"]').filter({ hasText: 'فقط این کسب‌وکار' });
    await manual.first().waitFor();
    expect(await manual.first().innerText()).toContain('اجرای دستی');
  });

  it('takes screenshots of the calls, plans and job history (fa, en)', async () => {
    mkdirSync(SHOTS_DIR, { recursive: true });
    for (const lang of ['fa', 'en']) {
      await page.evaluate((l) => localStorage.setItem('peyvand.locale', l), lang);
      await page.goto('/automation/jobs');
      await page.locator('[data-testid="job-run-row"]').first().waitFor();
      await page.screenshot({ path: join(SHOTS_DIR, `automation-jobs-${lang}.png`), fullPage: true });
      await page.goto('/automation/plans');
      await page.locator('[data-testid="plan-row"]').first().waitFor();
      await page.screenshot({ path: join(SHOTS_DIR, `automation-plans-${lang}.png`), fullPage: true });
      await page.locator('[data-testid="plan-edit"]').first().click();
      await page.getByTestId('plan-name').waitFor();
      await page.screenshot({ path: join(SHOTS_DIR, `automation-plan-editor-${lang}.png`) });
      await page.keyboard.press('Escape');
      await page.goto('/automation');
      await page.getByTestId('calls-to-make').waitFor();
      await page.getByText(lang === 'fa' ? 'روزهای بعد' : 'Later').click();
      await callCard().waitFor();
      await page.screenshot({ path: join(SHOTS_DIR, `automation-calls-${lang}.png`), fullPage: true });
      await page.goto('/automation/dates');
      await page.getByTestId('upcoming-dates').waitFor();
      await page.getByText(lang === 'fa' ? '۳۰ روز آینده' : 'Next 30 days').click();
      await page.locator('[data-testid="upcoming-date-row"]').filter({ hasText: customer }).nth(1).waitFor();
      // The total of the period, in the reader's digits, whatever page is shown.
      expect(await page.getByTestId('upcoming-dates-count').innerText()).toMatch(lang === 'fa' ? /^[۰-۹٬]+ مناسبت$/ : /^[\d,]+ dates?$/);
      await page.screenshot({ path: join(SHOTS_DIR, `automation-dates-${lang}.png`), fullPage: true });
    }
    expect(handle.errors.filter((e) => !e.includes('favicon'))).toEqual([]);
  });
});
