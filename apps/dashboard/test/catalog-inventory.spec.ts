import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startTestApp } from '../../api/test/utils/test-app';
import { launchBrowser, newPage, type PageHandle } from './utils/browser';

/**
 * The catalog and stock pages end to end, against the real API serving the BUILT dashboard with the demo seed
 * (a flower and gift shop: 20 products, warehouses MAIN and BR-ESF, opening stock with a never-stocked product).
 * Steps share one browser context and run in order.
 *
 * With SHOTS_DIR set, the last step saves screenshots of the products list, the product editor, the stock levels,
 * the ledger and the coupons in Persian and English
 * (`SHOTS_DIR=/tmp/shots npx jest --selectProjects browser --testPathPatterns catalog-inventory`).
 */
const DEMO = { email: 'demo@peyvand.local', password: 'peyvand-demo-1234' };

interface ProductRow {
  id: string;
  sku: string;
  nameFa: string;
  nameEn: string | null;
  basePrice: number;
  availability: { status: string; onHand: number };
}

describe('catalog and inventory (browser)', () => {
  let app: { url: string; close(): Promise<void> };
  let browser: Browser;
  let handle: PageHandle;
  let page: Page;
  let token: string;
  let orchid: ProductRow;
  let neverStocked: ProductRow;

  async function gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
    return body.data as T;
  }

  const product = async (id: string) =>
    (await gql<{ product: ProductRow }>(`query ($id: ID!) { product(id: $id) { id sku nameFa nameEn basePrice availability { status onHand } } }`, { id })).product;

  beforeAll(async () => {
    app = await startTestApp({ serveWeb: true, seedDemo: true });
    const { login } = await gql<{ login: { accessToken: string } }>(`mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: DEMO });
    token = login.accessToken;
    const { products } = await gql<{ products: { edges: Array<{ node: ProductRow }> } }>(
      `{ products(first: 100) { edges { node { id sku nameFa nameEn basePrice availability { status onHand } } } } }`,
    );
    const rows = products.edges.map((e) => e.node);
    orchid = rows.find((p) => p.sku === 'PL-ORCHID')!;
    neverStocked = rows.find((p) => p.availability.status === 'UNAVAILABLE' && p.availability.onHand === 0 && p.sku !== 'PL-ORCHID')!;
    expect(orchid).toBeDefined();
    expect(neverStocked).toBeDefined();

    browser = await launchBrowser();
    handle = await newPage(browser, app.url);
    page = handle.page;
  });

  afterAll(async () => {
    await handle?.context.close();
    await browser?.close();
    await app?.close();
  });

  it('logs in in Persian and reaches the products under the inventory & sales section', async () => {
    await page.goto('/login');
    await page.getByTestId('login-email').fill(DEMO.email);
    await page.getByTestId('login-password').fill(DEMO.password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('workspace-name').waitFor();
    await page.getByTestId('nav-inventory').filter({ hasText: 'انبار و فروش' }).click();
    await page.getByTestId('nav-catalog').click();
    await page.getByTestId('products-list').locator('[data-testid="product-row"]').first().waitFor();
    await page.waitForURL('**/catalog/products');
  });

  it('finds a Persian product typed with the Arabic yeh (ي) and shows its SKU left-to-right', async () => {
    await page.getByTestId('products-search').fill('ارکيده');
    const rows = page.locator('[data-testid="product-row"]');
    await page.locator('[data-testid="product-row"][data-sku="PL-ORCHID"]').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="product-row"]').length === 1);
    expect(await rows.count()).toBe(1);
    const row = rows.first();
    expect((await row.getByTestId('product-name').textContent())?.trim()).toBe(orchid.nameFa);
    expect(await row.locator('bdi[dir="ltr"]').first().textContent()).toBe('PL-ORCHID');
    // 19,800,000 Rial = 1,980,000 Toman, in Persian digits.
    expect((await row.getByTestId('product-price').textContent())?.trim()).toBe('۱٬۹۸۰٬۰۰۰ تومان');
  });

  it('edits the base price typed in Toman (Persian digits) and the API stores Rial', async () => {
    await page.locator('[data-testid="product-row"][data-sku="PL-ORCHID"]').getByTestId('product-name').click();
    const form = page.getByTestId('product-form');
    await form.waitFor();
    const price = form.getByTestId('product-price-input');
    expect(await price.inputValue()).toBe('1980000');
    await price.fill('۲٬۱۵۰٬۰۰۰');
    await form.getByText('= ۲۱٬۵۰۰٬۰۰۰ ریال (مقدار ذخیره‌شده)').waitFor();
    await form.getByTestId('product-submit').click();
    await page.getByText('کالا ذخیره شد').waitFor();
    expect((await product(orchid.id)).basePrice).toBe(21_500_000);
    // The stock per warehouse sits beside the editor.
    await page.getByTestId('product-stock').waitFor();
  });

  it('receives stock for a never-stocked product: unavailable flips to available', async () => {
    await page.goto(`/catalog/products/${neverStocked.id}`);
    const badge = page.getByTestId('product-form').getByTestId('availability-badge');
    await badge.waitFor();
    expect(await badge.getAttribute('data-status')).toBe('unavailable');
    await page.getByTestId('product-stock-empty').waitFor();

    await page.getByTestId('product-stock').getByTestId('stock-receive').click();
    const form = page.getByTestId('stock-receive-form');
    await form.waitFor();
    await form.getByTestId('stock-quantity').fill('۱۲');
    await form.getByTestId('stock-reason').fill('خرید از تأمین‌کننده');
    await form.getByTestId('stock-reference').fill('DN-4521');
    await form.getByTestId('stock-submit').click();
    await form.waitFor({ state: 'detached' });
    await page.locator('[data-testid="product-form"] [data-testid="availability-badge"][data-status="available"]').waitFor();
    expect((await page.locator('[data-testid="product-stock-row"][data-warehouse="MAIN"]').getByTestId('product-stock-available').textContent())?.trim()).toBe('۱۲');
    expect((await product(neverStocked.id)).availability).toEqual({ status: 'AVAILABLE', onHand: 12 });
  });

  it('an adjustment without a reason shows the API’s error on the reason field; with one it is recorded', async () => {
    await page.getByTestId('product-stock').getByTestId('stock-adjust').click();
    const form = page.getByTestId('stock-adjust-form');
    await form.waitFor();
    await form.getByTestId('stock-quantity').fill('-2');
    await form.getByTestId('stock-submit').click();
    await form.getByText('دلیل تغییر موجودی را بنویسید (شمارش، خرابی، گم‌شدن…)').waitFor();
    expect(await form.getByTestId('stock-reason').getAttribute('aria-invalid')).toBe('true');
    expect((await product(neverStocked.id)).availability.onHand).toBe(12);

    await form.getByTestId('stock-reason').fill('دو دسته آسیب دید');
    await form.getByTestId('stock-submit').click();
    await form.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.querySelector('[data-testid="product-stock-available"]')?.textContent?.trim() === '۱۰');
  });

  it('the ledger shows both movements, newest first, signed, with reason, reference, user and a Jalali date', async () => {
    await page.getByTestId('nav-stock').click();
    await page.getByTestId('stock-levels').locator('[data-testid="stock-row"]').first().waitFor();
    await page.getByTestId('inventory-tab-movements').click();
    const ledger = page.getByTestId('stock-ledger');
    await ledger.locator('[data-testid="movement-row"]').first().waitFor();
    const first = ledger.locator('[data-testid="movement-row"]').nth(0);
    const second = ledger.locator('[data-testid="movement-row"]').nth(1);
    expect(await first.getAttribute('data-kind')).toBe('ADJUSTMENT');
    expect(await first.getAttribute('data-quantity')).toBe('-2');
    expect((await first.getByTestId('movement-quantity').textContent())?.trim()).toBe('\u2212۲');
    expect((await first.getByTestId('movement-kind').textContent())?.trim()).toBe('اصلاح موجودی');
    expect((await first.getByTestId('movement-reason').textContent())?.trim()).toBe('دو دسته آسیب دید');
    expect(await second.getAttribute('data-kind')).toBe('RECEIPT');
    expect(await second.getAttribute('data-quantity')).toBe('12');
    await second.getByText('DN-4521').waitFor();
    expect(await first.locator('time').textContent()).toMatch(/۱۴[۰-۹]{2}/);
    expect(await first.getByTestId('product-link').getAttribute('href')).toBe(`/catalog/products/${neverStocked.id}`);
  });

  it('works in English: names, prices, kinds and dates follow the language', async () => {
    await page.getByTestId('language-switch').getByText('English').click();
    await page.getByTestId('nav-inventory').filter({ hasText: 'Inventory & sales' }).waitFor();
    const first = page.getByTestId('stock-ledger').locator('[data-testid="movement-row"]').first();
    expect((await first.getByTestId('movement-kind').textContent())?.trim()).toBe('Adjustment');
    expect((await first.getByTestId('movement-quantity').textContent())?.trim()).toBe('\u22122');
    expect(await first.locator('time').textContent()).toMatch(/20\d\d/);

    await page.getByTestId('nav-catalog').click();
    await page.getByTestId('products-search').fill('orchid');
    const row = page.locator('[data-testid="product-row"][data-sku="PL-ORCHID"]');
    await row.waitFor();
    expect((await row.getByTestId('product-name').textContent())?.trim()).toBe('Phalaenopsis orchid');
    expect((await row.getByTestId('product-price').textContent())?.trim()).toBe('2,150,000 Toman');
    await page.getByTestId('catalog-tab-coupons').click();
    await page.locator('[data-testid="coupon-row"][data-code="WELCOME10"]').waitFor();
    await page.getByTestId('language-switch').getByText('فارسی').click();
    await page.getByTestId('nav-inventory').filter({ hasText: 'انبار و فروش' }).waitFor();
  });

  it('logged no errors in the browser console', () => {
    expect(handle.errors).toEqual([]);
  });

  (process.env.SHOTS_DIR ? it : it.skip)('takes screenshots of the products, the editor, stock, ledger and coupons (fa, en)', async () => {
    const dir = process.env.SHOTS_DIR!;
    mkdirSync(dir, { recursive: true });
    for (const lang of ['fa', 'en'] as const) {
      await page.evaluate((l) => localStorage.setItem('peyvand.locale', l), lang);
      await page.goto('/catalog/products');
      await page.locator('[data-testid="product-row"]').first().waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(dir, `products-${lang}.png`), fullPage: true });
      await page.goto(`/catalog/products/${orchid.id}`);
      await page.getByTestId('product-form').waitFor();
      await page.locator('[data-testid="movement-row"]').first().waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(dir, `product-editor-${lang}.png`), fullPage: true });
      await page.goto('/inventory');
      await page.locator('[data-testid="stock-row"]').first().waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(dir, `stock-levels-${lang}.png`), fullPage: true });
      await page.goto('/inventory/movements');
      await page.locator('[data-testid="movement-row"]').first().waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(dir, `ledger-${lang}.png`), fullPage: true });
      await page.goto('/catalog/coupons');
      await page.locator('[data-testid="coupon-row"]').first().waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(dir, `coupons-${lang}.png`), fullPage: true });
      await page.goto('/catalog/price-lists');
      await page.locator('[data-testid="price-list-row"]').first().waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(dir, `price-lists-${lang}.png`), fullPage: true });
    }
  });
});
