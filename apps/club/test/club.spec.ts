import type { Browser } from 'playwright-core';
import { startTestApp } from '../../api/test/utils/test-app';
import { documentDir, launchBrowser, newPage } from '../../dashboard/test/utils/browser';

/** The public club landing, served by the API at /club/ from the BUILT club app. */
describe('club (browser)', () => {
  let app: { url: string; close(): Promise<void> };
  let browser: Browser;
  let demoName: string;

  beforeAll(async () => {
    app = await startTestApp({ serveWeb: true, seedDemo: true });
    browser = await launchBrowser();
    // The expected name comes from the API itself, so the test does not hard-code seed data.
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ publicWorkspace(slug: "demo") { name } }' }),
    });
    const body = (await res.json()) as { data?: { publicWorkspace?: { name: string } | null } };
    demoName = body.data?.publicWorkspace?.name ?? '';
    expect(demoName).not.toBe('');
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows the demo workspace landing page with its name and calls to action', async () => {
    const { page, context } = await newPage(browser, app.url);
    try {
      await page.goto('/club/demo');
      await page.getByTestId('club-landing').waitFor();
      await page.getByTestId('club-header-name').filter({ hasText: demoName }).waitFor();
      await page.getByTestId('club-name').filter({ hasText: demoName }).waitFor();
      expect(['rtl', 'ltr']).toContain(await documentDir(page));

      // "Join the club" leads to the sign-up form, which asks for a mobile number first.
      await page.getByTestId('club-join').click();
      await page.waitForURL('**/club/demo/join');
      await page.getByTestId('phone-step').waitFor();
    } finally {
      await context.close();
    }
  });

  it('switches the landing page language', async () => {
    const { page, context } = await newPage(browser, app.url);
    try {
      await page.goto('/club/demo');
      await page.getByTestId('club-landing').waitFor();
      await page.getByTestId('language-switch').getByText('English').click();
      await page.getByTestId('club-join').filter({ hasText: 'Join the club' }).waitFor();
      expect(await documentDir(page)).toBe('ltr');
      await page.getByTestId('language-switch').getByText('فارسی').click();
      await page.getByTestId('club-join').filter({ hasText: 'عضویت در باشگاه' }).waitFor();
      expect(await documentDir(page)).toBe('rtl');
    } finally {
      await context.close();
    }
  });

  it('shows a friendly not-found page for an unknown slug', async () => {
    const { page, context } = await newPage(browser, app.url);
    try {
      await page.goto('/club/no-such-club-here');
      await page.getByTestId('club-not-found').waitFor();
      expect(await page.getByTestId('club-landing').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
