import type { Browser, Page } from 'playwright-core';
import { gql } from '../../api/test/utils/graphql';
import { clubCodeFromSms } from '../../api/test/utils/club-member';
import { startSmsGateway, type SmsGateway } from '../../api/test/utils/sms-gateway';
import { startTestApp, type TestApp } from '../../api/test/utils/test-app';
import { launchBrowser } from '../../dashboard/test/utils/browser';

export const DEMO_OWNER = { email: 'demo@peyvand.local', password: 'peyvand-demo-1234', workspaceSlug: 'demo' };

/** The demo owner's staff token, to set the club up the way staff do in the dashboard. */
export async function demoStaffToken(app: TestApp): Promise<string> {
  const res = await gql(app, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: DEMO_OWNER });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.login.accessToken as string;
}

export async function staffCall<T = Record<string, any>>(app: TestApp, token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await gql<T>(app, query, variables, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

/** A club page in a phone-sized (or desktop) context with the language chosen beforehand. */
export async function clubPage(browser: Browser, baseURL: string, options: { lang?: 'fa' | 'en'; mobile?: boolean } = {}) {
  const context = await browser.newContext({
    baseURL,
    viewport: options.mobile === false ? { width: 1280, height: 800 } : { width: 390, height: 844 },
    locale: 'fa-IR',
    timezoneId: 'Asia/Tehran',
  });
  context.setDefaultTimeout(15_000);
  if (options.lang) await context.addInitScript((l) => window.localStorage.setItem('peyvand.club.locale', l), options.lang);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return { context, page, errors };
}

/**
 * Joins (or signs in to) the demo club through the sign-in page as a customer would: types the mobile in Persian digits,
 * reads the code from the loopback SMS gateway and types it.
 */
export async function joinThroughUi(page: Page, sms: SmsGateway, input: { phoneFa: string; e164: string; firstName?: string; path?: string }) {
  await page.goto(input.path ?? '/club/demo/join');
  await page.getByTestId('phone-input').fill(input.phoneFa);
  const mark = sms.sent.length;
  await page.getByTestId('send-code').click();
  await page.getByTestId('code-step').waitFor();
  const code = await clubCodeFromSms(sms, input.e164, mark);
  await page.getByTestId('code-input').fill(code);
  if (input.firstName) await page.getByTestId('first-name').fill(input.firstName);
  await page.getByTestId('verify-code').click();
}

export interface ClubHarness {
  app: TestApp;
  sms: SmsGateway;
  browser: Browser;
  /** The demo owner's staff token. */
  staff: string;
  close(): Promise<void>;
}

/** The real API on its own database with the demo workspace, serving the built club, sending SMS to a loopback gateway. */
export async function startClubHarness(): Promise<ClubHarness> {
  const sms = await startSmsGateway();
  const app = await startTestApp({
    serveWeb: true,
    seedDemo: true,
    env: { SMS_PROVIDER: 'kavenegar', SMS_KAVENEGAR_URL: sms.url, SMS_KAVENEGAR_API_KEY: 'k' },
  });
  const browser = await launchBrowser();
  const staff = await demoStaffToken(app);
  return {
    app,
    sms,
    browser,
    staff,
    async close() {
      await browser.close();
      await app.close();
      await sms.close();
    },
  };
}
