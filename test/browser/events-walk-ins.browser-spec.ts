import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { Clock, chinaDate } from '@rongtong/common';
import { eventBody, registrationBody } from '../support/factories';
import { signUp, signUpWithRole, type Session } from '../support/sessions';
import { seriousAccessibilityViolations } from './support/accessibility';
import { startBrowserStack, type BrowserStack } from './support/browser-stack';
import { gotoSignedIn } from './support/sign-in';

jest.setTimeout(200_000);

const WALK_IN = '大连现场精工有限公司';
const UNIVERSITY = '大连现场理工大学';

/**
 * 现场登记 at the check-in desk: while the event runs, the organiser finds the organisation that
 * turned up by part of its name, picks it, takes down the two people who came, sees the suggested meeting with a checked-in university (匹配度,
 * 推荐理由) and books it with one click (确认安排).
 */
describe('journey: 对接会 walk-in at the check-in desk, no-show grace in the form', () => {
  let stack: BrowserStack;
  let http: App;
  let db: DataSource;
  let organiser: Session;
  let walkIn: Session;
  let university: Session;

  beforeAll(async () => {
    stack = await startBrowserStack({ LISTING_REVIEW_REQUIRED: 'false' });
    http = stack.product.api.getHttpServer() as App;
    db = stack.product.api.get(DataSource);
    organiser = await signUpWithRole(http, db, 'organiser');
    walkIn = await signUp(http, registrationBody({ name: WALK_IN }));
    university = await signUp(http, registrationBody({ type: 'university', name: UNIVERSITY }));
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('registers a walk-in and books its suggested meeting', async () => {
    const api = (path: string) => request(http).post(`/api/v1/${path}`).set(organiser.auth);
    const created = await api('events').send(eventBody(organiser.organisationId)).expect(201);
    const eventId = (created.body as { id: string }).id;
    await api(`events/${eventId}/transitions`).send({ action: 'open' }).expect(200);
    // On the day: three slots starting soon (China time).
    // The api's clock reads 09:00 China time today and runs on from there, so the test does
    // not depend on the hour it runs at; the event's day has three slots from 10:00.
    const day = chinaDate(new Date());
    const clock = stack.product.api.get(Clock);
    const shift = Date.parse(`${day}T01:00:00.000Z`) - Date.now();
    jest.spyOn(clock, 'now').mockImplementation(() => new Date(Date.now() + shift));
    await db.query(
      `UPDATE matchmaking_event SET status = 'running', slot_minutes = 20, days = $2::jsonb WHERE id = $1`,
      [
        eventId,
        JSON.stringify([
          {
            date: day,
            start: '10:00',
            end: '11:00',
            breaks: [],
          },
        ]),
      ],
    );
    // The university came earlier (checked in at the desk).
    await api(`events/${eventId}/walk-ins`)
      .send({
        organisationId: university.organisationId,
        attendees: [{ name: '陈教授', title: '教授' }],
      })
      .expect(201);
    await db.query(
      `INSERT INTO match (subject_kind, subject_id, counterpart_kind, counterpart_id, subject_organisation_id,
                          counterpart_organisation_id, score, reasons, computed_at, active, version)
       VALUES ('need', $1, 'organisation', $2, $3, $2, 88, $4::jsonb, now(), true, 1)`,
      [
        randomUUID(),
        university.organisationId,
        walkIn.organisationId,
        JSON.stringify([
          { kind: 'text', contribution: 40, zh: '关键词重合：热误差补偿', en: 'Shared keywords' },
        ]),
      ],
    );

    const desk = await stack.open('/');
    const org = desk.page;
    await gotoSignedIn(org, `/events/${eventId}/check-in`, organiser.body);
    const panel = org.getByTestId('walk-in');
    // Find the organisation on the platform by part of its name and pick it (no duplicate).
    const search = panel.getByLabel('单位名称或统一社会信用代码');
    await search.fill('现场精工');
    await search.press('Enter');
    const candidates = panel.getByTestId('walk-in-candidates');
    await candidates.getByText(WALK_IN).waitFor();
    // Searching is not submitting: no field is flagged yet.
    expect(await panel.getByText('请填写').count()).toBe(0);
    await stack.screenshot(org, 'events-walk-in-search');
    await candidates.getByRole('button', { name: `选择 ${WALK_IN}` }).click();
    await panel.getByTestId('walk-in-picked').getByText(`已选择：${WALK_IN}`).waitFor();
    // Two people came.
    await panel.getByLabel('参会人姓名', { exact: true }).fill('王强');
    await panel.getByLabel('职务', { exact: true }).fill('总经理');
    await panel.getByRole('button', { name: /添加参会人/ }).click();
    await panel.getByLabel('参会人姓名 2', { exact: true }).fill('赵敏');
    await panel.getByLabel('职务 2', { exact: true }).fill('工艺工程师');
    await panel.getByLabel('手机号（选填） 2', { exact: true }).fill('13800138000');
    expect(await panel.getByTestId('walk-in-attendee').count()).toBe(2);
    const organisationsBefore = await db.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM organisation',
    );
    await panel.getByRole('button', { name: '登记并签到' }).click();
    await panel.getByText(`已登记并签到：${WALK_IN}`).waitFor();
    const proposals = panel.getByTestId('walk-in-proposals');
    await proposals.getByText(UNIVERSITY).waitFor();
    expect(await proposals.innerText()).toContain('匹配度 88');
    expect(await proposals.innerText()).toContain('关键词重合：热误差补偿');
    await stack.screenshot(org, 'events-walk-in');
    await proposals
      .getByRole('button', { name: '确认安排' })
      .or(proposals.getByRole('button', { name: '确 认 安 排' }))
      .click();
    await panel.getByText('已安排，双方已收到通知').waitFor();
    // The picked organisation was registered, not created again; both attendees checked in.
    const organisationsAfter = await db.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM organisation',
    );
    expect(organisationsAfter[0].n).toBe(organisationsBefore[0].n);
    const passes = await db.query<{ name: string; checked: boolean }[]>(
      `SELECT r.attendees->p.attendee_index->>'name' AS name, p.checked_in_at IS NOT NULL AS checked
         FROM attendee_pass p JOIN event_registration r ON r.id = p.registration_id
        WHERE r.event_id = $1 AND r.organisation_id = $2 ORDER BY p.attendee_index`,
      [eventId, walkIn.organisationId],
    );
    expect(passes).toEqual([
      { name: '王强', checked: true },
      { name: '赵敏', checked: true },
    ]);
    const booked = await db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM event_meeting WHERE event_id = $1 AND status = 'scheduled'`,
      [eventId],
    );
    expect(booked[0].n).toBe(1);
    expect(desk.watch.pageErrors).toEqual([]);
  });
  it('sets the no-show grace period in the event form', async () => {
    const desk = await stack.open('/');
    const org = desk.page;
    await gotoSignedIn(org, '/events/new', organiser.body);
    await org.getByLabel('对接会名称').fill('2027 大连现场登记测试对接会');
    await org.getByLabel('活动简介').fill('围绕数控机床主轴与热误差补偿，组织供需双方一对一洽谈。');
    await org.getByLabel('举办地点').fill('大连国际会议中心 3 楼');
    const grace = org.getByLabel('爽约判定（分钟）');
    expect(await grace.inputValue()).toBe('10');
    await org.mouse.move(0, 0);
    expect(await seriousAccessibilityViolations(org)).toEqual([]);
    await grace.fill('15');
    await org
      .getByRole('button', { name: '保存', exact: true })
      .or(org.getByRole('button', { name: '保 存', exact: true }))
      .click();
    await org.waitForURL(/\/events\/[0-9a-f-]+\/manage$/);
    const eventId = org.url().split('/events/')[1].split('/')[0];
    const rows = await db.query<{ grace: number }[]>(
      `SELECT no_show_grace_minutes AS grace FROM matchmaking_event WHERE id = $1`,
      [eventId],
    );
    expect(rows[0].grace).toBe(15);
    expect(desk.watch.pageErrors).toEqual([]);
  });
});
