import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Client } from 'pg';
import { REVIEW_TABLE_SQL } from '@rongtong/challenges';
import { makeValidUscc } from '@rongtong/identity';
import { request } from '../http';
import type { Figure } from '../report';
import { distribution, Distribution, nowMs, ratio, round } from '../stats';

export interface ChallengesSectionResult {
  applications: number;
  evaluators: number;
  scores: number;
  /** GET /api/v1/challenges/:id/review as the owner, over HTTP. */
  reviewTableMs: Distribution;
  /** The store's one statement on a pg connection (the engine's share). */
  rawStatementMs: Distribution;
  reviewOverRawP95: number;
  upload: {
    files: number;
    megabytesPerFile: number;
    /** POST …/attachments: stream → spool → type sniffing → storage → row. */
    productMegabytesPerSecond: number;
    /** The same bytes streamed to a file in the same temp filesystem. */
    rawWriteMegabytesPerSecond: number;
    productOverRaw: number;
  };
  setupSeconds: number;
}

interface Api {
  url: string;
  call<T>(method: string, path: string, token?: string, body?: unknown): Promise<T>;
}

function apiClient(url: string): Api {
  return {
    url,
    async call<T>(method: string, path: string, token?: string, body?: unknown): Promise<T> {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (token) headers.authorization = `Bearer ${token}`;
      const response = await request<T>(`${url}/api/v1/${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (response.status >= 300) {
        throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(response.body)}`);
      }
      return response.body;
    },
  };
}

let registered = 0;

/** Registers an organisation's owner (or joins by invitation), verifies the address, signs in. */
async function signUp(
  api: Api,
  pg: Client,
  options: { type: string; invitationToken?: string; email?: string },
): Promise<{ token: string; userId: string; organisationId: string }> {
  registered += 1;
  const email = options.email ?? `bench${registered}.${randomBytes(3).toString('hex')}@example.cn`;
  const password = 'Correct-Horse-42-Battery';
  await api.call('POST', 'auth/register', undefined, {
    email,
    password,
    displayName: `评审专家${registered}`,
    ...(options.invitationToken
      ? { invitationToken: options.invitationToken }
      : {
          organisation: {
            type: options.type,
            name: `性能测试单位${registered}`,
            uscc: makeValidUscc('210211', 30_000_000 + registered),
            regionCode: '210211',
            industryCode: '3421',
          },
        }),
  });
  await pg.query('UPDATE app_user SET email_verified_at = now() WHERE lower(email) = lower($1)', [
    email,
  ]);
  const login = await api.call<{ accessToken: string }>('POST', 'auth/login', undefined, {
    email,
    password,
  });
  const me = await api.call<{ id: string; memberships: { organisationId: string }[] }>(
    'GET',
    'me',
    login.accessToken,
  );
  return {
    token: login.accessToken,
    userId: me.id,
    organisationId: me.memberships[0]?.organisationId ?? '',
  };
}

/** The column list of a table, quoted, for INSERT … SELECT clones. */
async function columnsOf(pg: Client, table: string): Promise<string[]> {
  const { rows } = await pg.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((row) => row.column_name);
}

/**
 * Copies the rows of `table` matching `where` once per element of `$2` (an array bound as
 * `x.value`), with some columns replaced by SQL expressions over `t` (the template) and `x`.
 */
async function cloneRows(
  pg: Client,
  table: string,
  where: string,
  whereValue: string,
  values: string[],
  valueType: 'uuid' | 'int',
  replace: Record<string, string>,
): Promise<string[]> {
  const columns = await columnsOf(pg, table);
  const select = columns.map((c) => replace[c] ?? `t."${c}"`).join(', ');
  const { rows } = await pg.query<{ id: string }>(
    `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')})
     SELECT ${select} FROM "${table}" t CROSS JOIN unnest($2::${valueType}[]) AS x(value)
      WHERE t.${where} = $1
     RETURNING ${columns.includes('id') ? 'id' : 'NULL AS id'}`,
    [whereValue, values],
  );
  return rows.map((row) => row.id);
}

/**
 * 揭榜挂帅 figures (issue 9): the owner's review table for a challenge with `applications`
 * submitted applications × `evaluators` evaluators who all scored, timed over HTTP against its
 * one SQL statement on a plain pg connection; and attachment upload throughput against a raw
 * write of the same bytes to disk. One application, its scores and its organisation are made
 * through the api; the rest are copies of those rows (the table reads them the same way).
 */
