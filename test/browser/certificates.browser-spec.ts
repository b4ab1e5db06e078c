import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { makeValidUscc } from '@rongtong/identity';
import { daysFromNow, registrationBody } from '../support/factories';
import { signUp, signUpWithRole, type Session } from '../support/sessions';
import { seriousAccessibilityViolations } from './support/accessibility';
import { chooseOption, fieldError, settledScrollWidth } from './support/antd';
import { SCREENSHOT_DIR, startBrowserStack, type BrowserStack } from './support/browser-stack';
import { gotoSignedIn } from './support/sign-in';

jest.setTimeout(240_000);

const SME_NAME = '无锡测试精密轴承有限公司';
const LISTED_NAME = '常州测试新能源材料有限公司';

/** Fills an antd DatePicker labelled `name` by typing the day. */
async function pickDay(page: import('playwright-core').Page, name: string, day: string) {
  const input = page.getByLabel(name, { exact: true });
  await input.click();
  await input.fill(day);
  await input.press('Enter');
}

/**
 * Tier certificates in the browser: an SME owner submits one (the API's date rule said under the
 * field), an organiser verifies and later revokes it on the review desk, the owner sees each
 * state and the history; then the organiser imports an official list: dry run with Chinese row
 * errors, only the good row imported.
 */
