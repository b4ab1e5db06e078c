import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { certificationBody, challengeBody, daysFromNow } from '../support/factories';
import { eventually } from '../support/isolated-environment';
import { MatchingFixtures, Party } from '../support/matching-fixtures';
import { startProduct } from '../support/running-product';
import { SmtpSink } from '../support/smtp-sink';

jest.setTimeout(180_000);

const pdf = (size: number) =>
  Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(Math.max(0, size - 9))]);
const exe = () =>
  Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00', 'latin1'), randomBytes(8192)]);

const proposal = (overrides: Record<string, unknown> = {}) => ({
  summary: '采用渗碳轴承钢与表面强化工艺，结合台架加速寿命试验，实现主轴承国产化替代。',
  technicalApproach: '材料选型、结构优化、有限元寿命预测、台架试验验证四步走。',
  team: [{ name: '王建国', role: '项目负责人', title: '教授级高工' }],
  milestones: [{ date: daysFromNow(200), deliverable: '样机台架试验报告', indicator: '设计寿命' }],
  budget: [
    { item: '设备费', amountWan: 200 },
    { item: '试验费', amountWan: 100 },
  ],
  trlNow: 4,
  trlAtDelivery: 7,
  ipArrangement: '背景知识产权归各自所有，项目新产生的知识产权双方共有。',
  ...overrides,
});

interface ErrorBody {
  error: { code: string; fields?: { field: string; messages: string[] }[] };
}

/**
 * 揭榜挂帅 over HTTP on the real stack: eligibility at submit, one application per organisation,
 * attachments judged by their bytes, evaluators with recusal, SCORES_INCOMPLETE, a not-selected
 * reason that reaches the applicant's mailbox, and the award that agrees a match and closes the
 * challenge. Every refusal writes nothing.
 */
