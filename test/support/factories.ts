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