describe('tier certificates: submit, verify, revoke, and the official list import', () => {
  let stack: BrowserStack;
  let http: App;
  let sme: Session;
  let listed: Session;
  let reviewer: Session;

  const certificates = async () =>
    (
      await request(http)
        .get(`/api/v1/organisations/${sme.organisationId}/certifications`)
        .set(sme.auth)
        .expect(200)
    ).body as { status: string }[];
  const currentTier = async (organisationId: string) =>
    (
      (await request(http).get(`/api/v1/organisations/${organisationId}`).expect(200)).body as {
        currentTier: string | null;
      }
    ).currentTier;

  beforeAll(async () => {
    stack = await startBrowserStack({ LISTING_REVIEW_REQUIRED: 'false' });
    http = stack.product.api.getHttpServer() as App;
    sme = await signUp(http, registrationBody({ name: SME_NAME }));
    listed = await signUp(http, registrationBody({ name: LISTED_NAME, regionCode: '320411' }));
    reviewer = await signUpWithRole(http, stack.product.api.get(DataSource), 'organiser');
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('an owner submits, an organiser verifies then revokes; the owner sees state and history', async () => {
    const owner = await stack.open('/');
    await gotoSignedIn(owner.page, '/my/organisation', sme.body);
    await owner.page.getByRole('tab', { name: '梯度认定' }).click();
    await owner.page.getByTestId('current-tier').filter({ hasText: '暂无已认定' }).waitFor();

    await chooseOption(owner.page, '梯度', '专精特新中小企业');
    await chooseOption(owner.page, '认定级别', '省级');
    await pickDay(owner.page, '认定日期', daysFromNow(-300));
    await pickDay(owner.page, '有效期至', daysFromNow(-400));
    await owner.page.getByLabel('证书编号或公示文号').fill('苏工信发〔2025〕36号');
    await owner.page.getByLabel('认定机关').fill('江苏省工业和信息化厅');
    await owner.page.getByLabel('公布名单的年度').fill('2025');
    await owner.page.getByRole('button', { name: '提交审核' }).click();
    // The dates' order is the API's rule: its 400 lands under the field, nothing is created.
    await fieldError(owner.page, '有效期至').filter({ hasText: '有效期须晚于认定日期' }).waitFor();
    expect(await certificates()).toEqual([]);

    await pickDay(owner.page, '有效期至', daysFromNow(700));
    await owner.page.getByRole('button', { name: '提交审核' }).click();
    const card = owner.page.getByTestId('certificate');
    await card.getByTestId('certificate-status').filter({ hasText: '待审核' }).waitFor();
    await card.getByTestId('certificate-history').filter({ hasText: '提交申报' }).waitFor();
    expect(await certificates()).toEqual([expect.objectContaining({ status: 'pending' })]);
    expect(await currentTier(sme.organisationId)).toBeNull();
    expect(await seriousAccessibilityViolations(owner.page)).toEqual([]);

    const desk = await stack.open('/');
    await gotoSignedIn(desk.page, '/review', reviewer.body);
    await desk.page.getByRole('tab', { name: /梯度认定/ }).click();
    const queued = desk.page.getByTestId('queued-certificate').filter({ hasText: SME_NAME });
    await queued.getByText('苏工信发〔2025〕36号').waitFor();
    await queued.getByRole('button', { name: '认定通过' }).click();
    await desk.page
      .getByTestId('review-notice')
      .filter({ hasText: `已认定：${SME_NAME}` })
      .waitFor();
    expect(await currentTier(sme.organisationId)).toBe('specialised');

    await owner.page.reload();
    await card.getByTestId('certificate-status').filter({ hasText: '已认定' }).waitFor();
    await card.getByText('当前有效').waitFor();
    await owner.page.getByTestId('current-tier').filter({ hasText: '专精特新中小企业' }).waitFor();

    // Revoked with a reason: the owner reads it in the history.
    await desk.page.locator('label.ant-segmented-item', { hasText: '已认定' }).click();
    await queued.getByRole('button', { name: '撤销认定' }).click();
    await queued.getByLabel('撤销理由').fill('该企业未列入 2025 年省级专精特新名单');
    await queued.getByRole('button', { name: '确认撤销' }).click();
    await desk.page
      .getByTestId('review-notice')
      .filter({ hasText: `已撤销：${SME_NAME}` })
      .waitFor();
    expect(await currentTier(sme.organisationId)).toBeNull();
    await owner.page.reload();
    await card.getByTestId('certificate-status').filter({ hasText: '已撤销' }).waitFor();
    await card
      .getByTestId('certificate-history')
      .filter({ hasText: '撤销认定' })
      .filter({ hasText: '该企业未列入 2025 年省级专精特新名单' })
      .waitFor();
    await stack.screenshot(owner.page, 'certificates-owner');

    for (const { watch } of [owner, desk]) {
      expect(await watch.cspViolations()).toEqual([]);
      expect(watch.pageErrors).toEqual([]);
    }
    // Chromium logs every 4xx answer: the owner's one is the date rule's 400 above.
    expect(owner.watch.consoleErrors).toEqual([
      'Failed to load resource: the server responded with a status of 400 (Bad Request)',
    ]);
    expect(desk.watch.consoleErrors).toEqual([]);
  });

  it('imports an official list: dry run shows Chinese row errors, then only the good row counts', async () => {
    const unregistered = makeValidUscc('320200', 98_765_432);
    const wrongCheck =
      listed.body.organisation.uscc.slice(0, 17) +
      (listed.body.organisation.uscc.endsWith('0') ? '1' : '0');
    const csv = [
      ['企业名称', '统一社会信用代码', '梯度类别', '年度', '认定机关'],
      [LISTED_NAME, listed.body.organisation.uscc, '专精特新小巨人企业', '2025', '工业和信息化部'],
      [
        '常州测试未注册企业有限公司',
        unregistered,
        '创新型中小企业',
        '2025',
        '常州市工业和信息化局',
      ],
      ['常州测试校验位错误有限公司', wrongCheck, '创新型中小企业', '2025', '常州市工业和信息化局'],
    ]
      .map((row) => row.join(','))
      .join('\r\n');
    const file = join(SCREENSHOT_DIR, '2025年梯度培育企业名单.csv');
    writeFileSync(file, `\uFEFF${csv}`, 'utf8');

    const { page, watch } = await stack.open('/');
    await gotoSignedIn(page, '/review', reviewer.body);
    await page.getByRole('tab', { name: '名单导入' }).click();
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByRole('button', { name: '试导入（不写入）' }).click();
    await page
      .getByTestId('import-summary')
      .filter({ hasText: '共 3 行，可认定 1 行，有问题 2 行' })
      .waitFor();
    await page.getByTestId('row-errors').filter({ hasText: '尚未在平台注册' }).waitFor();
    await page.getByTestId('row-errors').filter({ hasText: '校验位错误' }).waitFor();
    expect(await currentTier(listed.organisationId)).toBeNull();

    await page.getByRole('switch', { name: '只看有问题的行' }).click();
    await page.getByRole('row', { name: new RegExp(LISTED_NAME) }).waitFor({ state: 'detached' });
    expect(await page.getByTestId('row-errors').count()).toBe(2);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // At 375 px the row table scrolls inside itself; the page does not.
    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByTestId('import-summary').waitFor();
    expect(await settledScrollWidth(page)).toBeLessThanOrEqual(375);
    await page.setViewportSize({ width: 1280, height: 720 });

    await page.getByRole('button', { name: '确认导入 1 行' }).click();
    await page.getByTestId('import-summary').filter({ hasText: '导入完成：新认定 1 家' }).waitFor();
    expect(await currentTier(listed.organisationId)).toBe('little_giant');
    await stack.screenshot(page, 'certificates-import');

    expect(await watch.cspViolations()).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });
});
