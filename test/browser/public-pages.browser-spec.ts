import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import request from 'supertest';
import type { App } from 'supertest/types';
import { achievementBody, needBody, registrationBody } from '../support/factories';
import { signUp, type Session, type ErrorBody } from '../support/sessions';
import { seriousAccessibilityViolations } from './support/accessibility';
import { startBrowserStack, type BrowserStack } from './support/browser-stack';
import { publishListing, waitUntilSearchable } from './support/listings';

jest.setTimeout(180_000);

const CONTACT = { name: '李联系', phone: '+8613912345678', email: 'secret.contact@example.cn' };
const HTML_TITLE = '<img src=x onerror=alert(1)>锂电池隔膜涂覆工艺';

describe('journey 1: signed out, search 电池 → filter by province → open a listing', () => {
  let stack: BrowserStack;
  let http: App;
  let sme: Session;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    stack = await startBrowserStack({ LISTING_REVIEW_REQUIRED: 'false' });
    http = stack.product.api.getHttpServer() as App;
    const smeBody = registrationBody({
      regionCode: '320505',
      industryCode: '3841',
      name: '苏州测试锂能科技有限公司',
    });
    smeBody.organisation.contact = CONTACT;
    sme = await signUp(http, smeBody);
    const university = await signUp(
      http,
      registrationBody({
        type: 'university',
        regionCode: '210102',
        industryCode: '8341',
        name: '沈阳测试工业大学',
      }),
    );
    ids.need = await publishListing(
      http,
      sme,
      'need',
      needBody(sme.organisationId, {
        title: '高能量密度锂电池正极材料技术需求',
        description:
          '我司生产动力锂电池，希望提升三元正极材料的能量密度与循环寿命，寻求高校合作开发。',
        keywords: ['锂电池', '正极材料'],
        industryCode: '3841',
        regionCode: '320505',
      }),
    );
    ids.anonymous = await publishListing(
      http,
      sme,
      'need',
      needBody(sme.organisationId, {
        title: '退役锂电池梯次利用检测技术',
        description: '寻找退役动力电池快速检测与分选方案，用于储能系统。',
        keywords: ['电池回收'],
        industryCode: '3841',
        regionCode: '320505',
        anonymous: true,
      }),
    );
    ids.html = await publishListing(
      http,
      sme,
      'need',
      needBody(sme.organisationId, {
        title: HTML_TITLE,
        description: '隔膜涂覆工艺改进，提高锂电池安全性。',
        keywords: ['隔膜'],
        industryCode: '3841',
        regionCode: '320505',
      }),
    );
    ids.achievement = await publishListing(
      http,
      university,
      'achievement',
      achievementBody(university.organisationId, {
        title: '锂电池热失控早期预警系统',
        abstract: '基于多传感器融合的锂电池热失控早期预警系统，可提前十分钟发出告警。',
        keywords: ['锂电池', '热失控'],
        industryCode: '3841',
        regionCode: '210102',
      }),
    );
    await waitUntilSearchable(http, 'need', '电池', [ids.need, ids.anonymous, ids.html]);
    await waitUntilSearchable(http, 'achievement', '电池', [ids.achievement]);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('finds 锂电池 for 电池 with highlights, filters by province, and never shows contacts', async () => {
    const { page, watch } = await stack.open('/');
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    await page.getByLabel('搜索关键词').fill('电池');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=%E7%94%B5%E6%B1%A0/);
    const titles = page.getByTestId('hit-title');
    await titles.filter({ hasText: '高能量密度锂电池正极材料技术需求' }).waitFor();
    await titles.filter({ hasText: '锂电池热失控早期预警系统' }).waitFor();
    // The API's highlights, rendered as <mark> text: at least one hit marks 电池.
    const marks = await page.locator('[data-testid="search-hit"] mark').allTextContents();
    expect(marks.some((text) => text.includes('电池'))).toBe(true);

    // HTML in a title is text: visible as written, no <img> element, no script ran.
    await expect(titles.filter({ hasText: '<img src=x onerror=alert(1)>' }).count()).resolves.toBe(
      1,
    );
    expect(await page.locator('[data-testid="search-hit"] img').count()).toBe(0);

    // 江苏省 from the region cascader: the Liaoning achievement goes, the Suzhou needs stay.
    await page.getByRole('combobox', { name: '地区', exact: true }).click();
    await page.getByRole('menuitemcheckbox', { name: '江苏省' }).click();
    await page.waitForURL(/region=320000/);
    await titles.filter({ hasText: '锂电池热失控早期预警系统' }).waitFor({ state: 'detached' });
    await titles.filter({ hasText: '高能量密度锂电池正极材料技术需求' }).waitFor();
    await stack.screenshot(page, 'journey-1-search-filtered');

    await titles.filter({ hasText: '高能量密度锂电池正极材料技术需求' }).click();
    await page.waitForURL(new RegExp(`/needs/${ids.need}$`));
    await page
      .getByTestId('listing-title')
      .filter({ hasText: '高能量密度锂电池正极材料技术需求' })
      .waitFor();
    await page.getByText('苏州测试锂能科技有限公司').waitFor();
    const detail = await page.locator('body').innerText();
    for (const secret of Object.values(CONTACT)) expect(detail).not.toContain(secret);
    await stack.screenshot(page, 'journey-1-listing');

    // An anonymous need names no owner.
    await page.goto(`/needs/${ids.anonymous}`);
    await page
      .getByTestId('listing-title')
      .filter({ hasText: '退役锂电池梯次利用检测技术' })
      .waitFor();
    const anonymous = await page.locator('body').innerText();
    expect(anonymous).toContain('匿名企业');
    expect(anonymous).not.toContain('苏州测试锂能科技有限公司');
    for (const secret of Object.values(CONTACT)) expect(anonymous).not.toContain(secret);

    expect(dialogs).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  it('serves the app with a nonce CSP, long-cached assets and client routes on reload', async () => {
    const index = await request(http).get('/search?q=电池').expect(200);
    const csp = String(index.headers['content-security-policy']);
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeDefined();
    expect(csp).toContain("script-src 'self';");
    expect(index.headers['cache-control']).toBe('no-cache');
    expect(index.text).toContain(`<meta property="csp-nonce" nonce="${nonce}">`);
    expect(index.text).not.toContain('__RONGTONG_CSP_NONCE__');
    const again = await request(http).get('/').expect(200);
    expect(again.headers['content-security-policy']).not.toContain(nonce);

    const script = /src="(\/assets\/[^"]+\.js)"/.exec(index.text)![1];
    const asset = await request(http).get(script).expect(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    await request(http).get('/assets/missing-file.js').expect(404);

    // The build's brotli and gzip copies go to browsers that accept them; others get the file.
    const bytesOf = (acceptEncoding: string) =>
      request(http)
        .get(script)
        .set('Accept-Encoding', acceptEncoding)
        .buffer(true)
        .parse((response, done) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
    const plain = await bytesOf('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const original = plain.body as Buffer;
    const decoded = (response: { body: Buffer; headers: Record<string, string> }) => {
      // superagent may already have decoded it; otherwise decode here.
      if (response.body.equals(original)) return response.body;
      return response.headers['content-encoding'] === 'br'
        ? brotliDecompressSync(response.body)
        : gunzipSync(response.body);
    };
    for (const [accept, encoding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
    ] as const) {
      const encoded = await bytesOf(accept);
      expect(encoded.headers['content-encoding']).toBe(encoding);
      expect(encoded.headers['content-type']).toMatch(/javascript/);
      expect(encoded.headers.vary).toMatch(/Accept-Encoding/i);
      expect(encoded.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(decoded(encoded).equals(original)).toBe(true);
    }
    expect(Number((await bytesOf('br')).headers['content-length'])).toBeLessThan(
      original.length / 2,
    );

    // The app never shadows the API, health or admin paths.
    const api = await request(http).get('/api/v1/nope').expect(404);
    expect((api.body as ErrorBody).error.code).toBe('NOT_FOUND');
    await request(http).get('/health').expect(200, { status: 'ok' });
    expect((await request(http).get('/admin/queues')).text).not.toContain('csp-nonce');
  });

  it('shows public pages with no serious or critical accessibility violations', async () => {
    const { page, watch } = await stack.open('/');
    const pages: [string, string][] = [
      ['/', '让技术需求找到科技成果'],
      ['/search?q=电池', '“电池” 的搜索结果'],
      ['/search?q=电池&type=need', '“电池” 的搜索结果'],
      [`/needs/${ids.need}`, '高能量密度锂电池正极材料技术需求'],
      [`/achievements/${ids.achievement}`, '锂电池热失控早期预警系统'],
      [`/organisations/${sme.organisationId}`, '苏州测试锂能科技有限公司'],
      ['/sign-in', '登录融通'],
      ['/sign-up', '注册机构账号'],
    ];
    const findings: Record<string, unknown> = {};
    for (const [path, heading] of pages) {
      await page.goto(path);
      await page.getByRole('heading', { name: heading }).first().waitFor();
      await page.waitForLoadState('networkidle');
      const violations = await seriousAccessibilityViolations(page);
      if (violations.length) findings[path] = violations;
    }
    expect(findings).toEqual({});
    expect(await watch.cspViolations()).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });
});
