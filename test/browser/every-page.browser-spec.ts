// Functions passed to page.evaluate run in the browser: DOM types for them.
/// <reference lib="dom" />
import type { App } from 'supertest/types';
import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import request from 'supertest';
import {
  achievementBody,
  challengeBody,
  eventBody,
  needBody,
  registrationBody,
} from '../support/factories';
import { eventually } from '../support/isolated-environment';
import { logIn, signUp, signUpWithRole, type Session } from '../support/sessions';
import { seriousAccessibilityViolations, type AxeFinding } from './support/accessibility';
import { startBrowserStack, type BrowserStack } from './support/browser-stack';
import { publishListing, waitUntilSearchable } from './support/listings';
import { signInThroughPage } from './support/sign-in';

// One stack and one browser for every role; each role gets its own context (own cookies).
jest.setTimeout(600_000);

/** Pages of the account menu, beside the main navigation. */
const ACCOUNT_PAGES = ['/account', '/notifications', '/settings/notifications'];

/**
 * The main content each page must show (its h1), by path. Pages not listed here (added by other
 * features) must still show a non-empty h1 inside <main>.
 */
const HEADINGS: Record<string, RegExp> = {
  '/': /让技术需求找到科技成果/,
  '/search': /搜索结果|全部|找技术|搜索/,
  '/my/listings': /我的发布/,
  '/matches': /匹配推荐/,
  '/my/organisation': /./,
  '/saved-searches': /订阅/,
  '/account': /我的账号|账号/,
  '/notifications': /消息/,
  '/settings/notifications': /通知/,
  '/ops': /运维/,
  '/applications': /揭榜/,
  '/review-queue': /评审|审核/,
  '/events': /对接会/,
};

interface RoleVisit {
  paths: string[];
  findings: Record<string, AxeFinding[]>;
  errors: Record<string, string[]>;
  missing: Record<string, string>;
}

/** Waits until the page at `path` shows its main content, or says what it shows instead. */
async function mainContentProblem(
  page: Page,
  path: string,
  expectedHeading: RegExp = HEADINGS[path.split('?')[0]] ?? /\S/,
): Promise<string | undefined> {
  const main = page.locator('main');
  const heading = main.locator('h1').first();
  try {
    await heading.waitFor({ timeout: 20_000 });
  } catch {
    return `no h1 in <main>: ${(await main.innerText().catch(() => '')).slice(0, 200)}`;
  }
  await page.waitForLoadState('networkidle');
  // Loading skeletons give way to content (or an empty state) within the wait.
  await main
    .locator('.ant-skeleton')
    .first()
    .waitFor({ state: 'detached', timeout: 20_000 })
    .catch(() => undefined);
  const text = (await heading.innerText()).trim();
  if (!expectedHeading.test(text)) return `h1 "${text}" does not match ${expectedHeading}`;
  if (await main.locator('.ant-skeleton').count()) return 'still loading after 20 s';
  const failure = main.locator(
    '[data-testid="error-state"], .ant-result-error, .ant-result-403, .ant-result-404',
  );
  if (await failure.count()) return `error state: ${(await failure.first().innerText()).trim()}`;
  return undefined;
}

