import type { Browser, Page } from 'playwright-core';
import { startTestApp } from '../../api/test/utils/test-app';
import { launchBrowser, newPage, type PageHandle } from './utils/browser';

/**
 * Contacts module end to end, against the real API serving the BUILT dashboard (seeded demo workspace):
 * create a contact with a Persian name and a mobile, find it by search, open its 360 page,
 * then ring the PBX webhook for that number and expect the screen pop for the signed-in user.
 */
const DEMO = { email: 'demo@peyvand.local', password: 'peyvand-demo-1234' };

describe('contacts (browser)', () => {
  let app: { url: string; close(): Promise<void> };
  let browser: Browser;
  let handle: PageHandle;
  let page: Page;

  // A unique, valid Iranian mobile for this run (0912 + 7 digits).
  const digits = String(Date.now()).slice(-7);
  const mobile = `0912${digits}`;
  const nationalFormatted = `0912 ${digits.slice(0, 3)} ${digits.slice(3)}`;
  const contact = { firstName: 'شیرین', lastName: 'کاظمی', fullName: 'شیرین کاظمی' };

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
    browser = await launchBrowser();
    handle = await newPage(browser, app.url);
    page = handle.page;
  });

  afterAll(async () => {
    await handle?.context.close();
    await browser?.close();
    await app?.close();
  });

  it('logs in to the demo workspace and opens the contacts page', async () => {
    await page.goto('/login');
    await page.getByTestId('login-email').fill(DEMO.email);
    await page.getByTestId('login-password').fill(DEMO.password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('workspace-name').waitFor();
    await page.getByTestId('nav-contacts').click();
    await page.getByTestId('contacts-list').waitFor();
    await page.getByTestId('nav-tasks').filter({ hasText: 'کارهای من' }).waitFor();
  });

  it('rejects an invalid mobile on the client with a Persian reason', async () => {
    await page.getByTestId('contacts-new').click();
    await page.getByTestId('contact-first-name').fill(contact.firstName);
    await page.getByTestId('contact-phone-0').fill('0999123');
    await page.getByTestId('contact-submit').click();
    await page.getByTestId('contact-form').getByText('شماره تلفن کوتاه است.').waitFor();
  });

  it('creates a contact with a Persian name and a mobile and lands on its 360 page', async () => {
    await page.getByTestId('contact-last-name').fill(contact.lastName);
    await page.getByTestId('contact-phone-0').fill(mobile);
    await page.getByTestId('contact-submit').click();
    await page.getByTestId('contact-form').waitFor({ state: 'detached' });
    await page.getByTestId('contact-360').waitFor();
    await page.getByTestId('contact-full-name').filter({ hasText: contact.fullName }).waitFor();
  });

  it('finds the contact by (Arabic-keyboard) search and opens its 360 page with phone and stage', async () => {
    await page.getByTestId('nav-contacts').click();
    // Typed with the Arabic ي / ك, as happens on many keyboards: the server search is Persian-aware.
    await page.getByTestId('contacts-search').fill('كاظمي');
    const row = page.getByTestId('contact-row').filter({ hasText: contact.fullName });
    await row.waitFor();
    // The phone is shown formatted, in a left-to-right island.
    const phone = row.getByTestId('phone-text');
    expect((await phone.textContent())?.trim()).toBe(nationalFormatted);
    expect(await phone.getAttribute('dir')).toBe('ltr');

    await row.getByTestId('contact-name').click();
    await page.getByTestId('contact-360').waitFor();
    await page.getByTestId('contact-full-name').filter({ hasText: contact.fullName }).waitFor();
    expect((await page.getByTestId('contact-primary-phone').textContent())?.trim()).toBe(nationalFormatted);
    const stage = page.getByTestId('contact-header').getByTestId('stage-badge');
    expect((await stage.getAttribute('data-stage'))?.length).toBeGreaterThan(0);
    // Translated (Persian), never the raw enum value.
    expect(await stage.textContent()).not.toMatch(/[A-Z_]{4,}/);
    await page.getByTestId('contact-timeline').waitFor();
  });

  it('pops the caller up for the staff member whose extension rings', async () => {
    // The same user, through the API: their staff member id, an extension, and a PBX key.
    const { login } = await gql<{ login: { accessToken: string } }>(
      `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`,
      { input: { email: DEMO.email, password: DEMO.password } },
    );
    const token = login.accessToken;
    const { staffMembers } = await gql<{ staffMembers: { edges: Array<{ node: { id: string; email: string } }> } }>(
      `{ staffMembers(first: 100) { edges { node { id email } } } }`,
      {},
      token,
    );
    const me = staffMembers.edges.find((e) => e.node.email === DEMO.email)!.node;
    const extension = '101';
    await gql(`mutation ($id: ID!, $ext: String) { setStaffExtension(staffMemberId: $id, extension: $ext) { id } }`, { id: me.id, ext: extension }, token);
    const { createApiKey } = await gql<{ createApiKey: { secret: string } }>(
      `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
      { input: { name: 'PBX', scopes: ['calls:write'] } },
      token,
    );

    // Give the page's subscription a moment to be established (it connects right after sign-in).
    await page.waitForTimeout(1000);
    const ring = async (callId: string) => {
      const res = await fetch(`${app.url}/webhooks/calls`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${createApiKey.secret}` },
        body: JSON.stringify({ event: 'ringing', callId, from: mobile, direction: 'in', extension }),
      });
      expect(res.status).toBeLessThan(300);
    };
    await ring('c1');
    const popup = page.getByTestId('incoming-call-name').filter({ hasText: contact.fullName });
    try {
      await popup.waitFor({ timeout: 5000 });
    } catch {
      // The socket may still have been connecting: ring once more.
      await ring('c2');
      await popup.waitFor();
    }
    await page.getByTestId('incoming-call-open').waitFor();
  });
});
