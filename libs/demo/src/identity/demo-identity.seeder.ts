import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@rongtong/common';
import { TransactionRunner } from '@rongtong/database';
import {
  makeValidUscc,
  OrganisationType,
  PasswordHasher,
  PlatformRole,
  ProvisioningStore,
  RegistrationService,
  SmeTier,
} from '@rongtong/identity';

/** Every demo account signs in with this password (also in the README). */
export const DEMO_PASSWORD = 'Rongtong-Demo-2026';

interface DemoOrganisation {
  key: number;
  type: OrganisationType;
  name: string;
  regionCode: string;
  industryCode: string;
  profile: string;
  tier?: { tier: SmeTier; level: 'national' | 'provincial' | 'city'; authority: string };
  user: { email: string; displayName: string; roles?: PlatformRole[] };
}

/** Real GB/T 2260 and GB/T 4754-2017 codes; USCCs are generated with valid check characters. */
export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    key: 1,
    type: 'sme',
    name: '大连精工数控机床有限公司',
    regionCode: '210211',
    industryCode: '3421',
    profile: '专注高精度数控车床与加工中心，面临主轴热变形导致的精度漂移问题。',
    tier: { tier: 'little_giant', level: 'national', authority: '工业和信息化部' },
    user: { email: 'sme@rongtong.demo', displayName: '王工（精工数控）' },
  },
  {
    key: 2,
    type: 'sme',
    name: '苏州锂能新材料科技有限公司',
    regionCode: '320505',
    industryCode: '3841',
    profile: '锂离子电池正极材料研发与生产，寻求固态电解质与快充技术合作。',
    tier: { tier: 'specialised', level: 'provincial', authority: '江苏省工业和信息化厅' },
    user: { email: 'battery@rongtong.demo', displayName: '陈经理（锂能新材）' },
  },
  {
    key: 3,
    type: 'large_enterprise',
    name: '华东重型装备集团有限公司',
    regionCode: '310115',
    industryCode: '3411',
    profile: '链主企业，面向产业链中小企业发布关键零部件与工艺攻关榜单。',
    user: { email: 'enterprise@rongtong.demo', displayName: '刘总工（华东重装）' },
  },
  {
    key: 4,
    type: 'university',
    name: '东北理工大学技术转移中心',
    regionCode: '210102',
    industryCode: '7520',
    profile: '高校技术转移机构，拥有机床热误差补偿、工业机器人等方向的专利成果。',
    user: { email: 'university@rongtong.demo', displayName: '赵老师（技术转移中心）' },
  },
  {
    key: 5,
    type: 'research_institute',
    name: '江苏省先进储能研究院',
    regionCode: '320102',
    industryCode: '7320',
    profile: '新型研发机构，聚焦固态电池、钠离子电池与储能系统集成中试。',
    user: { email: 'institute@rongtong.demo', displayName: '孙研究员（储能研究院）' },
  },
  {
    key: 6,
    type: 'service_org',
    name: '深圳湾区技术经纪服务有限公司',
    regionCode: '440305',
    industryCode: '7520',
    profile: '技术转移服务机构，提供技术经纪、知识产权评估与中试对接服务。',
    user: { email: 'broker@rongtong.demo', displayName: '周经纪人（湾区技术经纪）' },
  },
  {
    key: 7,
    type: 'organiser',
    name: '辽宁省中小企业服务中心',
    regionCode: '210102',
    industryCode: '9221',
    profile: '中小企业主管部门服务机构，组织"百场万企"大中小企业融通对接活动。',
    user: {
      email: 'organiser@rongtong.demo',
      displayName: '吴处长（服务中心）',
      roles: ['organiser'],
    },
  },
];

export const DEMO_ADMIN = { email: 'admin@rongtong.demo', displayName: '平台管理员' };

/**
 * Idempotent demo set: organisations of every type with owner accounts, plus an admin.
 * Existing rows (by USCC or email) are left as they are.
 */
/** The USCC a demo organisation is registered with (valid check character, stable). */
export function demoUscc(demo: Pick<DemoOrganisation, 'regionCode' | 'key'>): string {
  return makeValidUscc(demo.regionCode, 7_000_000 + demo.key);
}

/**
 * Idempotent demo set: organisations of every type with owner accounts, plus an admin.
 * Existing rows (by USCC or email) are left as they are.
 */
@Injectable()
export class DemoIdentitySeeder {
  private readonly logger = new Logger(DemoIdentitySeeder.name);

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly registration: RegistrationService,
    private readonly provisioning: ProvisioningStore,
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
  ) {}

  async seed(): Promise<{ organisations: number; users: number }> {
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    let organisations = 0;
    let users = 0;
    for (const demo of DEMO_ORGANISATIONS) {
      const created = await this.transactions.run(async (manager) => {
        const uscc = demoUscc(demo);
        let organisation = await this.provisioning.organisationByUscc(uscc, manager);
        let organisationCreated = false;
        if (!organisation) {
          organisation = await this.registration.createOrganisation(manager, {
            type: demo.type,
            name: demo.name,
            uscc,
            regionCode: demo.regionCode,
            industryCode: demo.industryCode,
            profile: demo.profile,
            website: null,
            contact: {
              name: demo.user.displayName,
              email: demo.user.email,
              phone: '+8613800000000',
            },
          });
          organisationCreated = true;
        }
        // Demo tiers are verified, as if imported from the official list (so they count);
        // a database from before verification existed gets its verified certificate now.
        if (
          demo.tier &&
          !(await this.provisioning.hasVerifiedCertificate(
            manager,
            organisation.id,
            demo.tier.tier,
          ))
        ) {
          await this.provisioning.addVerifiedCertificate(
            manager,
            {
              organisationId: organisation.id,
              tier: demo.tier.tier,
              level: demo.tier.level,
              issuedOn: '2024-07-01',
              validUntil: '2027-06-30',
              issuingAuthority: demo.tier.authority,
              listYear: 2024,
            },
            this.clock.now(),
          );
        }
        // Demo mailboxes do not exist: the demo accounts are verified from the start.
        const userCreated = await this.provisioning.addUserIfMissing(
          manager,
          {
            email: demo.user.email,
            displayName: demo.user.displayName,
            passwordHash,
            platformRoles: demo.user.roles ?? [],
          },
          this.clock.now(),
        );
        const userId = await this.provisioning.userIdByEmail(manager, demo.user.email);
        await this.provisioning.addMemberIfMissing(manager, {
          userId,
          organisationId: organisation.id,
          role: 'owner',
        });
        // Demo organisations are real-looking companies whose codes a reviewer has checked.
        await this.provisioning.verifyUsccIfUnclaimed(manager, {
          uscc,
          organisationId: organisation.id,
          claimantUserId: userId,
          claimedName: organisation.name,
          reason: '演示数据',
        });
        return { organisationCreated, userCreated };
      });
      organisations += created.organisationCreated ? 1 : 0;
      users += created.userCreated ? 1 : 0;
    }
    const adminCreated = await this.transactions.run((manager) =>
      this.provisioning.addUserIfMissing(
        manager,
        { ...DEMO_ADMIN, passwordHash, platformRoles: ['admin'] },
        this.clock.now(),
      ),
    );
    users += adminCreated ? 1 : 0;
    if (organisations + users > 0)
      this.logger.log(`Demo data: ${organisations} organisations and ${users} users created`);
    return { organisations, users };
  }
}
