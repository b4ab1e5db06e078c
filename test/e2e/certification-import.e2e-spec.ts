import ExcelJS from 'exceljs';
import request from 'supertest';
import { makeValidUscc, usccCheckCharacter } from '@rongtong/identity';
import { certificationBody } from '../support/factories';
import { MatchingFixtures, Party } from '../support/matching-fixtures';
import { startProduct } from '../support/running-product';

jest.setTimeout(120_000);

const HEADER = ['企业名称', '统一社会信用代码', '梯度类别', '年度', '认定机关'];

async function xlsx(rows: (string | number)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名单');
  for (const row of [HEADER, ...rows]) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

function csv(rows: (string | number)[][]): string {
  const quote = (cell: string | number) => `"${String(cell).replace(/"/g, '""')}"`;
  const text = [HEADER, ...rows].map((row) => row.map(quote).join(',')).join('\r\n');
  return Buffer.from(`\uFEFF${text}`, 'utf8').toString('base64');
}

interface Row {
  row: number;
  outcome: string;
  errors: string[];
  organisationId: string | null;
}

/** Bulk import of an official list: dry run with Chinese row errors, then commit verifies. */
describe('official list import (real api + worker)', () => {
  let fx: MatchingFixtures;
  let reviewer: Party;
  let claimed: Party;
  let listed: Party;
  let university: Party;

  const importList = (party: Party, body: object) =>
    request(fx.http).post('/api/v1/certifications/imports').set(party.auth).send(body);
  const profile = async (party: Party) =>
    (await request(fx.http).get(`/api/v1/organisations/${party.organisationId}`).expect(200))
      .body as { currentTier: string | null; declaredTier: string | null };

  beforeAll(async () => {
    fx = new MatchingFixtures(await startProduct());
    reviewer = await fx.reviewer();
    claimed = await fx.signUp({ type: 'sme' });
    listed = await fx.signUp({ type: 'sme' });
    university = await fx.signUp({ type: 'university', industryCode: '7320' });
    await request(fx.http)
      .post(`/api/v1/organisations/${claimed.organisationId}/certifications`)
      .set(claimed.auth)
      .send(certificationBody({ tier: 'little_giant', level: 'national' }))
      .expect(201);
  });

  afterAll(async () => {
    await fx?.product.stop();
  });

  it('dry run (xlsx): every row checked, errors in Chinese, nothing written; commit verifies', async () => {
    const badCheck =
      claimed.body.organisation.uscc.slice(0, 17) +
      (claimed.body.organisation.uscc.endsWith('0') ? '1' : '0');
    const unregistered = makeValidUscc('210211', 99_000_001);
    const rows = [
      [
        claimed.body.organisation.name,
        claimed.body.organisation.uscc,
        '专精特新“小巨人”企业',
        2025,
        '工业和信息化部',
      ],
      [
        listed.body.organisation.name,
        listed.body.organisation.uscc,
        '专精特新中小企业',
        2024,
        '辽宁省工业和信息化厅',
      ],
      ['某某公司', badCheck, '专精特新中小企业', 2024, '辽宁省工业和信息化厅'],
      ['未注册公司', unregistered, '创新型中小企业', 2024, '大连市工业和信息化局'],
      [
        '别的名字有限公司',
        listed.body.organisation.uscc,
        '创新型中小企业',
        2024,
        '大连市工业和信息化局',
      ],
      [
        listed.body.organisation.name,
        listed.body.organisation.uscc,
        '隐形冠军',
        2024,
        '辽宁省工业和信息化厅',
      ],
      [
        university.body.organisation.name,
        university.body.organisation.uscc,
        '创新型中小企业',
        2024,
        '辽宁省',
      ],
      [
        listed.body.organisation.name,
        listed.body.organisation.uscc,
        '专精特新中小企业',
        2024,
        '辽宁省工业和信息化厅',
      ],
    ];
    const file = { fileName: '2025年梯度培育名单.xlsx', contentBase64: await xlsx(rows) };

    const dry = await importList(reviewer, file).expect(200);
    const byRow = new Map((dry.body.rows as Row[]).map((r) => [r.row, r]));
    expect(dry.body.committed).toBe(false);
    expect(byRow.get(2)).toMatchObject({ outcome: 'verify_pending', errors: [] });
    expect(byRow.get(3)).toMatchObject({ outcome: 'create_verified', errors: [] });
    expect(byRow.get(4)!.errors).toEqual([
      `统一社会信用代码校验位错误：最后一位应为“${usccCheckCharacter(badCheck.slice(0, 17))}”`,
    ]);
    expect(byRow.get(5)!.errors).toEqual(['该统一社会信用代码的企业尚未在平台注册']);
    expect(byRow.get(6)!.errors[0]).toContain('企业名称与平台注册名称');
    expect(byRow.get(7)!.errors[0]).toContain('无法识别的梯度类别“隐形冠军”');
    expect(byRow.get(8)!.errors).toEqual(['该企业在平台登记的类型不是中小企业']);
    expect(byRow.get(9)!.errors).toEqual(['与第3行重复']);
    expect(dry.body.summary).toEqual({
      total: 8,
      errors: 6,
      verified: 1,
      created: 1,
      unchanged: 0,
    });
    expect((await profile(claimed)).currentTier).toBeNull();
    expect((await profile(listed)).currentTier).toBeNull();

    const committed = await importList(reviewer, { ...file, commit: true }).expect(200);
    expect(committed.body).toMatchObject({ committed: true, summary: { verified: 1, created: 1 } });
    expect(await profile(claimed)).toMatchObject({
      currentTier: 'little_giant',
      declaredTier: null,
    });
    expect((await profile(listed)).currentTier).toBe('specialised');
    const history = await request(fx.http)
      .get(`/api/v1/organisations/${listed.organisationId}/certifications`)
      .set(listed.auth)
      .expect(200);
    expect(history.body[0]).toMatchObject({
      source: 'official_list',
      status: 'verified',
      listYear: 2024,
      issuingAuthority: '辽宁省工业和信息化厅',
    });
    expect(history.body[0].history[0]).toMatchObject({ action: 'imported' });

    // The same list again changes nothing.
    const again = await importList(reviewer, { ...file, commit: true }).expect(200);
    expect(again.body.summary).toMatchObject({ verified: 0, created: 0, unchanged: 2 });
  });

  it('reads csv (UTF-8 with BOM, quoted fields) the same way', async () => {
    const other = await fx.signUp({ type: 'sme' });
    const file = {
      fileName: 'list.csv',
      contentBase64: csv([
        [
          other.body.organisation.name,
          other.body.organisation.uscc,
          '创新型中小企业',
          2025,
          '大连市工业和信息化局',
        ],
      ]),
    };
    const dry = await importList(reviewer, file).expect(200);
    expect(dry.body.rows).toEqual([
      expect.objectContaining({
        row: 2,
        outcome: 'create_verified',
        organisationId: other.organisationId,
      }),
    ]);
  });

  it('organisers and admins only; a file without the columns is a 400 naming them', async () => {
    const file = { fileName: 'list.csv', contentBase64: csv([]) };
    const bySme = await importList(listed, file);
    expect(bySme.status).toBe(403);
    const headerless = Buffer.from('名称,年度\r\n某公司,2024\r\n').toString('base64');
    const bad = await importList(reviewer, { fileName: 'list.csv', contentBase64: headerless });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].messages[0]).toContain('统一社会信用代码');
    const notXlsx = await importList(reviewer, {
      fileName: 'list.xlsx',
      contentBase64: Buffer.from('not a zip').toString('base64'),
    });
    expect(notXlsx.status).toBe(400);
  });
});
