import { readFileSync } from 'node:fs';
import request from 'supertest';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { eventBody, needBody, registrationBody } from '../support/factories';
import { eventually } from '../support/isolated-environment';
import { signUp, signUpWithRole, type Session } from '../support/sessions';
import { startBrowserStack, type BrowserStack } from './support/browser-stack';
import { button, clean, overflow, submitModal } from './support/events-page';
import { publishListing } from './support/listings';
import { gotoSignedIn } from './support/sign-in';

jest.setTimeout(400_000);

const SME = '大连邀约精机有限公司';
const UNIVERSITY = '大连邀约理工大学';
const ORGANISER = '大连市工业和信息化局';

/**
 * 对接会 beyond the basic journey: the organiser invites from the suggested invitees (推荐理由,
 * checkboxes, 批量邀请; registered and invited shown as such) and registers its own organisation
 * (approved at once); the SME browses the directory with 匹配度 and reasons, filters it by type,
 * requests a meeting and sets a preference; on its agenda it downloads one meeting's ICS,
 * records an intent and sees the other side's outcome.
 */
describe('journey: 对接会 invitations, directory and outcomes', () => {
  let stack: BrowserStack;
  let http: App;
  let db: DataSource;
  let organiser: Session;
  let sme: Session;
  let university: Session;
  let eventId: string;
  const registrationOf = new Map<Session, string>();

  const api = (method: 'get' | 'post' | 'put', path: string, who: Session) =>
    request(http)[method](`/api/v1/${path}`).set(who.auth);

  beforeAll(async () => {
    stack = await startBrowserStack({ LISTING_REVIEW_REQUIRED: 'false' });
    http = stack.product.api.getHttpServer() as App;
    db = stack.product.api.get(DataSource);
    organiser = await signUpWithRole(
      http,
      db,
      'organiser',
      registrationBody({ type: 'organiser', industryCode: '9221', name: ORGANISER }),
    );
    sme = await signUp(http, registrationBody({ regionCode: '210211', name: SME }));
    university = await signUp(http, registrationBody({ type: 'university', name: UNIVERSITY }));
    await db.query(`UPDATE app_user SET email_verified_at = now() WHERE lower(email) = lower($1)`, [
      sme.email,
    ]);
    const needId = await publishListing(http, sme, 'need', needBody(sme.organisationId));
    // The university answers the SME's need (matching may find it too: the higher score shows).
    await db.query(
      `INSERT INTO match (subject_kind, subject_id, counterpart_kind, counterpart_id, subject_organisation_id,
                          counterpart_organisation_id, score, reasons, computed_at, active, version)
       VALUES ('need', $1, 'organisation', $2, $3, $2, 80, $4::jsonb, now(), true, 1)
       ON CONFLICT ON CONSTRAINT uq_match_pair
       DO UPDATE SET score = GREATEST(match.score, 80), active = true, state = 'suggested'`,
      [
        needId,
        university.organisationId,
        sme.organisationId,
        JSON.stringify([
          {
            kind: 'text',
            contribution: 40,
            zh: '关键词重合：数控机床、热误差',
            en: 'Shared keywords',
          },
        ]),
      ],
    );
    const created = await api('post', 'events', organiser)
      .send(eventBody(organiser.organisationId))
      .expect(201);
    eventId = (created.body as { id: string }).id;
    await api('post', `events/${eventId}/transitions`, organiser)
      .send({ action: 'open' })
      .expect(200);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const register = async (who: Session) => {
    const r = await api('post', `events/${eventId}/registrations`, who)
      .send({
        organisationId: who.organisationId,
        listings: [],
        attendees: [{ name: who === sme ? '李明' : '王教授', title: '技术总监' }],
      })
      .expect(201);
    registrationOf.set(who, (r.body as { id: string }).id);
    await api('post', `event-registrations/${registrationOf.get(who)}/decision`, organiser)
      .send({ decision: 'approve' })
      .expect(200);
  };

  it('invites from the suggestions, registers the organiser, and runs the directory and agenda', async () => {
    // The organiser's suggested invitees: both sides, with reasons.
    const desk = await stack.open('/');
    const org = desk.page;
    await gotoSignedIn(org, `/events/${eventId}/manage`, organiser.body);
    await org.getByRole('tab', { name: '推荐邀请' }).click();
    const suggestions = org.getByTestId('suggested-invitees');
    const smeRow = suggestions.locator(`tr[data-row-key="${sme.organisationId}"]`);
    const universityRow = suggestions.locator(`tr[data-row-key="${university.organisationId}"]`);
    await universityRow.waitFor();
    expect(await smeRow.innerText()).toContain('需求方');
    expect(await smeRow.innerText()).toContain('契合本场主题');
    expect(await universityRow.innerText()).toContain('供给方');
    expect(await universityRow.innerText()).toMatch(/匹配度 \d+/);
    expect(await button(org, '批量邀请（0）').isDisabled()).toBe(true);
    await org.getByLabel(`选择 ${UNIVERSITY}`).check();
    await button(org, '批量邀请（1）').click();
    await org.getByText('已发出 1 份邀请').waitFor();
    await universityRow.getByText(/已邀请/).waitFor();
    expect(await org.getByLabel(`选择 ${UNIVERSITY}`).isDisabled()).toBe(true);
    await clean(org, desk.watch);

    // The SME registers and is approved: shown as registered.
    await register(sme);
    await register(university);
    await org.reload();
    await org.getByRole('tab', { name: '推荐邀请' }).click();
    await smeRow.getByText('已报名·已通过').waitFor();

    // The organiser registers its own organisation on the event page: approved at once.
    await org.goto(`/events/${eventId}`);
    const panel = org.getByTestId('registration-panel');
    await panel.getByTestId('register-form').waitFor();
    await org.getByLabel('姓名 1').fill('王主任');
    await org.getByLabel('职务 1').fill('处长');
    await button(org, '提交报名').click();
    await panel.getByTestId('my-registrations').getByText('已通过').waitFor();
    expect(await panel.getByTestId('my-registrations').innerText()).toContain(ORGANISER);

    // The SME's directory: 匹配度 and reasons, a type filter, a request and a preference.
    const smeSide = await stack.open('/');
    const s = smeSide.page;
    await gotoSignedIn(s, `/event-registrations/${registrationOf.get(sme)}`, sme.body);
    const universityCard = s.getByTestId('participant').filter({ hasText: UNIVERSITY });
    await universityCard.getByTestId('match-score').waitFor();
    expect(await universityCard.getByTestId('match-score').innerText()).toMatch(/匹配度 \d+/);
    expect(await universityCard.getByTestId('match-reasons').innerText()).toContain('推荐理由');
    // Best fit first.
    expect(await s.getByTestId('participant').first().innerText()).toContain(UNIVERSITY);
    await s.getByTestId('participant').filter({ hasText: ORGANISER }).waitFor();
    await s.getByLabel('单位类型').click();
    await s.locator('.ant-select-dropdown:visible').getByText('高校', { exact: true }).click();
    await s
      .getByTestId('participant')
      .filter({ hasText: ORGANISER })
      .waitFor({ state: 'detached' });
    // The filtered list may still be loading once the organiser's card has gone: count it once
    // the university's card is back.
    await universityCard.waitFor();
    expect(await s.getByTestId('participant').count()).toBe(1);
    await button(universityCard, '约谈').click();
    await s.getByLabel('想交流的内容（选填）').fill('希望交流主轴热误差补偿的合作方式');
    await submitModal(s, '约谈');
    await universityCard.getByText('发出的邀约·待回复').waitFor();
    await s.getByLabel(`意向：${UNIVERSITY}`).click();
    await s.locator('.ant-select-dropdown:visible').getByText('必须见', { exact: true }).click();
    await s.getByText('意向已保存').waitFor();
    await s.locator('.ant-modal-wrap').waitFor({ state: 'hidden' });
    await clean(s, smeSide.watch);

    // The university accepts; the organiser schedules and publishes.
    const requests = (
      await api(
        'get',
        `event-registrations/${registrationOf.get(university)}/requests`,
        university,
      ).expect(200)
    ).body as { id: string }[];
    await api('post', `meeting-requests/${requests[0].id}/answer`, university)
      .send({ answer: 'accept' })
      .expect(200);
    await api('post', `events/${eventId}/transitions`, organiser)
      .send({ action: 'close_registration' })
      .expect(200);
    const run = await api('post', `events/${eventId}/schedule/runs`, organiser).send({});
    expect([200, 201, 202]).toContain(run.status);
    await eventually(async () =>
      expect(
        ((await api('get', `events/${eventId}/schedule`, organiser).expect(200)).body as unknown[])
          .length,
      ).toBe(1),
    );
    await api('post', `events/${eventId}/schedule/publish`, organiser).expect(200);

    // On its agenda (a phone): one meeting's ICS, then an intent recorded from the row.
    await s.setViewportSize({ width: 375, height: 812 });
    await s.reload();
    await s.getByRole('tab', { name: '我的日程' }).click();
    const row = s.getByTestId('agenda-meeting');
    await row.waitFor();
    const [download] = await Promise.all([
      s.waitForEvent('download'),
      button(row, '下载此场日历').click(),
    ]);
    const ics = readFileSync(await download.path(), 'utf8');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toMatch(/^UID:[0-9a-f-]+@rongtong\r?$/m);
    expect(ics).toContain(UNIVERSITY);
    await button(row, '记录结果').click();
    await s.getByLabel('意向签约').check();
    await s.getByLabel('意向金额（万元）').fill('120');
    await submitModal(s, '保存');
    await s.getByText('洽谈结果已记录').waitFor();
    const outcomes = row.getByTestId('meeting-outcomes');
    await outcomes.getByText('意向签约（120 万元）').waitFor();
    expect(await outcomes.innerText()).toContain('对方尚未记录');
    expect(await overflow(s)).toBeLessThanOrEqual(0);

    // The university records its side: the SME sees it.
    const meetingId = (
      (await api('get', `event-registrations/${registrationOf.get(sme)}/agenda`, sme).expect(200))
        .body as { id: string }[]
    )[0].id;
    await api('put', `event-meetings/${meetingId}/outcome`, university)
      .send({ registrationId: registrationOf.get(university), outcome: 'follow_up' })
      .expect(200);
    await s.reload();
    await s.getByRole('tab', { name: '我的日程' }).click();
    await row.getByTestId('meeting-outcomes').getByText('后续跟进').waitFor();
    expect(await row.getByRole('button', { name: '修改结果' }).count()).toBe(1);
    await stack.screenshot(s, 'events-agenda-outcomes-375');
    await s.locator('.ant-modal-wrap').waitFor({ state: 'hidden' });
    await clean(s, smeSide.watch);
    for (const side of [desk, smeSide]) expect(side.watch.consoleErrors).toEqual([]);
  });
});
