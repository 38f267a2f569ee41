import type { Browser, Page } from 'playwright-core';
import { startTestApp } from '../../api/test/utils/test-app';
import { documentDir, launchBrowser, newPage, uniqueEmail, type PageHandle } from './utils/browser';

/**
 * End-to-end flow of the back office against the real API serving the BUILT dashboard
 * (`npm run build -w apps/dashboard -w apps/club` must have run).
 * The steps share one browser context and run in order.
 */
describe('dashboard (browser)', () => {
  let app: { url: string; close(): Promise<void> };
  let browser: Browser;
  let handle: PageHandle;
  let page: Page;

  const owner = {
    workspaceName: 'فروشگاه آزمایشی',
    fullName: 'نگار رضایی',
    email: uniqueEmail('owner'),
    password: 'a-Strong-passw0rd',
  };

  beforeAll(async () => {
    app = await startTestApp({ serveWeb: true });
    browser = await launchBrowser();
    handle = await newPage(browser, app.url);
    page = handle.page;
  });

  afterAll(async () => {
    await handle?.context.close();
    await browser?.close();
    await app?.close();
  });

  it('signs up a new workspace in Persian (RTL) and lands on the home page', async () => {
    await page.goto('/signup');
    await page.getByTestId('signup-form').waitFor();
    expect(await documentDir(page)).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fa');

    await page.getByTestId('signup-workspace-name').fill(owner.workspaceName);
    await page.getByTestId('signup-full-name').fill(owner.fullName);
    await page.getByTestId('signup-email').fill(owner.email);
    await page.getByTestId('signup-password').fill(owner.password);
    await page.getByTestId('signup-submit').click();

    await page.getByTestId('workspace-name').filter({ hasText: owner.workspaceName }).waitFor();
    await page.getByTestId('signed-in-user').getByText(owner.email).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    // Persian navigation, navbar on the right-hand side.
    await page.getByTestId('nav-settings').filter({ hasText: 'تنظیمات' }).waitFor();
    const box = await page.getByTestId('app-navbar').boundingBox();
    const width = page.viewportSize()!.width;
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThan(width / 2);
    expect(await page.evaluate(() => localStorage.getItem('peyvand.refreshToken'))).toBeTruthy();
  });

  it('keeps the session across a reload (refresh token rotation)', async () => {
    const before = await page.evaluate(() => localStorage.getItem('peyvand.refreshToken'));
    await page.reload();
    await page.getByTestId('workspace-name').filter({ hasText: owner.workspaceName }).waitFor();
    const after = await page.evaluate(() => localStorage.getItem('peyvand.refreshToken'));
    expect(after).toBeTruthy();
    expect(after).not.toBe(before);
  });

  it('shows a translated "coming soon" page for modules not built yet', async () => {
    await page.getByTestId('nav-segments').click();
    await page.getByTestId('coming-soon').waitFor();
    await page.waitForURL('**/segments');
  });

  it('logs out and back in', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout-button').click();
    await page.getByTestId('login-form').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('peyvand.refreshToken'))).toBeNull();

    // Protected pages now redirect to the login page.
    await page.goto('/settings/staff');
    await page.getByTestId('login-form').waitFor();

    await page.getByTestId('login-email').fill(owner.email);
    await page.getByTestId('login-password').fill('wrong-password-1');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('error-alert').waitFor();

    await page.getByTestId('login-password').fill(owner.password);
    await page.getByTestId('login-submit').click();
    // Back where we were heading before logging in.
    await page.getByTestId('staff-list').waitFor();
    await page.waitForURL('**/settings/staff');
  });

  it('switches the UI to English (LTR) and remembers the choice', async () => {
    await page.getByTestId('nav-home').click();
    await page.getByTestId('language-switch').getByText('English').click();
    await page.getByTestId('nav-settings').filter({ hasText: 'Settings' }).waitFor();
    await page.getByTestId('nav-contacts').filter({ hasText: 'Contacts' }).waitFor();
    expect(await documentDir(page)).toBe('ltr');
    const box = await page.getByTestId('app-navbar').boundingBox();
    expect(box!.x).toBeLessThan(10);
    expect(await page.evaluate(() => localStorage.getItem('peyvand.locale'))).toBe('en');

    await page.reload();
    await page.getByTestId('nav-settings').filter({ hasText: 'Settings' }).waitFor();
    expect(await documentDir(page)).toBe('ltr');
  });

  it('creates an API key and shows the secret exactly once', async () => {
    await page.goto('/settings/api-keys');
    await page.getByTestId('create-api-key-button').click();
    await page.getByTestId('api-key-name').fill('Website');
    // Scopes come from the `apiScopes` query; pick the first one offered.
    await page.getByTestId('api-key-scopes').getByRole('checkbox').first().check();
    await page.getByTestId('api-key-submit').click();

    const secretBox = page.getByTestId('api-key-secret');
    await secretBox.waitFor();
    const secret = (await secretBox.textContent())?.trim() ?? '';
    expect(secret.length).toBeGreaterThan(16);
    await page.getByTestId('api-key-copy').waitFor();

    await page.getByTestId('api-key-secret-done').click();
    await secretBox.waitFor({ state: 'detached' });
    const row = page.locator('[data-testid="api-key-row"][data-name="Website"]');
    await row.waitFor();
    // The list shows the prefix, never the secret.
    expect(await page.getByText(secret).count()).toBe(0);
    const prefix = (await row.locator('code').textContent())?.replace('…', '') ?? '';
    expect(prefix.length).toBeGreaterThan(0);
    expect(secret.startsWith(prefix)).toBe(true);

    await page.reload();
    await row.waitFor();
    expect(await page.getByText(secret).count()).toBe(0);
  });

  it('invites a staff member and lists the pending invitation', async () => {
    const email = uniqueEmail('staff');
    await page.goto('/settings/staff');
    await page.getByTestId('invite-staff-button').click();
    await page.getByTestId('invite-email').fill(email);
    await page.getByTestId('invite-submit').click();
    await page.getByTestId('invite-staff-form').waitFor({ state: 'detached' });
    await page.locator(`[data-testid="invitation-row"][data-email="${email}"]`).waitFor();
  });

  it('rejects a second sign-up with the same email with a translated error', async () => {
    // A second sign-up with an already registered email must be rejected by the API;
    // the client validates format only, so the message comes from the server.
    const fresh = await newPage(browser, app.url);
    try {
      await fresh.page.goto('/signup');
      await fresh.page.getByTestId('signup-workspace-name').fill('Another shop');
      await fresh.page.getByTestId('signup-full-name').fill('Someone');
      await fresh.page.getByTestId('signup-email').fill(owner.email);
      await fresh.page.getByTestId('signup-password').fill(owner.password);
      await fresh.page.getByTestId('signup-submit').click();
      await fresh.page.getByTestId('error-alert').waitFor();
      expect(new URL(fresh.page.url()).pathname).toBe('/signup');
    } finally {
      await fresh.context.close();
    }
  });
});
