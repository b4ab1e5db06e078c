import request from 'supertest';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { certificationBody, needBody, registrationBody } from '../support/factories';
import { RunningProduct, startProduct } from '../support/running-product';
import { Session, signUp, signUpWithRole } from '../support/sessions';

jest.setTimeout(120_000);

interface QueuePage {
  items: { id: string; organisationId?: string; organisation?: { id: string } }[];
  total: number;
}

/**
 * A reviewer who also owns an SME may not decide their own organisation's listings,
 * certificates, name changes or USCC claims (nor, as an organiser, any dispute): the queues
 * leave those out, so each total is what its list holds.
 */
describe('review queues hold only what the reviewer may decide, totals included', () => {
  let product: RunningProduct;
  let http: App;
  let reviewer: Session;
  let admin: Session;
  let sme: Session;
  const db = () => product.api.get(DataSource);

  const queue = async (path: string, session: Session = reviewer) =>
    (await request(http).get(`/api/v1/review-queue/${path}`).set(session.auth).expect(200))
      .body as QueuePage;
  const organisationOf = (item: QueuePage['items'][number]) =>
    item.organisationId ?? item.organisation?.id;

  /** A pending need, a pending certificate and a pending name change of `owner`'s organisation. */
  const pendingItems = async (owner: Session, title: string) => {
    const need = await request(http)
      .post('/api/v1/needs')
      .set(owner.auth)
      .send(needBody(owner.organisationId, { title }))
      .expect(201);
    await request(http)
      .post(`/api/v1/needs/${need.body.id}/transitions`)
      .set(owner.auth)
      .send({ action: 'submit' })
      .expect(200);
    await request(http)
      .post(`/api/v1/organisations/${owner.organisationId}/certifications`)
      .set(owner.auth)
      .send(certificationBody())
      .expect(201);
    await request(http)
      .patch(`/api/v1/organisations/${owner.organisationId}`)
      .set(owner.auth)
      .send({ name: `${title}有限公司` })
      .expect(200);
  };

  beforeAll(async () => {
    product = await startProduct({ LISTING_REVIEW_REQUIRED: 'true' });
    http = product.api.getHttpServer() as App;
    // An organiser who owns an SME, and an SME of someone else.
    reviewer = await signUpWithRole(
      http,
      db(),
      'organiser',
      registrationBody({ name: '评审人自有精密机械有限公司' }),
    );
    admin = await signUpWithRole(http, db(), 'admin');
    sme = await signUp(http, registrationBody({ name: '大连测试轴承有限公司' }));
    await pendingItems(reviewer, '评审人本机构的轴承检测需求');
    await pendingItems(sme, '其他机构的轴承寿命预测需求');
  });

  afterAll(async () => {
    await product?.stop();
  });

  it.each([
    ['needs?limit=100'],
    ['certifications?limit=100'],
    ['organisation-names?limit=100'],
    ['uscc-claims?limit=100'],
  ])('%s: the other organisation only, and the total counts the list', async (path) => {
    const page = await queue(path);
    const organisations = page.items.map(organisationOf);
    expect(organisations).toContain(sme.organisationId);
    expect(organisations).not.toContain(reviewer.organisationId);
    expect(page.total).toBe(page.items.length);
    // Paged: the first item alone, with the same total.
    const first = await queue(path.replace('limit=100', 'limit=1'));
    expect(first.items).toHaveLength(1);
    expect(first.total).toBe(page.total);
  });

  it('a dispute is in an admin’s queue, not in an organiser’s', async () => {
    const real = registrationBody({ name: '大连测试轴承有限公司' });
    real.organisation.uscc = sme.body.organisation.uscc;
    await request(http)
      .post('/api/v1/auth/register')
      .send({
        ...real,
        organisation: { ...real.organisation, usccClaimEvidence: '本公司营业执照及授权书' },
      })
      .expect(202);
    const kinds = (page: QueuePage) =>
      page.items
        .filter((item) => organisationOf(item) === sme.organisationId)
        .map((item) => (item as { kind?: string }).kind)
        .sort();
    const forOrganiser = await queue('uscc-claims?limit=100');
    expect(kinds(forOrganiser)).toEqual(['registration']);
    expect(forOrganiser.total).toBe(forOrganiser.items.length);
    const forAdmin = await queue('uscc-claims?limit=100', admin);
    expect(kinds(forAdmin)).toEqual(['dispute', 'registration']);
    expect(forAdmin.total).toBe(forAdmin.items.length);
  });
});