export async function runChallengesSection(options: {
  apiUrl: string;
  pg: Client;
  applications: number;
  evaluators: number;
  rounds: number;
  log: (line: string) => void;
}): Promise<ChallengesSectionResult> {
  const { pg, log } = options;
  const api = apiClient(options.apiUrl);
  const setupStarted = nowMs();

  const owner = await signUp(api, pg, { type: 'large_enterprise' });
  const criteria = [
    { name: '技术先进性', weight: 40 },
    { name: '产业化能力', weight: 30 },
    { name: '团队实力', weight: 20 },
    { name: '经费合理性', weight: 10 },
  ];
  const challenge = await api.call<{ id: string }>('POST', 'challenges', owner.token, {
    organisationId: owner.organisationId,
    title: '高速精密主轴热误差补偿技术攻关',
    problem: '主轴高速运转温升导致加工精度漂移，需要在线热误差建模与实时补偿方案并完成样机验证。',
    keywords: ['主轴', '热误差', '补偿'],
    industryCode: '3421',
    regionCode: '210211',
    technicalIndicators: [{ name: '热漂移', target: '≤ 5', unit: 'μm' }],
    rewardWan: 800,
    minTier: null,
    eligibleOrganisationTypes: ['sme', 'university'],
    eligibleRegionCodes: [],
    evaluationCriteria: criteria,
    validUntil: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10),
  });
  await api.call('POST', `challenges/${challenge.id}/transitions`, owner.token, {
    action: 'submit',
  });

  // Evaluators: members of the owner organisation, invited and joined through the api.
  const evaluatorIds: string[] = [];
  const evaluatorTokens: string[] = [];
  for (let i = 0; i < options.evaluators; i++) {
    const email = `bench.expert${i}.${randomBytes(3).toString('hex')}@example.cn`;
    const invitation = await api.call<{ token: string }>(
      'POST',
      `organisations/${owner.organisationId}/invitations`,
      owner.token,
      { email, role: 'member' },
    );
    const member = await signUp(api, pg, {
      type: 'sme',
      email,
      invitationToken: invitation.token,
    });
    const evaluator = await api.call<{ id: string }>(
      'POST',
      `challenges/${challenge.id}/evaluators`,
      owner.token,
      { userId: member.userId },
    );
    evaluatorIds.push(evaluator.id);
    evaluatorTokens.push(member.token);
  }

  // One applicant through the api: draft, proposal, attachments (timed), submit.
  const applicant = await signUp(api, pg, { type: 'sme' });
  const draft = await api.call<{ id: string; proposal: Record<string, unknown> }>(
    'POST',
    `challenges/${challenge.id}/applications`,
    applicant.token,
    { organisationId: applicant.organisationId },
  );
  await api.call('PUT', `applications/${draft.id}/draft`, applicant.token, {
    proposal: {
      ...draft.proposal,
      summary: '基于多测点温度场与深度学习的主轴热误差在线建模与补偿。',
      technicalApproach: '布置温度测点，建立热误差模型，嵌入数控系统实时补偿，样机验证。',
      team: [{ name: '张伟', role: '项目负责人', title: '高级工程师' }],
      milestones: [
        {
          date: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
          deliverable: '样机测试报告',
          indicator: '热漂移',
        },
      ],
      budget: [
        { item: '设备费', amountWan: 300 },
        { item: '测试费', amountWan: 120 },
      ],
      trlNow: 4,
      trlAtDelivery: 7,
      ipArrangement: '新产生的知识产权归双方共有。',
    },
  });
  const upload = await measureUploads(api, applicant.token, draft.id, log);
  await api.call('POST', `applications/${draft.id}/submit`, applicant.token, {});
  await api.call('POST', `applications/${draft.id}/decision`, owner.token, { stage: 'qualified' });
  for (const token of evaluatorTokens) {
    await api.call('PUT', `applications/${draft.id}/scorecard`, token, {
      scores: Object.fromEntries(criteria.map((c, i) => [c.name, 5 + ((i * 7) % 5)])),
      comment: '方案可行，建议补充样机验证数据。',
    });
  }

  // The other applications are copies: organisations, applications, scores.
  const copies = Array.from({ length: options.applications - 1 }, (_, i) => i + 1);
  const organisationIds = await cloneRows(
    pg,
    'organisation',
    'id',
    applicant.organisationId,
    copies.map(String),
    'int',
    {
      id: 'gen_random_uuid()',
      name: `t.name || '-' || x.value`,
      uscc: `upper(substr(md5(random()::text), 1, 18))`,
    },
  );
  const applicationIds = await cloneRows(
    pg,
    'challenge_application',
    'id',
    draft.id,
    organisationIds,
    'uuid',
    {
      id: 'gen_random_uuid()',
      organisation_id: 'x.value',
      submitted_at: `t.submitted_at + (random() * interval '10 days')`,
    },
  );
  await cloneRows(pg, 'application_score', 'application_id', draft.id, applicationIds, 'uuid', {
    application_id: 'x.value',
    total: `round((t.total * (0.6 + random() * 0.8))::numeric, 2)`,
  });
  await pg.query('ANALYZE organisation, challenge_application, application_score');
  const setupSeconds = round((nowMs() - setupStarted) / 1000, 1);
  log(
    `  ${options.applications} applications × ${options.evaluators} evaluators ready in ${setupSeconds} s`,
  );

  const reviewPath = `challenges/${challenge.id}/review`;
  const first = await api.call<{ rows: { scoresIn: number }[] }>('GET', reviewPath, owner.token);
  if (first.rows.length !== options.applications)
    throw new Error(`review table: ${first.rows.length} rows, expected ${options.applications}`);
  if (first.rows.some((row) => row.scoresIn !== options.evaluators))
    throw new Error('review table: not every application shows every evaluator score');

  const reviewSamples: number[] = [];
  const rawSamples: number[] = [];
  for (let i = 0; i < 5; i++) {
    await request(`${api.url}/api/v1/${reviewPath}`, {
      headers: { authorization: `Bearer ${owner.token}` },
    });
    await pg.query(REVIEW_TABLE_SQL, [challenge.id]);
  }
  for (let i = 0; i < options.rounds; i++) {
    const response = await request(`${api.url}/api/v1/${reviewPath}`, {
      headers: { authorization: `Bearer ${owner.token}` },
    });
    if (response.status !== 200) throw new Error(`review table: ${response.status}`);
    reviewSamples.push(response.ms);
    const started = nowMs();
    await pg.query(REVIEW_TABLE_SQL, [challenge.id]);
    rawSamples.push(nowMs() - started);
  }
  const reviewTableMs = distribution(reviewSamples);
  const rawStatementMs = distribution(rawSamples);
  return {
    applications: options.applications,
    evaluators: options.evaluators,
    scores: options.applications * options.evaluators,
    reviewTableMs,
    rawStatementMs,
    reviewOverRawP95: ratio(reviewTableMs.p95, rawStatementMs.p95),
    upload,
    setupSeconds,
  };
}

