import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface PageHandle {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far (useful in failure messages). */
  errors: string[];
}

/** A fresh, isolated context (own localStorage) with a desktop viewport and Playwright's auto-waiting defaults. */
export async function newPage(browser: Browser, baseURL: string, options: { locale?: string } = {}): Promise<PageHandle> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1280, height: 800 },
    locale: options.locale ?? 'fa-IR',
    timezoneId: 'Asia/Tehran',
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return { context, page, errors };
}

/** Signs in through the login page as staff do and waits for the shell (the workspace name in the header). */
export async function signIn(page: Page, user: { email: string; password: string }): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-email').fill(user.email);
  await page.getByTestId('login-password').fill(user.password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('workspace-name').waitFor();
}

/** Reads `<html dir>` (set by the app from the active language). */
export function documentDir(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.dir);
}

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.test`;
}
