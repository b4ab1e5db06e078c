import { randomBytes } from 'node:crypto';
import { makeValidUscc } from '@rongtong/identity';

let seed = Number.parseInt(randomBytes(3).toString('hex'), 16) % 1_000_000;

/** A registration body with a unique email and a valid, unique USCC. */
export function registrationBody(
  overrides: {
    email?: string;
    type?: string;
    regionCode?: string;
    industryCode?: string;
    name?: string;
  } = {},
) {
  seed += 1;
  const regionCode = overrides.regionCode ?? '210211';
  return {
    email: overrides.email ?? `user${seed}.${randomBytes(2).toString('hex')}@example.cn`,
    password: 'Correct-Horse-42-Battery',
    displayName: '测试用户',
    organisation: {
      type: overrides.type ?? 'sme',
      name: overrides.name ?? `测试数控机床有限公司${seed}`,
      uscc: makeValidUscc(regionCode, 10_000_000 + seed),
      regionCode,
      industryCode: overrides.industryCode ?? '3421',
      profile: '主轴热变形补偿技术需求',
      contact: { name: '李工', phone: '+8613900000000', email: 'contact@example.cn' },
    },
  };
}

/** A future day, YYYY-MM-DD. */
export function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export function needBody(organisationId: string, overrides: Record<string, unknown> = {}) {
  return {
    organisationId,
    title: '数控机床主轴热变形补偿技术需求',
    description:
      '我司数控车床连续加工4小时后主轴热伸长导致精度漂移，希望与高校合作开发热误差补偿方案。',
    keywords: ['数控机床', '热变形', '误差补偿'],
    industryCode: '3421',
    regionCode: '210211',
    cooperationModes: ['joint_development', 'licence'],
    budgetMinWan: 50,
    budgetMaxWan: 120,
    desiredTrl: 5,
    validUntil: daysFromNow(180),
    ...overrides,
  };
}

export function achievementBody(organisationId: string, overrides: Record<string, unknown> = {}) {
  return {
    organisationId,
    title: '机床热误差实时补偿系统',
    abstract: '基于温度场建模与机器学习的数控机床热误差实时补偿系统，定位精度提升60%。',
    keywords: ['热误差', '数控机床', '补偿'],
    industryCode: '3421',
    regionCode: '210102',
    technologyField: '智能制造',
    patents: [{ number: '202310123456.6', legalStatus: 'granted' }],
    trl: 6,
    transferModes: ['licence', 'assignment'],
    licenceKinds: ['non_exclusive'],
    priceWan: 80,
    validUntil: daysFromNow(365),
    ...overrides,
  };
}

export function challengeBody(organisationId: string, overrides: Record<string, unknown> = {}) {
  return {
    organisationId,
    title: '重型齿轮箱长寿命轴承国产化攻关',
    problem: '风电齿轮箱主轴承依赖进口，需要寿命不低于20年的国产化方案，并通过台架试验验证。',
    keywords: ['轴承', '齿轮箱', '国产化'],
    industryCode: '3451',
    regionCode: '310115',
    technicalIndicators: [{ name: '设计寿命', target: '≥ 20', unit: '年' }],
    rewardWan: 500,
    minTier: 'specialised',
    eligibleOrganisationTypes: ['sme', 'university'],
    eligibleRegionCodes: ['210000'],
    evaluationCriteria: [
      { name: '技术先进性', weight: 60 },
      { name: '产业化能力', weight: 40 },
    ],
    validUntil: daysFromNow(90),
    ...overrides,
  };
}

/** A certificate submission with its evidence (POST /organisations/:id/certifications). */
export function certificationBody(overrides: Record<string, unknown> = {}) {
  return {
    tier: 'specialised',
    level: 'provincial',
    issuedOn: daysFromNow(-400),
    validUntil: daysFromNow(700),
    certificateNumber: '辽工信发〔2025〕18号',
    issuingAuthority: '辽宁省工业和信息化厅',
    listYear: 2025,
    ...overrides,
  };
}

/**
 * A 对接会 as an organiser sets it up: two days 30 days ahead (09:00–12:00 with a break,
 * 14:00–17:00), 20-minute slots, `tables` on-site tables, registration open since yesterday.
 */
export function eventBody(organisationId: string, overrides: Record<string, unknown> = {}) {
  const first = daysFromNow(30);
  const second = daysFromNow(31);
  return {
    organisationId,
    title: '大连数控机床产业链“百场万企”融通对接会',
    description: '围绕数控机床主轴、热误差补偿与工业软件，组织供需双方一对一洽谈。',
    theme: {
      industryCodes: ['C34'],
      keywords: ['数控机床', '热误差补偿'],
      regionCodes: ['210000'],
    },
    mode: 'offline',
    venue: '大连国际会议中心 3 楼',
    address: '大连市沙河口区中山路 1 号',
    days: [
      { date: first, start: '09:00', end: '12:00', breaks: [{ start: '10:20', end: '10:40' }] },
      { date: second, start: '14:00', end: '17:00', breaks: [] },
    ],
    slotMinutes: 20,
    tables: Array.from({ length: 10 }, (_, i) => ({
      name: `A${String(i + 1).padStart(2, '0')}`,
      online: false,
    })),
    registrationOpensAt: new Date(Date.now() - 86_400_000).toISOString(),
    registrationClosesAt: new Date(Date.now() + 20 * 86_400_000).toISOString(),
    capacity: 50,
    defaultMeetingCap: 6,
    ...overrides,
  };
}
