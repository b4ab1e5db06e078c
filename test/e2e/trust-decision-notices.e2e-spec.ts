import request from 'supertest';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { TrustDecisionNotices } from '@rongtong/notify';
import { certificationBody, registrationBody } from '../support/factories';
import { eventually } from '../support/isolated-environment';
import { RunningProduct, startProduct } from '../support/running-product';
import { logIn, Session, signUp, signUpWithRole } from '../support/sessions';
import { SmtpSink } from '../support/smtp-sink';

jest.setTimeout(120_000);

interface InboxItem {
  type: string;
  title: string;
  body: string;
  params: { subject: string; outcome: string; reason: string | null };
  subject: { kind: string; id: string; path: string };
}

/**
 * Decisions reach the people who asked: a reviewer's decision on a tier certificate, a USCC
 * claim or a name change gives every owner of the organisation (a dispute: its claimant) one
 * inbox item and one mail, with the reason and a link to where they see it; members hear
 * nothing, and the job running again sends nothing twice.
 */
describe('trust decisions: owners hear the outcome and the reason', () => {
  let sink: SmtpSink;
  let product: RunningProduct;
  let http: App;
  let organiser: Session;
  let admin: Session;
  let owner: Session;
  let coOwner: Session;
  let member: Session;
  const db = () => product.api.get(DataSource);

  const post = (path: string, session: Session, body: object = {}) =>
    request(http).post(`/api/v1/${path}`).set(session.auth).send(body);
  const inbox = async (session: Session) =>
    (await request(http).get('/api/v1/notifications?limit=100').set(session.auth).expect(200)).body
      .items as InboxItem[];
  const trustItems = async (session: Session, subject: string) =>
    (await inbox(session)).filter(
      (item) => item.type === 'trust.decided' && item.params.subject === subject,
    );
  /** Waits until each of `sessions` has `count` items on `subject`, and returns them. */
  const arrived = (sessions: Session[], subject: string, count = 1) =>
    eventually(async () => {
      const all = await Promise.all(sessions.map((s) => trustItems(s, subject)));
      for (const items of all) expect(items).toHaveLength(count);
      return all;
    });
  const mailsTo = (session: Session, subjectText: string) =>
    sink.to(session.email).filter((mail) => (mail.parsed.subject ?? '').includes(subjectText));

  beforeAll(async () => {
    sink = await SmtpSink.start();
    product = await startProduct({ SMTP_URL: sink.url });
    http = product.api.getHttpServer() as App;
    organiser = await signUpWithRole(http, db(), 'organiser');
    admin = await signUpWithRole(http, db(), 'admin');
    owner = await signUp(http, registrationBody({ name: '大连精工数控机床有限公司' }));
    coOwner = await signUp(http);
    member = await signUp(http);
    await db().query(
      `INSERT INTO membership (user_id, organisation_id, role)
       VALUES ($1, $3, 'owner'), ($2, $3, 'member')`,
      [coOwner.userId, member.userId, owner.organisationId],
    );
  });

  afterAll(async () => {
    await product?.stop();
    await sink?.stop();
  });

  it('a rejected certificate: each owner gets one inbox item and one mail with the reason', async () => {
    const submitted = await post(
      `organisations/${owner.organisationId}/certifications`,
      owner,
      certificationBody({ tier: 'little_giant', level: 'national' }),
    ).expect(201);
    const reason = '证书编号与工信部公示名单不一致，请上传证书扫描件';
    await post(`certifications/${submitted.body.id}/reject`, organiser, { reason }).expect(200);

    const [forOwner, forCoOwner] = await arrived([owner, coOwner], 'certification');
    for (const [item] of [forOwner, forCoOwner]) {
      expect(item).toMatchObject({
        title: '梯度培育资质未通过核验：专精特新“小巨人”企业',
        params: { outcome: 'rejected', reason },
        subject: { kind: 'certification', path: '/my/organisation#certificates' },
      });
      expect(item.body).toContain(`原因：${reason}`);
    }
    const mails = await eventually(() => {
      const both = [owner, coOwner].map((s) => mailsTo(s, '梯度培育资质未通过核验'));
      for (const m of both) expect(m).toHaveLength(1);
      return both;
    });
    const text = mails[0][0].parsed.text ?? '';
    expect(text).toContain(reason);
    expect(text).toContain('/my/organisation#certificates');
    // Members did not ask: nothing for them.
    expect(await trustItems(member, 'certification')).toEqual([]);

    // The job running again (a worker killed mid-job) records nothing new.
    const [event] = await db().query(
      `SELECT id::text FROM sme_certification_event
        WHERE certification_id = $1 AND action = 'rejected'`,
      [submitted.body.id],
    );
    await expect(
      product.worker.get(TrustDecisionNotices).decided({
        subject: 'certification',
        subjectId: submitted.body.id,
        decisionId: event.id,
      }),
    ).resolves.toEqual({ status: 'done', detail: '0 notified' });
    expect(await trustItems(owner, 'certification')).toHaveLength(1);
  });

  it('a name change approved, then a USCC claim rejected: the owners hear each once', async () => {
    await request(http)
      .patch(`/api/v1/organisations/${owner.organisationId}`)
      .set(owner.auth)
      .send({ name: '大连精工智能装备有限公司' })
      .expect(200);
    const queue = await request(http)
      .get('/api/v1/review-queue/organisation-names?limit=100')
      .set(organiser.auth)
      .expect(200);
    const change = (queue.body.items as { id: string; organisationId: string }[]).find(
      (item) => item.organisationId === owner.organisationId,
    );
    await post(`organisation-name-changes/${change!.id}/approve`, organiser).expect(200);
    const [[named]] = await arrived([owner, coOwner], 'name_change');
    expect(named).toMatchObject({
      title: '机构名称变更已通过：大连精工智能装备有限公司',
      subject: { kind: 'name_change', path: '/my/organisation#profile' },
    });

    const claims = (await request(http).get('/api/v1/me/uscc-claims').set(owner.auth)).body as {
      id: string;
    }[];
    const reason = '营业执照名称与注册名称不一致';
    await post(`uscc-claims/${claims[0].id}/reject`, organiser, { reason }).expect(200);
    const [[claim]] = await arrived([owner, coOwner], 'uscc_claim');
    expect(claim).toMatchObject({
      params: { outcome: 'rejected', reason },
      subject: { kind: 'uscc_claim', id: claims[0].id, path: `/uscc-claims/${claims[0].id}` },
    });
    await eventually(() => expect(mailsTo(coOwner, '统一社会信用代码认领未通过')).toHaveLength(1));
    expect(await trustItems(member, 'uscc_claim')).toEqual([]);
  });

  it('a dispute approved by an admin: the claimant hears it, the former holder why theirs fell', async () => {
    const squatter = await signUp(http, registrationBody({ name: '沈阳新松测试机器人有限公司' }));
    const real = registrationBody({ name: '沈阳新松测试机器人有限公司' });
    real.organisation.uscc = squatter.body.organisation.uscc;
    await request(http)
      .post('/api/v1/auth/register')
      .send({
        ...real,
        organisation: { ...real.organisation, usccClaimEvidence: '营业执照原件扫描及法人授权书' },
      })
      .expect(202);
    const login = await logIn(http, real);
    const me = await request(http).get('/api/v1/me').set(login.auth).expect(200);
    const claimant: Session = {
      ...login,
      userId: me.body.id,
      organisationId: '',
      email: real.email,
      body: real,
    };
    await db().query('UPDATE app_user SET email_verified_at = now() WHERE id = $1', [
      claimant.userId,
    ]);
    const [dispute] = (await request(http).get('/api/v1/me/uscc-claims').set(claimant.auth))
      .body as { id: string }[];
    await post(`uscc-claims/${dispute.id}/approve`, admin).expect(200);
    const [[item]] = await arrived([claimant], 'uscc_claim');
    expect(item.body).toContain('您现在是「沈阳新松测试机器人有限公司」的管理员');
    await eventually(() => expect(mailsTo(claimant, '统一社会信用代码已核验')).toHaveLength(1));
    // The holder's own claim on the code was superseded: its claimant alone is told so.
    const [[superseded]] = await arrived([squatter], 'uscc_claim');
    expect(superseded).toMatchObject({
      title: `统一社会信用代码认领未通过：${real.organisation.uscc}`,
      params: { outcome: 'superseded' },
    });
    expect(await trustItems(claimant, 'uscc_claim')).toHaveLength(1);
  });
});