describe('journey 5: every page of the navigation for each role, with axe', () => {
  let stack: BrowserStack;
  let http: App;
  const accounts: Record<string, Session> = {};
  const visits: Record<string, RoleVisit> = {};
  const listings: Record<'need' | 'achievement', string> = { need: '', achievement: '' };
  /** Records the detail pages open: a challenge, an event and the need↔achievement match. */
  const records = { challenge: '', event: '', match: '' };

  /**
   * The detail pages each role reaches by following links (not in the navigation): public
   * details, and the pages a role works on. Filled in once the records exist.
   */
  const detailPages = (role: string): string[] => {
    const sme = accounts.sme.organisationId;
    const publicDetails = [
      `/needs/${listings.need}`,
      `/achievements/${listings.achievement}`,
      `/challenges/${records.challenge}`,
      `/organisations/${sme}`,
      `/events/${records.event}`,
    ];
    const own: Record<string, string[]> = {
      anonymous: [],
      sme: [
        `/my/listings/need/${listings.need}`,
        `/my/listings/need/${listings.need}/edit`,
        '/my/listings/new/need',
        `/matches/${records.match}`,
      ],
      member: [`/my/listings/need/${listings.need}`, `/matches/${records.match}`],
      university: [
        `/my/listings/achievement/${listings.achievement}`,
        '/my/listings/new/achievement',
        `/matches/${records.match}`,
      ],
      enterprise: [
        `/my/listings/challenge/${records.challenge}`,
        '/my/listings/new/challenge',
        `/challenges/${records.challenge}/review`,
      ],
      organiser: [
        '/events/new',
        `/events/${records.event}/manage`,
        `/events/${records.event}/edit`,
        `/events/${records.event}/check-in`,
        '/review',
      ],
      admin: ['/review'],
    };
    // Public details look different signed out, to their owner and to a colleague of the owner;
    // the other roles see what anonymous sees there (plus a sign-in state the shell covers).
    const seesPublicDetails = ['anonymous', 'sme', 'member'].includes(role);
    return [...(seesPublicDetails ? publicDetails : []), ...(own[role] ?? [])];
  };

  beforeAll(async () => {
    stack = await startBrowserStack({ LISTING_REVIEW_REQUIRED: 'false' });
    http = stack.product.api.getHttpServer() as App;
    const db = stack.product.api.get(DataSource);
    accounts.sme = await signUp(
      http,
      registrationBody({ name: '苏州测试锂电池材料有限公司', industryCode: '3841' }),
    );
    accounts.university = await signUp(
      http,
      registrationBody({ type: 'university', industryCode: '8341', name: '大连测试理工大学' }),
    );
    accounts.enterprise = await signUp(
      http,
      registrationBody({ type: 'large_enterprise', name: '沈阳测试重型机械集团有限公司' }),
    );
    accounts.organiser = await signUpWithRole(http, db, 'organiser');
    accounts.admin = await signUpWithRole(http, db, 'admin');
    const need = (listings.need = await publishListing(
      http,
      accounts.sme,
      'need',
      needBody(accounts.sme.organisationId, {
        title: '动力锂电池正极材料循环寿命提升技术需求',
        keywords: ['锂电池', '正极材料'],
      }),
    ));
    const achievement = (listings.achievement = await publishListing(
      http,
      accounts.university,
      'achievement',
      achievementBody(accounts.university.organisationId, {
        title: '锂电池正极材料掺杂改性技术',
        keywords: ['锂电池', '正极材料'],
      }),
    ));
    await waitUntilSearchable(http, 'need', '锂电池', [need]);
    await waitUntilSearchable(http, 'achievement', '锂电池', [achievement]);
    records.challenge = await publishListing(
      http,
      accounts.enterprise,
      'challenge',
      challengeBody(accounts.enterprise.organisationId),
    );
    const organiser = accounts.organiser;
    const event = await request(http)
      .post('/api/v1/events')
      .set(organiser.auth)
      .send(eventBody(organiser.organisationId))
      .expect(201);
    records.event = (event.body as { id: string }).id;
    await request(http)
      .post(`/api/v1/events/${records.event}/transitions`)
      .set(organiser.auth)
      .send({ action: 'open' })
      .expect(200);
    records.match = await eventually(async () => {
      const matches = await request(http)
        .get(`/api/v1/needs/${need}/matches?counterpartKind=achievement`)
        .set(accounts.sme.auth)
        .expect(200);
      const item = (
        matches.body as { items: { id: string; counterpart: { id: string } }[] }
      ).items.find((candidate) => candidate.counterpart.id === achievement);
      if (!item) throw new Error('no match yet');
      return item.id;
    }, 60_000);
    // A colleague of the SME's owner: a member, not an owner.
    const memberEmail = `member.${accounts.sme.userId.slice(0, 8)}@example.cn`;
    const invitation = await request(http)
      .post(`/api/v1/organisations/${accounts.sme.organisationId}/invitations`)
      .set(accounts.sme.auth)
      .send({ email: memberEmail })
      .expect(201);
    const memberBody = {
      ...accounts.sme.body,
      email: memberEmail,
      password: 'Member-Suzhou-Cell-42',
      displayName: '王工',
    };
    await request(http)
      .post('/api/v1/auth/register')
      .send({
        email: memberEmail,
        password: memberBody.password,
        displayName: memberBody.displayName,
        invitationToken: (invitation.body as { token: string }).token,
      })
      .expect(202);
    const member = await logIn(http, memberBody);
    const me = await request(http).get('/api/v1/me').set(member.auth).expect(200);
    accounts.member = {
      ...member,
      organisationId: accounts.sme.organisationId,
      userId: (me.body as { id: string }).id,
      email: memberEmail,
      body: memberBody,
    };
  });

  afterAll(async () => {
    console.log(
      `journey 5 pages visited: ${JSON.stringify(
        Object.fromEntries(Object.entries(visits).map(([role, visit]) => [role, visit.paths])),
      )}`,
    );
    await stack?.stop();
  });

  /** Signs `role` in (unless anonymous), then visits its navigation and account pages. */
  async function visitEveryPage(role: string): Promise<RoleVisit> {
    const account = accounts[role];
    const { context, page, watch } = await stack.open(account ? '/sign-in' : '/');
    if (account) await signInThroughPage(page, account.body);
    await page.locator('nav a').first().waitFor();
    const nav = await page
      .locator('header nav a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    const extra = account ? ACCOUNT_PAGES : ['/search?q=锂电池', '/sign-in', '/sign-up'];
    const visit: RoleVisit = {
      paths: [...new Set([...nav, ...extra, ...detailPages(role)])],
      findings: {},
      errors: {},
      missing: {},
    };
    for (const path of visit.paths) {
      const before = watch.consoleErrors.length + watch.pageErrors.length;
      await page.goto(path);
      const problem = await mainContentProblem(page, path);
      if (problem) visit.missing[path] = problem;
      const violations = await seriousAccessibilityViolations(page);
      if (violations.length) visit.findings[path] = violations;
      const after = [...watch.consoleErrors, ...watch.pageErrors].slice(before);
      if (after.length) visit.errors[path] = after;
    }
    const csp = await watch.cspViolations();
    if (csp.length) visit.errors.csp = csp;
    await stack.screenshot(page, `journey-5-${role}-last-page`);
    await context.close();
    visits[role] = visit;
    return visit;
  }

  it.each(['anonymous', 'sme', 'member', 'university', 'enterprise', 'organiser', 'admin'])(
    '%s: each page shows its content, no console errors, no serious axe findings',
    async (role) => {
      const { paths, ...problems } = await visitEveryPage(role);
      expect(problems).toEqual({ missing: {}, errors: {}, findings: {} });
      const visit = { paths };
      if (role === 'anonymous') expect(visit.paths).toEqual(expect.arrayContaining(['/search']));
      if (role === 'sme') {
        expect(visit.paths).toEqual(expect.arrayContaining(['/matches', '/my/listings']));
      }
      if (role === 'admin') expect(visit.paths).toContain('/ops');
    },
  );

  it('a member (not an owner) sees the organisation but none of the owner-only controls', async () => {
    const { context, page, watch } = await stack.open('/sign-in');
    await signInThroughPage(page, accounts.member.body);
    await page.goto('/my/organisation#members');
    await page.getByRole('tab', { name: '成员与邀请', selected: true }).waitFor();
    await page.getByRole('cell', { name: accounts.member.body.email }).waitFor();
    await page.getByRole('cell', { name: accounts.sme.body.email }).waitFor();
    expect(await page.getByText('邀请成员').count()).toBe(0);
    await page.goto('/my/organisation#webhooks');
    await page.getByText('仅机构管理员可以管理此项。').waitFor();
    expect(await page.locator('main form').count()).toBe(0);
    expect(watch.pageErrors).toEqual([]);
    await context.close();
  });

  it('switches to English, which stays across pages and reloads, and switches back', async () => {
    const { context, page, watch } = await stack.open('/sign-in');
    await signInThroughPage(page, accounts.sme.body);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.getByRole('button', { name: '切换语言' }).click();
    await page.locator('html[lang="en"]').waitFor();
    const nav = await page
      .locator('header nav a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    const han = /\p{Script=Han}/u;
    const chinese: Record<string, string[]> = {};
    // Every page loads afresh (page.goto), so English must come back from what was stored.
    for (const path of [...nav, ...ACCOUNT_PAGES, '/my/listings/new/need', '/search']) {
      await page.goto(path);
      expect(await mainContentProblem(page, path, /^[A-Za-z“"]/)).toBeUndefined();
      await page.waitForLoadState('networkidle');
      // Interface words: navigation, labels, column heads, buttons, placeholders (the h1 may
      // carry a name, e.g. the organisation's; its English start is checked above). The
      // search box's example stays Chinese on purpose: the listings are written in Chinese.
      const words = await page.evaluate(() => {
        const texts = Array.from(
          document.querySelectorAll<HTMLElement>(
            'header nav, main label, main th, main button, main .ant-tabs-tab',
          ),
          (element) => element.innerText,
        );
        const placeholders = Array.from(
          document.querySelectorAll<HTMLInputElement>(
            'main input[placeholder]:not([aria-label="Search terms"])',
          ),
          (input) => input.placeholder,
        );
        return [...texts, ...placeholders];
      });
      const untranslated = words.filter((text) => han.test(text));
      if (untranslated.length) chinese[path] = untranslated;
    }
    expect(chinese).toEqual({});
    // antd's own words follow the switch too (its en_US locale).
    await page.goto('/my/listings/new/need');
    await page.getByPlaceholder('Select date').first().waitFor();

    await page.getByRole('button', { name: 'Switch language' }).click();
    await page.locator('html[lang="zh-CN"]').waitFor();
    await page.reload();
    await page.locator('header nav').getByText('匹配推荐').waitFor();
    await page.getByPlaceholder('请选择日期').first().waitFor();
    expect(watch.pageErrors).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  it('keeps search, a listing, matches and the inbox usable at 375 px (nothing scrolls sideways)', async () => {
    const { context, page, watch } = await stack.open('/sign-in');
    await page.setViewportSize({ width: 375, height: 800 });
    await signInThroughPage(page, accounts.sme.body);
    const wide: Record<string, number> = {};
    for (const path of [
      '/search?q=锂电池',
      `/needs/${listings.need}`,
      `/achievements/${listings.achievement}`,
      '/matches',
      '/notifications',
      '/my/listings',
    ]) {
      await page.goto(path);
      expect(await mainContentProblem(page, path)).toBeUndefined();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 375) wide[path] = width;
    }
    await stack.screenshot(page, 'journey-5-375px');
    expect(wide).toEqual({});
    expect(watch.pageErrors).toEqual([]);
    await context.close();
  });

  it('works by keyboard alone: search, open a hit, sign in', async () => {
    const { context, page, watch } = await stack.open('/');
    /** Presses Tab until the focused element matches `selector` (at most 40 times). */
    const tabUntil = async (what: string, selector: string) => {
      for (let presses = 0; presses < 40; presses++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) {
          return;
        }
      }
      throw new Error(`Tab never reached ${what}`);
    };
    await page.locator('main h1').waitFor();
    await tabUntil('the search box', 'input[aria-label="搜索关键词"]');
    await page.keyboard.type('锂电池');
    await page.keyboard.press('Enter');
    await page.getByTestId('hit-title').first().waitFor();
    await tabUntil('a hit', '[data-testid="hit-title"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/(needs|achievements)\/[0-9a-f-]+$/);
    await page.getByTestId('listing-title').waitFor();

    await page.goto('/sign-in');
    await tabUntil('the email field', 'input#email, input[type="email"]');
    await page.keyboard.type(accounts.university.body.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(accounts.university.body.password);
    await page.keyboard.press('Enter');
    await page.getByTestId('account-menu').waitFor();
    expect(watch.pageErrors).toEqual([]);
    await context.close();
  });

  it('says so in a banner when search is down (503 SEARCH_UNAVAILABLE), and recovers on 重试', async () => {
    const { context, page, watch } = await stack.open('/');
    // The API's answer while Meilisearch is unreachable (its e2e covers the API side).
    await page.route('**/api/v1/search?**', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({
          error: { code: 'SEARCH_UNAVAILABLE', message: 'search is unavailable', fields: [] },
        }),
      }),
    );
    await page.goto('/search?q=锂电池');
    const banner = page.getByTestId('error-state');
    await banner.filter({ hasText: '搜索服务暂时不可用' }).waitFor({ timeout: 30_000 });
    expect(await banner.getAttribute('role')).toBe('alert');
    // The page around it stays: heading, search box and filters.
    await page.getByRole('heading', { name: '“锂电池” 的搜索结果' }).waitFor();
    await page.getByLabel('搜索关键词').waitFor();

    await page.unroute('**/api/v1/search?**');
    await banner.getByRole('button', { name: /重\s*试/ }).click();
    await page.getByTestId('hit-title').first().waitFor();
    expect(await banner.count()).toBe(0);
    expect(watch.pageErrors).toEqual([]);
    await context.close();
  });
});
