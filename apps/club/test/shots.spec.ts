import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startTestApp } from '../../api/test/utils/test-app';
import { launchBrowser } from '../../dashboard/test/utils/browser';

const VIEWPORTS = { mobile: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;

/** SHOTS_DIR=/tmp/club-shots npx jest --selectProjects browser --testPathPatterns club/test/shots: the public pages. */
(process.env.SHOTS_DIR ? describe : describe.skip)('club screenshots (public pages)', () => {
  let app: { url: string; close(): Promise<void> };
  let browser: Browser;

  beforeAll(async () => {
    app = await startTestApp({ serveWeb: true, seedDemo: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('saves the landing, sign-in, store and cart pages in fa and en, mobile and desktop', async () => {
    const dir = process.env.SHOTS_DIR!;
    mkdirSync(dir, { recursive: true });
    for (const [size, viewport] of Object.entries(VIEWPORTS)) {
      for (const lang of ['fa', 'en']) {
        const context = await browser.newContext({ baseURL: app.url, viewport, locale: 'fa-IR', timezoneId: 'Asia/Tehran' });
        await context.addInitScript((l) => window.localStorage.setItem('peyvand.club.locale', l), lang);
        const page = await context.newPage();
        for (const [name, path, testId] of [
          ['landing', '/club/demo', 'club-landing'],
          ['join', '/club/demo/join', 'phone-step'],
          ['store', '/club/demo/store', 'store'],
          ['cart', '/club/demo/cart', 'cart'],
        ] as const) {
          await page.goto(path);
          await page.getByTestId(testId).waitFor();
          await page.screenshot({ path: join(dir, `${name}-${lang}-${size}.png`), fullPage: true });
        }
        await context.close();
      }
    }
  });
});