/** A PDF-looking body: the magic bytes the sniffer wants, then incompressible bytes. */
function pdfBytes(size: number): Buffer {
  const body = randomBytes(size);
  Buffer.from('%PDF-1.7\n').copy(body);
  return body;
}

async function measureUploads(
  api: Api,
  token: string,
  applicationId: string,
  log: (line: string) => void,
): Promise<ChallengesSectionResult['upload']> {
  const megabytesPerFile = 4;
  const filesPerRound = 10; // 40 MB: under the 50 MB an application may hold
  const rounds = 3;
  const files = Array.from({ length: filesPerRound }, () => pdfBytes(megabytesPerFile * 2 ** 20));
  let productMs = 0;
  let rawMs = 0;
  const scratch = mkdtempSync(join(tmpdir(), 'rongtong-bench-upload-'));
  try {
    for (let r = 0; r < rounds; r++) {
      const ids: string[] = [];
      for (const [i, bytes] of files.entries()) {
        const response = await request<{ id: string }>(
          `${api.url}/api/v1/applications/${applicationId}/attachments?filename=${encodeURIComponent(`方案附件${i}.pdf`)}`,
          {
            method: 'POST',
            headers: {
              authorization: `Bearer ${token}`,
              'content-type': 'application/octet-stream',
              'content-length': String(bytes.length),
            },
            body: Readable.from([bytes]),
          },
        );
        if (response.status !== 201)
          throw new Error(`upload: ${response.status} ${JSON.stringify(response.body)}`);
        productMs += response.ms;
        ids.push(response.body.id);
        const started = nowMs();
        await pipeline(
          Readable.from([bytes]),
          createWriteStream(join(scratch, `raw-${r}-${i}.pdf`)),
        );
        rawMs += nowMs() - started;
      }
      for (const id of ids)
        await api.call('DELETE', `applications/${applicationId}/attachments/${id}`, token);
      for (let i = 0; i < files.length; i++) rmSync(join(scratch, `raw-${r}-${i}.pdf`));
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const megabytes = megabytesPerFile * filesPerRound * rounds;
  const product = round(megabytes / (productMs / 1000), 1);
  const raw = round(megabytes / (rawMs / 1000), 1);
  log(`  uploads: ${megabytes} MB, product ${product} MB/s, raw write ${raw} MB/s`);
  return {
    files: filesPerRound * rounds,
    megabytesPerFile,
    productMegabytesPerSecond: product,
    rawWriteMegabytesPerSecond: raw,
    productOverRaw: ratio(product, raw),
  };
}

export function challengesFigures(result: ChallengesSectionResult): Figure[] {
  const size = `${result.applications} applications × ${result.evaluators} evaluators`;
  return [
    {
      section: 'challenges',
      metric: `review table p50, ${size} (GET …/review)`,
      value: result.reviewTableMs.p50,
      unit: 'ms',
    },
    {
      section: 'challenges',
      metric: `review table p95, ${size} (GET …/review)`,
      value: result.reviewTableMs.p95,
      unit: 'ms',
    },
    {
      section: 'challenges',
      metric: 'review table statement alone p95 (pg)',
      value: result.rawStatementMs.p95,
      unit: 'ms',
    },
    {
      section: 'challenges',
      metric: 'review table / statement (p95)',
      value: result.reviewOverRawP95,
    },
    {
      section: 'challenges',
      metric: `attachment upload (${result.upload.files} × ${result.upload.megabytesPerFile} MB PDF)`,
      value: result.upload.productMegabytesPerSecond,
      unit: 'MB/s',
    },
    {
      section: 'challenges',
      metric: 'raw write of the same bytes',
      value: result.upload.rawWriteMegabytesPerSecond,
      unit: 'MB/s',
    },
    { section: 'challenges', metric: 'upload / raw write', value: result.upload.productOverRaw },
  ];
}
