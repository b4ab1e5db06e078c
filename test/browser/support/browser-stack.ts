import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { RunningProduct, startProduct } from '../../support/running-product';
import { freePort } from '../../support/worker-process';
import { watchPage, type PageWatch } from './page-watch';

/** Debian's Chromium; never a downloaded browser build. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const SCREENSHOT_DIR = join(__dirname, '..', '..', '..', 'test-results', 'screenshots');

export interface BrowserStack {
  product: RunningProduct;
  /** http://127.0.0.1:<port>, also the api's PUBLIC_URL (the CSRF origin check uses it). */
  baseUrl: string;
  browser: Browser;
  /** A fresh browser context (own cookies and storage) with a watched page. */
  open(path?: string): Promise<{ context: BrowserContext; page: Page; watch: PageWatch }>;
  screenshot(page: Page, name: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The real stack for browser journeys: api + worker in this process (own database, queue prefix
 * and index prefix), the built web app served by the api on a free port, and Chromium.
 * Playwright's launch() gives every run a fresh temporary profile (user-data-dir).
 */
export async function startBrowserStack(
  env: Record<string, string> = {},
  /** Extra Chromium switches, e.g. a fake camera (`--use-file-for-fake-video-capture=…`). */
  options: { chromiumArgs?: string[] } = {},
): Promise<BrowserStack> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const product = await startProduct({ PUBLIC_URL: baseUrl, ...env });
  await product.api.listen(port, '127.0.0.1');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_FLAGS, ...(options.chromiumArgs ?? [])],
  });
  const contexts: BrowserContext[] = [];
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    product,
    baseUrl,
    browser,
    async open(path = '/') {
      const context = await browser.newContext({ baseURL: baseUrl, locale: 'zh-CN' });
      contexts.push(context);
      const page = await context.newPage();
      const watch = await watchPage(page);
      await page.goto(path);
      return { context, page, watch };
    },
    async screenshot(page, name) {
      const file = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async stop() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await product.stop();
    },
  };
}
