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
