import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { daysFromNow, registrationBody } from '../support/factories';
import { signUp, signUpWithRole, type Session } from '../support/sessions';
import { seriousAccessibilityViolations } from './support/accessibility';
import { chooseOption } from './support/antd';
import { SCREENSHOT_DIR, startBrowserStack, type BrowserStack } from './support/browser-stack';
import { gotoSignedIn } from './support/sign-in';

jest.setTimeout(240_000);

const OLD_NAME = '温州测试阀门制造有限公司';
const NEW_NAME = '温州测试智能流体控制有限公司';
/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const REFUSED = /^Failed to load resource: the server responded with a status of 415 /;

/**
 * What an SME asks reviewers for besides listings: a new organisation name (the public name stays
 * until approved), the verification of its USCC (the claim made at sign-up), and a tier
 * certificate with evidence files (a disguised file refused by its bytes). The organiser decides
 * each on the review desk and opens the evidence through its signed link.
 */
describe('name change, USCC claim and certificate evidence, requested and reviewed in the browser', () => {
  let stack: BrowserStack;
  let http: App;
  let sme: Session;
  let reviewer: Session;

  const publicOrganisation = async () =>
    (await request(http).get(`/api/v1/organisations/${sme.organisationId}`).expect(200)).body as {
      name: string;
      usccStatus: string;
    };

  beforeAll(async () => {
    stack = await startBrowserStack({ LISTING_REVIEW_REQUIRED: 'false' });
    http = stack.product.api.getHttpServer() as App;
    sme = await signUp(http, registrationBody({ name: OLD_NAME, regionCode: '330302' }));
    reviewer = await signUpWithRole(http, stack.product.api.get(DataSource), 'organiser');
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('the SME asks, the organiser decides, both see the outcome', async () => {
    const scan = join(SCREENSHOT_DIR, '证书扫描件.png');
    writeFileSync(scan, PNG);
    const disguised = join(SCREENSHOT_DIR, '伪装的证书.pdf');
    writeFileSync(disguised, 'MZ this is not a PDF at all');

    const owner = await stack.open('/');
    await gotoSignedIn(owner.page, '/my/organisation', sme.body);
    // The code typed at sign-up waits for verification.
    await owner.page.getByTestId('uscc-status').filter({ hasText: '待核验' }).waitFor();
    await owner.page.getByTestId('uscc-claims').filter({ hasText: '注册认领：待审核' }).waitFor();

    // A new name goes to review; the public keeps the old one.
    await owner.page.getByLabel('机构名称').fill(NEW_NAME);
    await owner.page.getByRole('button', { name: /保\s*存/ }).click();
    await owner.page.getByTestId('pending-name').filter({ hasText: NEW_NAME }).waitFor();
    expect((await publicOrganisation()).name).toBe(OLD_NAME);

    // A certificate with two files: the real scan is kept, the disguised one refused by its bytes.
    await owner.page.getByRole('tab', { name: '梯度认定' }).click();
    await chooseOption(owner.page, '梯度', '创新型中小企业');
    for (const [label, day] of [
      ['认定日期', daysFromNow(-100)],
      ['有效期至', daysFromNow(900)],
    ]) {
      const input = owner.page.getByLabel(label, { exact: true });
      await input.click();
      await input.fill(day);
      await input.press('Enter');
    }
    await owner.page.getByLabel('证书编号或公示文号').fill('温经信〔2025〕12号');
    await owner.page.getByLabel('认定机关').fill('温州市经济和信息化局');
    await owner.page.locator('input[type="file"]').first().setInputFiles([scan, disguised]);
    await owner.page.getByRole('button', { name: '提交审核' }).click();
    await owner.page
      .getByRole('alert')
      .filter({ hasText: '伪装的证书.pdf：只支持 PDF、PNG' })
      .waitFor();
    const evidence = owner.page.getByTestId('certificate').getByTestId('evidence-file');
    await evidence.filter({ hasText: '证书扫描件.png' }).waitFor();
    expect(await evidence.count()).toBe(1);
    expect(await seriousAccessibilityViolations(owner.page)).toEqual([]);

    // The organiser: name, claim, certificate with its evidence.
    const desk = await stack.open('/');
    await gotoSignedIn(desk.page, '/review', reviewer.body);
    await desk.page.getByRole('tab', { name: /名称变更/ }).click();
    const change = desk.page.getByTestId('name-change').filter({ hasText: NEW_NAME });
    await change.getByText(OLD_NAME).first().waitFor();
    await change.getByRole('button', { name: '审核通过' }).click();
    await desk.page
      .getByTestId('review-notice')
      .filter({ hasText: `已通过名称变更：${NEW_NAME}` })
      .waitFor();
    expect((await publicOrganisation()).name).toBe(NEW_NAME);

    await desk.page.getByRole('tab', { name: /信用代码认领/ }).click();
    const claim = desk.page
      .getByTestId('uscc-claim')
      .filter({ hasText: sme.body.organisation.uscc });
    await claim.getByText('注册认领').waitFor();
    await claim.getByRole('button', { name: '认定通过' }).click();
    await desk.page
      .getByTestId('review-notice')
      .filter({ hasText: `已核验：${sme.body.organisation.uscc}` })
      .waitFor();
    expect((await publicOrganisation()).usccStatus).toBe('verified');

    await desk.page.getByRole('tab', { name: /梯度认定/ }).click();
    const certificate = desk.page.getByTestId('queued-certificate').filter({ hasText: NEW_NAME });
    const file = certificate.getByTestId('evidence-file').filter({ hasText: '证书扫描件.png' });
    const [download] = await Promise.all([
      desk.page.waitForEvent('download'),
      file.getByRole('button', { name: '下载' }).click(),
    ]);
    // Through the signed link: the very bytes uploaded, under the uploaded name.
    expect(download.url()).toMatch(/\/api\/v1\/files\/[^?]+\?.*signature=/);
    expect(download.suggestedFilename()).toBe('证书扫描件.png');
    expect(readFileSync(await download.path()).equals(PNG)).toBe(true);
    // The pointer still rests on 下载 (its lighter hover colour is not what axe should judge).
    await desk.page.mouse.move(0, 0);
    expect(await seriousAccessibilityViolations(desk.page)).toEqual([]);

    // The owner sees both outcomes.
    // A hash change is no page load: reload, so the profile is read again (it is cached 30 s).
    await owner.page.goto('/my/organisation#profile');
    await owner.page.reload();
    await owner.page.getByTestId('uscc-status').filter({ hasText: '已核验' }).waitFor();
    await owner.page.getByTestId('name-history').filter({ hasText: '已通过' }).waitFor();
    await stack.screenshot(owner.page, 'trust-requests-owner');

    for (const { watch } of [owner, desk]) {
      expect(await watch.cspViolations()).toEqual([]);
      expect(watch.pageErrors).toEqual([]);
    }
    // Chromium logs the refused upload (415); nothing else.
    expect(owner.watch.consoleErrors.filter((line) => !REFUSED.test(line))).toEqual([]);
    expect(desk.watch.consoleErrors).toEqual([]);
  });
});
