import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { eventBody, registrationBody } from '../support/factories';
import { eventually } from '../support/isolated-environment';
import { signUp, signUpWithRole, type Session } from '../support/sessions';
import { startBrowserStack, type BrowserStack } from './support/browser-stack';
import { button, clean, overflow } from './support/events-page';
import { gotoSignedIn } from './support/sign-in';
import { writeQrY4m } from './support/y4m';

jest.setTimeout(400_000);

const SME = '大连扫码精机有限公司';
const UNIVERSITY = '大连扫码理工大学';
const WAIT = { timeout: 90_000 };

declare global {
  interface Window {
    __cameraStreams?: MediaStream[];
  }
}

/**
 * 扫码签到 with the device camera: Chromium's fake camera plays a Y4M clip of a real pass's QR
 * code (drawn from the pass token the API issued, with the encoder the 参会证 page uses); the
 * page decodes it with jsQR, checks the attendee in once however long the pass stays in view,
 * and shows the person with their meetings. A QR code that is no pass, and a pass of another
 * event, are refused with their own messages; the camera stops when the scanner closes or the
 * organiser leaves the page.
 */
describe('journey: 对接会 check-in with the device camera', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rongtong-camera-'));
  const camera = join(dir, 'camera.y4m');
  let stack: BrowserStack;
  let http: App;
  let db: DataSource;
  let organiser: Session;
  let sme: Session;
  let university: Session;
  let eventId: string;
  let smeRegistration: string;
  let passToken: string;
  let foreignToken: string;
  /** The page of the running test: closed after it, so no camera of a failed run stays open. */
  let current: BrowserContext | undefined;

  const api = (method: 'get' | 'post', path: string, who: Session) =>
    request(http)[method](`/api/v1/${path}`).set(who.auth);

  const registerApproved = async (event: string, who: Session, attendee: string) => {
    const registered = await api('post', `events/${event}/registrations`, who)
      .send({
        organisationId: who.organisationId,
        listings: [],
        attendees: [{ name: attendee, title: '技术总监' }],
      })
      .expect(201);
    const id = (registered.body as { id: string }).id;
    await api('post', `event-registrations/${id}/decision`, organiser)
      .send({ decision: 'approve' })
      .expect(200);
    return id;
  };

  const openEvent = async () => {
    const created = await api('post', 'events', organiser)
      .send(eventBody(organiser.organisationId))
      .expect(201);
    const id = (created.body as { id: string }).id;
    await api('post', `events/${id}/transitions`, organiser).send({ action: 'open' }).expect(200);
    return id;
  };

  const tokenOf = async (registration: string, who: Session) =>
    (
      (await api('get', `event-registrations/${registration}/passes`, who).expect(200)).body as {
        token: string;
      }[]
    )[0].token;

  beforeAll(async () => {
    // The fake camera needs its file at launch; each test writes what it shows before it starts
    // the camera (Chromium opens the file anew for every getUserMedia).
    writeQrY4m(camera, 'placeholder');
    stack = await startBrowserStack(
      { LISTING_REVIEW_REQUIRED: 'false' },
      {
        chromiumArgs: [
          '--use-fake-ui-for-media-stream',
          '--use-fake-device-for-media-stream',
          `--use-file-for-fake-video-capture=${camera}`,
        ],
      },
    );
    http = stack.product.api.getHttpServer() as App;
    db = stack.product.api.get(DataSource);
    organiser = await signUpWithRole(http, db, 'organiser');
    sme = await signUp(http, registrationBody({ name: SME }));
    university = await signUp(http, registrationBody({ type: 'university', name: UNIVERSITY }));

    // An event with both approved, a mutual meeting request, a schedule built and published.
    eventId = await openEvent();
    smeRegistration = await registerApproved(eventId, sme, '李明');
    const universityRegistration = await registerApproved(eventId, university, '王教授');
    for (const [from, to, who] of [
      [smeRegistration, universityRegistration, sme],
      [universityRegistration, smeRegistration, university],
    ] as const) {
      await api('post', `events/${eventId}/meeting-requests`, who)
        .send({ fromRegistrationId: from, toRegistrationId: to, note: '希望交流主轴热误差补偿' })
        .expect(201);
    }
    await api('post', `events/${eventId}/transitions`, organiser)
      .send({ action: 'close_registration' })
      .expect(200);
    await api('post', `events/${eventId}/schedule/runs`, organiser).send({}).expect(202);
    await eventually(
      async () => {
        const runs = (await api('get', `events/${eventId}/schedule/runs`, organiser).expect(200))
          .body as { state: string }[];
        if (runs[0]?.state !== 'done') throw new Error(`schedule run ${runs[0]?.state}`);
      },
      120_000,
      100,
    );
    await api('post', `events/${eventId}/schedule/publish`, organiser).expect(200);
    passToken = await tokenOf(smeRegistration, sme);

    // The same SME approved at another event: its pass is no good at this one's door.
    const otherEvent = await openEvent();
    foreignToken = await tokenOf(await registerApproved(otherEvent, sme, '李明'), sme);
  });

  afterEach(async () => {
    await current?.close();
    current = undefined;
  });

  afterAll(async () => {
    await stack?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The organiser's check-in page on a phone, every camera stream it opens recorded. */
  const openCheckIn = async () => {
    const side = await stack.open('/');
    current = side.context;
    await side.page.setViewportSize({ width: 375, height: 812 });
    await side.page.addInitScript(() => {
      const streams: MediaStream[] = [];
      window.__cameraStreams = streams;
      const devices = navigator.mediaDevices;
      const original = devices.getUserMedia.bind(devices);
      devices.getUserMedia = async (constraints) => {
        const stream = await original(constraints);
        streams.push(stream);
        return stream;
      };
    });
    const checkIns = { count: 0 };
    side.page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith(`/events/${eventId}/check-ins`)) {
        checkIns.count += 1;
      }
    });
    await gotoSignedIn(side.page, `/events/${eventId}/check-in`, organiser.body);
    return { ...side, checkIns };
  };

  const liveTracks = (page: Page) =>
    page.evaluate(
      () =>
        (window.__cameraStreams ?? [])
          .flatMap((s) => s.getTracks())
          .filter((t) => t.readyState === 'live').length,
    );
  const streamsOpened = (page: Page) => page.evaluate(() => (window.__cameraStreams ?? []).length);

  it('checks the attendee in from the camera, once, and shows the person and meetings', async () => {
    // A retried run starts from an attendee not yet checked in.
    await db.query(
      `UPDATE attendee_pass SET checked_in_at = NULL, checked_in_by_user_id = NULL WHERE registration_id = $1`,
      [smeRegistration],
    );
    writeQrY4m(camera, passToken);
    const { page, watch, checkIns } = await openCheckIn();
    await button(page, '扫码签到')
      .or(page.getByRole('button', { name: /扫码签到/ }))
      .click();
    const status = page.getByTestId('scan-status');
    await status.getByText(`已签到：${SME} · 李明`).waitFor(WAIT);
    expect(await status.getAttribute('aria-live')).toBe('polite');
    const result = page.getByTestId('check-in-result');
    await result.getByText(`已签到：${SME} · 李明`).waitFor();
    const meetings = page.getByTestId('check-in-meetings');
    await meetings.getByText(`对方：${UNIVERSITY}（王教授）`).waitFor(WAIT);
    expect(await meetings.innerText()).toMatch(/\d{2}:\d{2}–\d{2}:\d{2} · A\d{2}/);
    expect(await liveTracks(page)).toBe(1);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await stack.screenshot(page, 'check-in-scan');

    // Checked in once, by this organiser, with the token the camera read.
    const rows = await db.query<{ at: Date | null; by: string | null }[]>(
      `SELECT checked_in_at AS at, checked_in_by_user_id AS by FROM attendee_pass WHERE registration_id = $1`,
      [smeRegistration],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].at).not.toBeNull();
    expect(rows[0].by).toBe(organiser.userId);
    await clean(page, watch);
    // The pass stayed in front of the camera all along (the clip loops, ~9 decodes a second,
    // through the screenshot and the accessibility check): it was submitted once, never again.
    expect(checkIns.count).toBe(1);
    await status.getByText(`已签到：${SME} · 李明`).waitFor();

    // Closing the scanner stops the camera; typing the code stays available.
    await button(page, '关闭摄像头').click();
    await page.getByTestId('qr-scanner').waitFor({ state: 'detached' });
    await eventually(async () => expect(await liveTracks(page)).toBe(0));
    await page.getByLabel('参会码或二维码内容').waitFor();
    expect(watch.consoleErrors).toEqual([]);
  });

  it('refuses a QR code that is no pass and a pass of another event; leaving stops the camera', async () => {
    writeQrY4m(camera, 'https://weixin.qq.com/r/not-a-rongtong-pass');
    const { page, watch, checkIns } = await openCheckIn();
    const open = () =>
      button(page, '扫码签到')
        .or(page.getByRole('button', { name: /扫码签到/ }))
        .click();
    await open();
    const status = page.getByTestId('scan-status');
    await status.getByText('该二维码不是融通参会证').waitFor(WAIT);
    expect(checkIns.count).toBe(0);
    await stack.screenshot(page, 'check-in-scan-not-a-pass');

    // Another event's pass: the server refuses it (PASS_OTHER_EVENT), in the door's words.
    await button(page, '关闭摄像头').click();
    writeQrY4m(camera, foreignToken);
    await open();
    await status.getByText('该参会证不属于本场对接会').waitFor(WAIT);
    expect(checkIns.count).toBe(1);
    expect(await liveTracks(page)).toBe(1);

    // Leaving the page (to the event console) stops the camera.
    await page.getByRole('link', { name: '大连数控机床产业链“百场万企”融通对接会' }).click();
    await page.waitForURL(/\/manage$/);
    expect(await streamsOpened(page)).toBe(2);
    await eventually(async () => expect(await liveTracks(page)).toBe(0));
    expect(await watch.cspViolations()).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    // Chromium logs the refused pass's 409 answer.
    expect(watch.consoleErrors).toEqual([
      'Failed to load resource: the server responded with a status of 409 (Conflict)',
    ]);
  });
});
