import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { certificationBody } from '../support/factories';
import { RunningProduct, startProduct } from '../support/running-product';
import { Session, signUp, signUpWithRole } from '../support/sessions';

jest.setTimeout(120_000);

const pdf = (size: number) =>
  Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(Math.max(0, size - 9))]);
const png = () => Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), randomBytes(4096)]);
const exe = () =>
  Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00', 'latin1'), randomBytes(8192)]);

interface EvidenceFile {
  id: string;
  filename: string;
  kind: string;
  sizeBytes: number;
}

/**
 * Evidence of a 梯度培育 certificate goes through the storage port: the type comes from the bytes,
 * sizes are limited, and only the organisation's members and reviewers get a download link.
 */
describe('certificate evidence files: owners upload, members and reviewers download', () => {
  let product: RunningProduct;
  let http: App;
  let owner: Session;
  let member: Session;
  let stranger: Session;
  let organiser: Session;
  let certificationId: string;

  const db = () => product.api.get(DataSource);
  const storedFiles = async () =>
    (await db().query<{ n: number }[]>('SELECT count(*)::int AS n FROM stored_file'))[0].n;
  const upload = (session: Session, filename: string, body: Buffer, id = certificationId) =>
    request(http)
      .post(`/api/v1/certifications/${id}/evidence`)
      .query({ filename })
      .set(session.auth)
      .set('content-type', 'application/octet-stream')
      .send(body);
  const link = (session: Session, fileId: string) =>
    request(http)
      .post(`/api/v1/certifications/${certificationId}/evidence/${fileId}/link`)
      .set(session.auth);

  beforeAll(async () => {
    product = await startProduct({ STORAGE_MAX_FILE_MB: '20' });
    http = product.api.getHttpServer() as App;
    owner = await signUp(http);
    member = await signUp(http);
    stranger = await signUp(http);
    organiser = await signUpWithRole(http, db(), 'organiser');
    await db().query(
      `INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, 'member')`,
      [member.userId, owner.organisationId],
    );
    const submitted = await request(http)
      .post(`/api/v1/organisations/${owner.organisationId}/certifications`)
      .set(owner.auth)
      .send(certificationBody({ tier: 'specialised' }))
      .expect(201);
    certificationId = submitted.body.id;
  });

  afterAll(async () => {
    await product?.stop();
  });

  it('owners attach PDFs and images, judged by their bytes; nothing is kept on refusal', async () => {
    const scan = await upload(owner, '专精特新证书.pdf', pdf(50_000)).expect(201);
    expect(scan.body).toMatchObject({
      filename: '专精特新证书.pdf',
      kind: 'pdf',
      sizeBytes: 50_000,
    });
    // The name says JPEG, the bytes say PNG: the bytes win.
    const photo = await upload(owner, '证书照片.jpg', png()).expect(201);
    expect(photo.body).toMatchObject({ kind: 'png', filename: '证书照片.png' });

    const before = await storedFiles();
    const disguised = await upload(owner, '证书.pdf', exe()).expect(415);
    expect(disguised.body.error.code).toBe('UNSUPPORTED_FILE_TYPE');
    const docx = await upload(
      owner,
      '说明.docx',
      Buffer.concat([Buffer.from('504b0304', 'hex'), randomBytes(2048)]),
    );
    expect(docx.status).toBe(415);
    const huge = await upload(owner, '扫描件.pdf', pdf(10 * 1024 * 1024 + 1)).expect(413);
    expect(huge.body.error.code).toBe('FILE_TOO_LARGE');
    expect((await upload(owner, '', pdf(1000)).expect(400)).body.error.fields[0].field).toBe(
      'filename',
    );
    // Members see evidence but do not add it; strangers do not even see the certificate.
    expect((await upload(member, 'x.pdf', pdf(1000)).expect(403)).body.error.code).toBe(
      'OWNER_ONLY',
    );
    await upload(stranger, 'x.pdf', pdf(1000)).expect(404);
    expect(await storedFiles()).toBe(before);

    const history = await request(http)
      .get(`/api/v1/organisations/${owner.organisationId}/certifications`)
      .set(member.auth)
      .expect(200);
    const mine = (
      history.body as { id: string; history: { action: string; reason: string }[] }[]
    ).find((c) => c.id === certificationId);
    expect(mine?.history.filter((h) => h.action === 'evidence_added').map((h) => h.reason)).toEqual(
      ['专精特新证书.pdf', '证书照片.png'],
    );
  });

  it('signed links only for the organisation’s members and reviewers; they expire', async () => {
    const files = (
      await request(http)
        .get(`/api/v1/certifications/${certificationId}/evidence`)
        .set(organiser.auth)
        .expect(200)
    ).body as EvidenceFile[];
    expect(files.map((f) => f.kind).sort()).toEqual(['pdf', 'png']);
    const scan = files.find((f) => f.kind === 'pdf') as EvidenceFile;

    await request(http)
      .get(`/api/v1/certifications/${certificationId}/evidence`)
      .set(stranger.auth)
      .expect(404);
    await link(stranger, scan.id).expect(404);

    for (const reader of [owner, member, organiser]) {
      const granted = await link(reader, scan.id).expect(200);
      const file = await request(http).get(granted.body.url).buffer(true).expect(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect((file.body as Buffer).length).toBe(50_000);
    }
    const granted = await link(owner, scan.id).expect(200);
    const tampered = (granted.body.url as string).replace(/signature=[^&]+/, 'signature=AAAA');
    await request(http).get(tampered).expect(404);
    const expired = (granted.body.url as string).replace(/expires=\d+/, 'expires=1000');
    await request(http).get(expired).expect(404);
    // Another certificate's id with this file: no link.
    const other = await request(http)
      .post(`/api/v1/organisations/${owner.organisationId}/certifications`)
      .set(owner.auth)
      .send(certificationBody({ tier: 'innovative' }))
      .expect(201);
    await request(http)
      .post(`/api/v1/certifications/${other.body.id}/evidence/${scan.id}/link`)
      .set(owner.auth)
      .expect(404);
  });

  it('at most five files; once decided, evidence is frozen', async () => {
    for (let i = 0; i < 3; i += 1) await upload(owner, `附件${i}.pdf`, pdf(2000)).expect(201);
    const sixth = await upload(owner, '附件6.pdf', pdf(2000)).expect(409);
    expect(sixth.body.error.code).toBe('TOO_MANY_EVIDENCE_FILES');
    const files = (
      await request(http)
        .get(`/api/v1/certifications/${certificationId}/evidence`)
        .set(owner.auth)
        .expect(200)
    ).body as EvidenceFile[];
    await request(http)
      .delete(`/api/v1/certifications/${certificationId}/evidence/${files[0].id}`)
      .set(member.auth)
      .expect(403);
    await request(http)
      .delete(`/api/v1/certifications/${certificationId}/evidence/${files[0].id}`)
      .set(owner.auth)
      .expect(204);

    await request(http)
      .post(`/api/v1/certifications/${certificationId}/verify`)
      .set(organiser.auth)
      .send({})
      .expect(200);
    expect((await upload(owner, '补充.pdf', pdf(2000)).expect(409)).body.error.code).toBe(
      'CERTIFICATION_STATE',
    );
    await request(http)
      .delete(`/api/v1/certifications/${certificationId}/evidence/${files[1].id}`)
      .set(owner.auth)
      .expect(409);
    // Still readable by reviewers after the decision.
    await link(organiser, files[1].id).expect(200);
  });
});
