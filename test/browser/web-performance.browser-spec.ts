// Functions passed to page.evaluate run in the browser: DOM types for them.
/// <reference lib="dom" />
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import request from 'supertest';
import type { App } from 'supertest/types';
import type { Page } from 'playwright-core';
import { eventually } from '../support/isolated-environment';
import { startBrowserStack, type BrowserStack } from './support/browser-stack';
import { initialJsOf, kb } from './support/bundle';

jest.setTimeout(600_000);

/** The budget for the public search page's initial JavaScript. */
const INITIAL_JS_BUDGET_BYTES = 300 * 1024;
const QUERY = '电池';
const ROUNDS = 5;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

describe('web performance: the search page within its JavaScript budget, and how fast it answers', () => {
  it('keeps the public search page initial JS within 300 KB gzip', () => {
    const search = initialJsOf('src/search/SearchPage.tsx');
    const home = initialJsOf('src/search/HomePage.tsx');
    console.log(
      [
        `initial JS, public search page: ${kb(search.gzipBytes)} gzip (budget ${kb(INITIAL_JS_BUDGET_BYTES)}), home: ${kb(home.gzipBytes)}`,
        ...search.files.slice(0, 8).map((f) => `  ${kb(f.gzipBytes).padStart(9)}  ${f.file}`),
      ].join('\n'),
    );
    // The check can fail: the entry alone is most of the budget.
    expect(search.files.length).toBeGreaterThan(1);
    expect(search.gzipBytes).toBeLessThanOrEqual(INITIAL_JS_BUDGET_BYTES);
    expect(home.gzipBytes).toBeLessThanOrEqual(INITIAL_JS_BUDGET_BYTES);
  });

  describe('with the demo data', () => {
    let stack: BrowserStack;

    beforeAll(async () => {
      stack = await startBrowserStack({ SEED_DEMO_DATA: 'true', LISTING_REVIEW_REQUIRED: 'false' });
      const http = stack.product.api.getHttpServer() as App;
      // The demo listings reach the index through the outbox.
      await eventually(async () => {
        const response = await request(http)
          .get('/api/v1/search')
          .query({ q: QUERY, type: 'need' });
        const { total } = response.body as { total: number };
        if (!(total > 5)) throw new Error(`only ${total} hits`);
      }, 240_000);
      // In this harness the worker shares the api's process and event loop, and right after
      // seeding it matches ~2,000 demo listings; in production it is a process of its own.
      // Timings are taken with it stopped (stop() must then not close it twice).
      const { worker } = stack.product;
      await worker.close();
      worker.close = () => Promise.resolve();
    });

    afterAll(async () => {
      await stack?.stop();
    });

    /** Milliseconds from navigation start until the first hit title is on screen. */
    async function navigationToResults(page: Page, path: string): Promise<number> {
      await page.goto(path);
      await page.getByTestId('hit-title').first().waitFor();
      return page.evaluate(() => performance.now());
    }

    /** The page's first contentful paint and its last search request's duration, in ms. */
    function paintAndSearchApi(page: Page) {
      return page.evaluate(() => {
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        const searches = performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name.includes('/api/v1/search'));
        return {
          firstPaint: paint?.startTime ?? NaN,
          searchApi: searches[searches.length - 1]?.duration ?? NaN,
        };
      });
    }

    it('measures navigation → results and search → results (reported, not asserted)', async () => {
      // Cold: a new browser context each round (empty cache), the JS it fetched, gzipped.
      const cold: number[] = [];
      const firstPaint: number[] = [];
      const searchApi: number[] = [];
      let jsGzip = 0;
      for (let round = 0; round < ROUNDS; round++) {
        const context = await stack.browser.newContext({ baseURL: stack.baseUrl });
        const page = await context.newPage();
        const scripts: Promise<Buffer>[] = [];
        page.on('response', (response) => {
          if (response.url().endsWith('.js')) scripts.push(response.body());
        });
        cold.push(await navigationToResults(page, `/search?q=${encodeURIComponent(QUERY)}`));
        const timings = await paintAndSearchApi(page);
        firstPaint.push(timings.firstPaint);
        searchApi.push(timings.searchApi);
        await page.waitForLoadState('networkidle');
        if (round === 0) {
          for (const body of await Promise.all(scripts)) jsGzip += gzipSync(body).length;
        }
        await context.close();
      }

      // Warm: the same page again (scripts cached), and a search typed on the home page.
      const { page, watch } = await stack.open('/');
      const warm: number[] = [];
      const typed: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        warm.push(await navigationToResults(page, `/search?q=${encodeURIComponent(QUERY)}`));
        await page.goto('/');
        const box = page.getByLabel('搜索关键词');
        await box.fill(QUERY);
        const started = await page.evaluate(() => performance.now());
        await box.press('Enter');
        await page.getByTestId('hit-title').first().waitFor();
        typed.push((await page.evaluate(() => performance.now())) - started);
      }
      const ms = (values: number[]) =>
        `median ${Math.round(median(values))} ms (${values.map(Math.round).join(', ')})`;
      console.log(
        [
          `search page timings (${ROUNDS} rounds, demo data, ${cpus().length} cores at load ${loadavg()[0].toFixed(1)}):`,
          `  cold navigation → first results: ${ms(cold)}`,
          `    of which first contentful paint: ${ms(firstPaint)}; the search API request: ${ms(searchApi)}`,
          `  warm navigation → first results: ${ms(warm)}`,
          `  home page search (Enter) → results: ${ms(typed)}`,
          `  JS fetched by a cold visit until network idle: ${kb(jsGzip)} gzip`,
        ].join('\n'),
      );
      expect(cold).toHaveLength(ROUNDS);
      expect(watch.pageErrors).toEqual([]);
    });
  });
});