describe('challenge applications, review and award (api + worker, PostgreSQL, Redis, SMTP)', () => {
  let fx: MatchingFixtures;
  let sink: SmtpSink;
  let enterprise: Party;
  let sme: Party;
  let university: Party;
  let outsider: Party;
  let otherOwner: Party;
  let challengeId: string;
  let smeApplication: string;
  let uniApplication: string;
  let attachmentId: string;

  const api: MatchingFixtures['api'] = (...args) => fx.api(...args);
  const count = async (sql: string, params: unknown[]) =>
    (await fx.db().query<{ n: number }[]>(sql, params))[0].n;
  const applicationsOf = (challenge: string) =>
    count('SELECT count(*)::int AS n FROM challenge_application WHERE challenge_id = $1', [
      challenge,
    ]);
  const storedFiles = () => count('SELECT count(*)::int AS n FROM stored_file', []);
  const upload = (party: Party, application: string, filename: string, body: Buffer) =>
    api('post', `applications/${application}/attachments`, party)
      .query({ filename })
      .set('content-type', 'application/octet-stream')
      .send(body);

  /** A certificate the owner submits and an organiser verifies: only verified tiers count. */
  async function certify(party: Party, tier: string): Promise<void> {
    const submitted = await api(
      'post',
      `organisations/${party.organisationId}/certifications`,
      party,
    )
      .send(certificationBody({ tier }))
      .expect(201);
    const reviewer = await fx.reviewer();
    await api('post', `certifications/${(submitted.body as { id: string }).id}/verify`, reviewer)
      .send({})
      .expect(200);
  }

  beforeAll(async () => {
    sink = await SmtpSink.start();
    fx = new MatchingFixtures(
      await startProduct({
        LISTING_REVIEW_REQUIRED: 'false',
        SMTP_URL: sink.url,
        STORAGE_DIR: `/tmp/rongtong-e2e-storage-${randomBytes(4).toString('hex')}`,
        STORAGE_MAX_FILE_MB: '1',
      }),
    );
    enterprise = await fx.signUp({ type: 'large_enterprise', regionCode: '310115' });
    otherOwner = await fx.signUp({ type: 'large_enterprise', regionCode: '310115' });
    sme = await fx.signUp({ type: 'sme', regionCode: '210211' });
    await certify(sme, 'specialised');
    university = await fx.signUp({ type: 'university', regionCode: '210102' });
    // Outside Liaoning and without a tier: fails two rules.
    outsider = await fx.signUp({ type: 'sme', regionCode: '320506' });
    challengeId = await fx.publish(
      'challenges',
      enterprise,
      challengeBody(enterprise.organisationId),
    );
    await api('put', `challenges/${challengeId}/round`, enterprise)
      .send({ deliveryDate: daysFromNow(365) })
      .expect(200);
  });

  afterAll(async () => {
    await fx?.product.stop();
    await sink?.stop();
  });

  it('shows eligibility before starting and refuses an ineligible SME with each failed rule', async () => {
    const view = await api('get', `challenges/${challengeId}/eligibility`, outsider)
      .query({ organisationId: outsider.organisationId })
      .expect(200);
    expect(view.body).toMatchObject({ eligible: false, open: true, applicationId: null });
    const refused = await api('post', `challenges/${challengeId}/applications`, outsider)
      .send({ organisationId: outsider.organisationId, proposal: proposal() })
      .expect(403);
    const body = refused.body as ErrorBody;
    expect(body.error.code).toBe('NOT_ELIGIBLE');
    expect(body.error.fields?.map((f) => f.field).sort()).toEqual([
      'REGION_NOT_ELIGIBLE',
      'TIER_REQUIRED',
    ]);
    expect(await applicationsOf(challengeId)).toBe(0);
  });

  it('refuses applying to your own challenge and to an unpublished one', async () => {
    const own = await api('post', `challenges/${challengeId}/applications`, enterprise)
      .send({ organisationId: enterprise.organisationId })
      .expect(403);
    expect((own.body as ErrorBody).error.code).toBe('OWN_CHALLENGE');
    const draft = await api('post', 'challenges', otherOwner)
      .send(challengeBody(otherOwner.organisationId))
      .expect(201);
    const unpublished = await api('post', `challenges/${draft.body.id}/applications`, sme)
      .send({ organisationId: sme.organisationId })
      .expect(409);
    expect((unpublished.body as ErrorBody).error.code).toBe('CHALLENGE_NOT_OPEN');
    expect(await applicationsOf(challengeId)).toBe(0);
  });

  it('starts one draft per organisation, autosaves within the limits and refuses bad proposals', async () => {
    const started = await api('post', `challenges/${challengeId}/applications`, sme)
      .send({ organisationId: sme.organisationId, proposal: { summary: '初稿' } })
      .expect(201);
    smeApplication = started.body.id;
    expect(started.body).toMatchObject({ stage: 'draft', editable: true });
    const twice = await api('post', `challenges/${challengeId}/applications`, sme)
      .send({ organisationId: sme.organisationId })
      .expect(409);
    expect((twice.body as ErrorBody).error.code).toBe('ALREADY_APPLIED');

    const overBudget = await api('put', `applications/${smeApplication}/draft`, sme)
      .send({ proposal: proposal({ budget: [{ item: '设备费', amountWan: 600 }] }) })
      .expect(400);
    expect((overBudget.body as ErrorBody).error.fields?.[0].field).toBe('budget');
    const late = await api('put', `applications/${smeApplication}/draft`, sme)
      .send({
        proposal: proposal({
          milestones: [{ date: daysFromNow(500), deliverable: '验收', indicator: '设计寿命' }],
        }),
      })
      .expect(400);
    expect((late.body as ErrorBody).error.fields?.[0].field).toBe('milestones.0.date');
    const tooLong = await api('put', `applications/${smeApplication}/draft`, sme)
      .send({ proposal: proposal({ summary: '字'.repeat(501) }) })
      .expect(400);
    expect(JSON.stringify(tooLong.body)).toContain('summary');
    const unchanged = await api('get', `applications/${smeApplication}`, sme).expect(200);
    expect(unchanged.body.proposal).toEqual({ summary: '初稿' });

    const saved = await api('put', `applications/${smeApplication}/draft`, sme)
      .send({ proposal: proposal(), version: unchanged.body.version })
      .expect(200);
    expect(saved.body.proposal.summary).toContain('渗碳轴承钢');
  });

  it('takes a PDF, refuses a renamed .exe by its bytes and a file over the limit, storing nothing', async () => {
    const before = await storedFiles();
    const stored = await upload(sme, smeApplication, '技术方案.pdf', pdf(50_000)).expect(201);
    attachmentId = stored.body.id;
    expect(stored.body).toMatchObject({ kind: 'pdf', sizeBytes: 50_000 });
    const renamed = await upload(sme, smeApplication, '方案.pdf', exe()).expect(415);
    expect((renamed.body as ErrorBody).error.code).toBe('UNSUPPORTED_FILE_TYPE');
    const big = await upload(sme, smeApplication, '大文件.pdf', pdf(1_600_000)).expect(413);
    expect((big.body as ErrorBody).error.code).toBe('FILE_TOO_LARGE');
    expect(await storedFiles()).toBe(before + 1);
    const view = await api('get', `applications/${smeApplication}`, sme).expect(200);
    expect(view.body.attachments).toHaveLength(1);
  });

  it('submits the SME and the university; the submitted proposal is read-only', async () => {
    const submitted = await api('post', `applications/${smeApplication}/submit`, sme).expect(200);
    expect(submitted.body).toMatchObject({ stage: 'submitted', editable: false });
    await api('put', `applications/${smeApplication}/draft`, sme)
      .send({ proposal: proposal({ summary: '改' }) })
      .expect(409);
    const uni = await api('post', `challenges/${challengeId}/applications`, university)
      .send({ organisationId: university.organisationId, proposal: proposal() })
      .expect(201);
    uniApplication = uni.body.id;
    await api('post', `applications/${uniApplication}/submit`, university).expect(200);
  });

  it('assigns an owner member and an external expert; the expert from the university is recused from it', async () => {
    await api('post', `challenges/${challengeId}/evaluators`, enterprise)
      .send({ userId: enterprise.userId })
      .expect(201);
    const invited = await api('post', `challenges/${challengeId}/evaluators`, enterprise)
      .send({ email: university.email })
      .expect(201);
    const token = invited.body.invitationToken as string;
    expect(token.length).toBeGreaterThan(20);
    const [row] = await fx
      .db()
      .query<{ invitation_token_hash: string }[]>(
        'SELECT invitation_token_hash FROM challenge_evaluator WHERE id = $1',
        [invited.body.id],
      );
    expect(row.invitation_token_hash).not.toContain(token);
    // The expert is mailed the invitation (fixed subject; the link carries the same token).
    const mail = await eventually(() => {
      const found = sink
        .to(university.email)
        .find((m) => m.parsed.subject === '融通平台：邀请您担任揭榜挂帅项目评审专家');
      if (!found) throw new Error('no invitation mail yet');
      return found;
    });
    const mailed = /\/evaluator-invitations\?token=([A-Za-z0-9_-]+)/.exec(mail.parsed.text ?? '');
    expect(mailed?.[1]).toBe(token);
    expect(mail.parsed.text).toContain('邀请您担任榜单「');
    await api('post', 'evaluator-invitations/accept', sme).send({ token }).expect(403);
    await api('post', 'evaluator-invitations/accept', university)
      .send({ token: mailed![1] })
      .expect(200);
    // Used once: the same link does not work again.
    await api('post', 'evaluator-invitations/accept', university).send({ token }).expect(404);

    const table = await api('get', `challenges/${challengeId}/review`, enterprise).expect(200);
    const rows = Object.fromEntries(
      (
        table.body.rows as {
          applicationId: string;
          scoresExpected: number;
          recusedEvaluators: number;
        }[]
      ).map((r) => [r.applicationId, r]),
    );
    expect(rows[smeApplication]).toMatchObject({ scoresExpected: 2, recusedEvaluators: 0 });
    expect(rows[uniApplication]).toMatchObject({ scoresExpected: 1, recusedEvaluators: 1 });
  });

  it('scores 0–10 only, only as an assigned, non-recused evaluator; nothing advances before every score', async () => {
    for (const id of [smeApplication, uniApplication]) {
      await api('post', `applications/${id}/decision`, enterprise)
        .send({ stage: 'qualified' })
        .expect(200);
    }
    const early = await api('post', `applications/${smeApplication}/decision`, enterprise)
      .send({ stage: 'shortlisted' })
      .expect(409);
    expect((early.body as ErrorBody).error.code).toBe('SCORES_INCOMPLETE');

    const card = { scores: { 技术先进性: 8, 产业化能力: 7 }, comment: '方案扎实' };
    const outOfRange = await api('put', `applications/${smeApplication}/scorecard`, enterprise)
      .send({ scores: { 技术先进性: 11, 产业化能力: 7 } })
      .expect(400);
    expect((outOfRange.body as ErrorBody).error.fields?.[0].field).toBe('scores.技术先进性');
    const recused = await api('put', `applications/${uniApplication}/scorecard`, university)
      .send(card)
      .expect(403);
    expect((recused.body as ErrorBody).error.code).toBe('RECUSED');
    const stranger = await api('put', `applications/${smeApplication}/scorecard`, sme)
      .send(card)
      .expect(403);
    expect((stranger.body as ErrorBody).error.code).toBe('NOT_ASSIGNED_EVALUATOR');
    expect(await count('SELECT count(*)::int AS n FROM application_score', [])).toBe(0);

    const scored = await api('put', `applications/${smeApplication}/scorecard`, enterprise)
      .send(card)
      .expect(200);
    expect(scored.body.total).toBe(76);
    await api('put', `applications/${smeApplication}/scorecard`, university)
      .send({ scores: { 技术先进性: 9, 产业化能力: 9 } })
      .expect(200);
    await api('put', `applications/${uniApplication}/scorecard`, enterprise)
      .send({ scores: { 技术先进性: 5, 产业化能力: 4 } })
      .expect(200);

    const queue = await api('get', 'review-queue', university).expect(200);
    const uniItem = (
      queue.body as { recused: boolean; application: { id: string; proposal: object } }[]
    ).find((item) => item.application.id === uniApplication);
    expect(uniItem).toMatchObject({ recused: true, application: { proposal: {} } });
    await api('get', `applications/${uniApplication}`, university).expect(200); // as its applicant

    await api('post', `applications/${smeApplication}/decision`, enterprise)
      .send({ stage: 'shortlisted' })
      .expect(200);
    const table = await api('get', `challenges/${challengeId}/review`, enterprise).expect(200);
    const top = (
      table.body.rows as {
        applicationId: string;
        rank: number;
        summary: { mean: number; spread: number };
      }[]
    )[0];
    expect(top).toMatchObject({
      applicationId: smeApplication,
      rank: 1,
      summary: { mean: 83, spread: 14 },
    });
  });

  it('needs a reason and a note to not select, and mails the applicant the reason', async () => {
    const bare = await api('post', `applications/${uniApplication}/decision`, enterprise)
      .send({ stage: 'not_selected' })
      .expect(400);
    expect((bare.body as ErrorBody).error.fields?.map((f) => f.field).sort()).toEqual([
      'note',
      'reason',
    ]);
    await api('post', `applications/${uniApplication}/decision`, enterprise)
      .send({ stage: 'not_selected', reason: 'budget', note: '试验费测算依据不足' })
      .expect(200);
    const mail = await eventually(() => {
      const found = sink.to(university.email).find((m) => m.parsed.subject?.includes('未入选'));
      expect(found).toBeDefined();
      return found!;
    }, 30_000);
    expect(mail.parsed.text).toContain('未入选原因：预算不合理');
    expect(mail.parsed.text).toContain('试验费测算依据不足');
    const timeline = await api('get', `applications/${uniApplication}/timeline`, university).expect(
      200,
    );
    expect((timeline.body as { toStage: string }[]).map((c) => c.toStage)).toEqual([
      'draft',
      'submitted',
      'qualified',
      'not_selected',
    ]);
  });

  it('gives signed links to those who may see the application and nobody else', async () => {
    const second = await fx.publish(
      'challenges',
      otherOwner,
      challengeBody(otherOwner.organisationId),
    );
    await api('post', `challenges/${second}/evaluators`, otherOwner)
      .send({ userId: otherOwner.userId })
      .expect(201);
    await api(
      'post',
      `applications/${smeApplication}/attachments/${attachmentId}/link`,
      otherOwner,
    ).expect(404);
    await api('get', `applications/${smeApplication}`, otherOwner).expect(404);

    const link = await api(
      'post',
      `applications/${smeApplication}/attachments/${attachmentId}/link`,
      university,
    ).expect(200);
    const file = await request(fx.http)
      .get(link.body.url as string)
      .buffer(true)
      .expect(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect((file.body as Buffer).length).toBe(50_000);
    await request(fx.http)
      .get(`${link.body.url as string}x`)
      .expect(404);
  });

  it('refuses an award over 榜额, then awards: match agreed, challenge closed, the applicant told', async () => {
    const over = await api('post', `challenges/${challengeId}/award`, enterprise)
      .send({ winners: [{ applicationId: smeApplication, amountWan: 501 }], notice: '揭榜结果' })
      .expect(400);
    expect((over.body as ErrorBody).error.code).toBe('AWARD_OVER_REWARD');
    expect(
      await count(
        "SELECT count(*)::int AS n FROM challenge_application WHERE stage = 'awarded'",
        [],
      ),
    ).toBe(0);

    await api('post', `challenges/${challengeId}/award`, enterprise)
      .send({
        winners: [{ applicationId: smeApplication, amountWan: 300 }],
        notice: '经专家评审，确定揭榜单位。',
      })
      .expect(200);
    const [match] = await fx.db().query<{ state: string }[]>(
      `SELECT state FROM match WHERE subject_kind = 'challenge' AND subject_id = $1
          AND counterpart_kind = 'organisation' AND counterpart_id = $2`,
      [challengeId, sme.organisationId],
    );
    expect(match.state).toBe('agreed');
    const challenge = await api('get', `challenges/${challengeId}`, enterprise).expect(200);
    expect(challenge.body.status).toBe('closed');
    const view = await api('get', `applications/${smeApplication}`, sme).expect(200);
    expect(view.body).toMatchObject({ stage: 'awarded', awardWan: 300 });
    await eventually(() => {
      expect(sink.to(sme.email).some((m) => m.parsed.subject?.includes('揭榜成功'))).toBe(true);
    }, 30_000);
  });

  it('extends a deadline once, before it passes; a late submit is DEADLINE_PASSED', async () => {
    const third = await fx.publish(
      'challenges',
      otherOwner,
      challengeBody(otherOwner.organisationId),
    );
    const draft = await api('post', `challenges/${third}/applications`, sme)
      .send({ organisationId: sme.organisationId, proposal: proposal() })
      .expect(201);
    const round = await api('get', `challenges/${third}/round`, sme).expect(200);
    const later = new Date(new Date(round.body.deadlineAt as string).getTime() + 7 * 86_400_000);
    await api('post', `challenges/${third}/round/extend`, otherOwner)
      .send({ deadlineAt: later.toISOString() })
      .expect(200);
    // The listing's last day moved with it: the hourly expiry and search agree with the round.
    const listing = await api('get', `challenges/${third}`, sme).expect(200);
    expect(listing.body.validUntil).toBe(
      new Date(later.getTime() + 8 * 3_600_000).toISOString().slice(0, 10),
    );
    const again = await api('post', `challenges/${third}/round/extend`, otherOwner)
      .send({ deadlineAt: new Date(later.getTime() + 86_400_000).toISOString() })
      .expect(409);
    expect((again.body as ErrorBody).error.code).toBe('DEADLINE_ALREADY_EXTENDED');
    await eventually(async () => {
      const inbox = await api('get', 'notifications', sme).expect(200);
      expect(JSON.stringify(inbox.body)).toContain('challenge.deadline_extended');
    });

    // The deadline passes (moved into the past, as time would).
    await fx.db().query(
      `UPDATE challenge_round SET deadline_at = now() - interval '1 second', extended_at = NULL
        WHERE challenge_id = $1`,
      [third],
    );
    const late = await api('post', `applications/${draft.body.id}/submit`, sme).expect(409);
    expect((late.body as ErrorBody).error.code).toBe('DEADLINE_PASSED');
    const afterPassed = await api('post', `challenges/${third}/round/extend`, otherOwner)
      .send({ deadlineAt: later.toISOString() })
      .expect(409);
    expect((afterPassed.body as ErrorBody).error.code).toBe('DEADLINE_PASSED');
    const still = await api('get', `applications/${draft.body.id}`, sme).expect(200);
    expect(still.body.stage).toBe('draft');
  });
  it('lets an invited expert without an account create one from the mailed link, evaluator of that challenge only', async () => {
    const fourth = await fx.publish(
      'challenges',
      otherOwner,
      challengeBody(otherOwner.organisationId),
    );
    const email = `expert.${randomBytes(3).toString('hex')}@example.cn`;
    await api('post', `challenges/${fourth}/evaluators`, otherOwner).send({ email }).expect(201);
    const mail = await eventually(() => {
      const found = sink.to(email).find((m) => m.parsed.subject?.includes('评审专家'));
      if (!found) throw new Error('no invitation mail yet');
      return found;
    });
    const token = /token=([A-Za-z0-9_-]+)/.exec(mail.parsed.text ?? '')![1];
    const create = (body: Record<string, unknown>) =>
      request(fx.http)
        .post('/api/v1/evaluator-invitations/accept-with-new-account')
        .send({ token, displayName: '王建国', ...body });

    // A weak password is a field error and nothing is written.
    const weak = await create({ password: '12345678' }).expect(400);
    expect(JSON.stringify(weak.body)).toContain('password');
    expect(
      await count('SELECT count(*)::int AS n FROM app_user WHERE lower(email) = $1', [email]),
    ).toBe(0);
    // An unknown token opens nothing.
    const unknown = await request(fx.http)
      .post('/api/v1/evaluator-invitations/accept-with-new-account')
      .send({ token: 'x'.repeat(43), displayName: '王建国', password: 'Correct-Horse-42-Battery' })
      .expect(404);
    expect((unknown.body as ErrorBody).error.code).toBe('INVITATION_NOT_FOUND');

    await create({ password: 'Correct-Horse-42-Battery' }).expect(201);
    const login = await request(fx.http)
      .post('/api/v1/auth/login')
      .send({ email, password: 'Correct-Horse-42-Battery' })
      .expect(200);
    const auth = { Authorization: `Bearer ${login.body.accessToken as string}` };
    const me = await request(fx.http).get('/api/v1/me').set(auth).expect(200);
    expect(me.body.memberships).toEqual([]);
    expect(me.body.emailVerified).toBe(true);
    const evaluators = await api('get', `challenges/${fourth}/evaluators`, otherOwner).expect(200);
    expect(
      (evaluators.body as { email: string; userId: string | null }[]).find((e) => e.email === email)
        ?.userId,
    ).toBe(me.body.id);
    // Used once; and the expert evaluates that challenge only, owning nothing else.
    await create({ password: 'Correct-Horse-42-Battery' }).expect(404);
    await request(fx.http).get(`/api/v1/challenges/${challengeId}/review`).set(auth).expect(403);

    // An invitation to an address with an account: 409, nothing changed.
    await api('post', `challenges/${fourth}/evaluators`, otherOwner)
      .send({ email: sme.email })
      .expect(201);
    const smeMail = await eventually(() => {
      const found = sink
        .to(sme.email)
        .find((m) => m.parsed.subject?.includes('评审专家') && m.parsed.text?.includes('token='));
      if (!found) throw new Error('no invitation mail yet');
      return found;
    });
    const smeToken = /token=([A-Za-z0-9_-]+)/.exec(smeMail.parsed.text ?? '')![1];
    const conflict = await request(fx.http)
      .post('/api/v1/evaluator-invitations/accept-with-new-account')
      .send({ token: smeToken, displayName: '冒名者', password: 'Correct-Horse-42-Battery' })
      .expect(409);
    expect((conflict.body as ErrorBody).error.code).toBe('EMAIL_TAKEN');
  });
});
