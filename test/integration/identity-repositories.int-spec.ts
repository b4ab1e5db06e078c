import { randomUUID } from 'node:crypto';
import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { ConfigModule, DomainError } from '@rongtong/common';
import {
  DatabaseModule,
  ensureDatabaseExists,
  runMigrationsLocked,
  uniqueViolation,
} from '@rongtong/database';
import {
  AuthenticatedUser,
  IdentityModule,
  makeValidUscc,
  Membership,
  OrganisationAccess,
  RegisterDto,
  RegistrationResult,
  RegistrationService,
  usccCheckCharacter,
  USCC_ALPHABET,
} from '@rongtong/identity';
import { IsolatedEnvironment, isolatedEnvironment } from '../support/isolated-environment';

jest.setTimeout(60_000);

const REGION = '210211'; // 辽宁省 大连市 甘井子区
const PASSWORD = 'Qiangda-Mima-2026!';

function registration(
  email: string,
  uscc: string,
  name = '大连精工数控机床有限公司',
  regionCode = REGION,
): RegisterDto {
  return {
    email,
    password: PASSWORD,
    displayName: '李明',
    organisation: {
      type: 'sme',
      name,
      uscc,
      regionCode,
      industryCode: '3421',
      contact: { name: '李明', phone: '0411-12345678' },
    },
  };
}

/** Awaits the promise and returns the DomainError it rejects with. */
async function domainError(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('Identity services against PostgreSQL', () => {
  let env: IsolatedEnvironment;
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let registrations: RegistrationService;

  beforeAll(async () => {
    env = isolatedEnvironment();
    await ensureDatabaseExists(env.config.database.url);
    moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(env.config), DatabaseModule.forRoot(), IdentityModule],
    }).compile();
    await moduleRef.init();
    dataSource = moduleRef.get(DataSource);
    await runMigrationsLocked(dataSource);
    registrations = moduleRef.get(RegistrationService);
  });

  afterAll(async () => {
    await moduleRef?.close();
    await env?.dispose();
  });

  const count = async (sql: string, params: unknown[] = []): Promise<number> => {
    const [row] = await dataSource.query(`SELECT count(*)::int AS count FROM ${sql}`, params);
    return (row as { count: number }).count;
  };
  const usersWithEmail = (email: string) =>
    count('app_user WHERE lower(email) = lower($1)', [email]);
  const organisationsWithUscc = (uscc: string) => count('organisation WHERE uscc = $1', [uscc]);
  /** Organisation events (each new account also queues its verification mail, counted apart). */
  const outboxRows = () => count(`outbox_event WHERE type = 'organisation.created'`);
  const verificationMails = () =>
    count(
      `outbox_event WHERE type = 'account.mail-requested' AND payload->>'purpose' = 'verify-email'`,
    );

  describe('RegistrationService.register', () => {
    const firstEmail = 'Li.Ming@Example.cn';
    const firstUscc = makeValidUscc(REGION, 1);
    let first: RegistrationResult;

    beforeAll(async () => {
      first = await registrations.register(registration(firstEmail, firstUscc));
    });

    it('creates the user, the organisation and the owner membership', async () => {
      expect(first.user).toMatchObject({ email: firstEmail, displayName: '李明' });
      expect(first.organisation).toMatchObject({
        type: 'sme',
        name: '大连精工数控机床有限公司',
        uscc: firstUscc,
        regionCode: REGION,
        industryCode: '3421',
        contact: { name: '李明', phone: '0411-12345678' },
        version: 1,
        currentTier: null,
      });

      const [user] = await dataSource.query(
        'SELECT id, email, password_hash FROM app_user WHERE id = $1',
        [first.user.id],
      );
      expect(user.email).toBe(firstEmail);
      expect(user.password_hash).toMatch(/^\$argon2id\$/);
      const [organisation] = await dataSource.query(
        'SELECT id, uscc, region_code, version FROM organisation WHERE id = $1',
        [first.organisation.id],
      );
      expect(organisation).toEqual({
        id: first.organisation.id,
        uscc: firstUscc,
        region_code: REGION,
        version: 1,
      });
      const memberships = await dataSource.query(
        'SELECT user_id, organisation_id, role FROM membership WHERE organisation_id = $1',
        [first.organisation.id],
      );
      expect(memberships).toEqual([
        { user_id: first.user.id, organisation_id: first.organisation.id, role: 'owner' },
      ]);
    });

    it('writes exactly one organisation.created outbox row for the organisation', async () => {
      const rows = await dataSource.query(
        `SELECT type, entity_type, entity_id, version, payload, relayed_at FROM outbox_event
          WHERE entity_id = $1`,
        [first.organisation.id],
      );

      expect(rows).toEqual([
        {
          type: 'organisation.created',
          entity_type: 'organisation',
          entity_id: first.organisation.id,
          version: 1,
          payload: { organisationId: first.organisation.id },
          relayed_at: null,
        },
      ]);
      expect(await outboxRows()).toBe(1);
      // …and, in the same transaction, the request for its owner's verification mail.
      expect(await verificationMails()).toBe(1);
    });

    it('the same email in another case → EMAIL_TAKEN, nothing from that attempt is written', async () => {
      const uscc = makeValidUscc(REGION, 2);

      const error = await domainError(
        registrations.register(registration('  li.ming@EXAMPLE.CN ', uscc, '另一家公司')),
      );

      expect(error).toMatchObject({
        kind: 'conflict',
        code: 'EMAIL_TAKEN',
        fields: [{ field: 'email', messages: ['is already registered'] }],
      });
      expect(await usersWithEmail(firstEmail)).toBe(1);
      expect(await organisationsWithUscc(uscc)).toBe(0);
      expect(await count('organisation WHERE name = $1', ['另一家公司'])).toBe(0);
      expect(await outboxRows()).toBe(1);
    });

    it('the same USCC → USCC_TAKEN, and the new user is rolled back with it', async () => {
      const email = 'wang.fang@example.cn';

      const error = await domainError(registrations.register(registration(email, firstUscc)));

      expect(error).toMatchObject({
        kind: 'conflict',
        code: 'USCC_TAKEN',
        fields: [{ field: 'organisation.uscc', messages: ['is already registered'] }],
      });
      // The user row was inserted before the organisation failed: one transaction undid both.
      expect(await usersWithEmail(email)).toBe(0);
      expect(await organisationsWithUscc(firstUscc)).toBe(1);
      expect(await count('membership')).toBe(1);
      expect(await outboxRows()).toBe(1);
    });

    it('the same USCC typed in lower case is still USCC_TAKEN', async () => {
      const error = await domainError(
        registrations.register(registration('zhao.lei@example.cn', firstUscc.toLowerCase())),
      );

      expect(error.code).toBe('USCC_TAKEN');
      expect(await usersWithEmail('zhao.lei@example.cn')).toBe(0);
    });

    it('a USCC with a wrong check character → USCC_CHECKSUM naming the expected one', async () => {
      const valid = makeValidUscc(REGION, 3);
      const expected = usccCheckCharacter(valid.slice(0, 17));
      expect(valid[17]).toBe(expected);
      const wrong = USCC_ALPHABET[(USCC_ALPHABET.indexOf(expected) + 1) % USCC_ALPHABET.length];
      const email = 'checksum@example.cn';

      const error = await domainError(
        registrations.register(registration(email, valid.slice(0, 17) + wrong)),
      );

      expect(error).toMatchObject({
        kind: 'validation',
        code: 'USCC_CHECKSUM',
        fields: [{ field: 'organisation.uscc' }],
      });
      expect(error.message).toContain(`should be "${expected}", got "${wrong}"`);
      expect(error.fields?.[0].messages[0]).toContain(`"${expected}"`);
      expect(await usersWithEmail(email)).toBe(0);
      expect(await outboxRows()).toBe(1);
    });

    it('an unknown region code → a field-level error on organisation.regionCode', async () => {
      const email = 'region@example.cn';
      const input = registration(email, makeValidUscc(REGION, 4), '未知地区公司', '999999');

      const error = await domainError(registrations.register(input));

      expect(error).toMatchObject({
        kind: 'validation',
        code: 'VALIDATION_FAILED',
        fields: [
          {
            field: 'organisation.regionCode',
            messages: ['"999999" is not a known GB/T 2260 region code'],
          },
        ],
      });
      expect(await usersWithEmail(email)).toBe(0);
    });

    it('two simultaneous sign-ups with one email (different case): exactly one wins', async () => {
      const usccs = [makeValidUscc(REGION, 5), makeValidUscc(REGION, 6)];

      const results = await Promise.allSettled([
        registrations.register(registration('race@example.cn', usccs[0], '竞速甲')),
        registrations.register(registration('RACE@example.cn', usccs[1], '竞速乙')),
      ]);

      const fulfilled = results.filter((result) => result.status === 'fulfilled');
      const rejected = results.filter((result) => result.status === 'rejected');
      expect(fulfilled).toHaveLength(1);
      expect(rejected).toHaveLength(1);
      expect(rejected[0].reason).toMatchObject({ code: 'EMAIL_TAKEN' });
      expect(await usersWithEmail('race@example.cn')).toBe(1);
      expect(
        (await organisationsWithUscc(usccs[0])) + (await organisationsWithUscc(usccs[1])),
      ).toBe(1);
      expect(await outboxRows()).toBe(2);
    });

    it('the database itself enforces case-insensitive email uniqueness (23505)', async () => {
      let failure: unknown;
      try {
        await dataSource.query(
          `INSERT INTO app_user (email, display_name, password_hash) VALUES ($1, 'x', 'x')`,
          [firstEmail.toUpperCase()],
        );
      } catch (error) {
        failure = error;
      }

      expect(failure).toBeDefined();
      expect((failure as { driverError?: { code?: string } }).driverError?.code).toBe('23505');
      expect(uniqueViolation(failure)).toBe('uq_app_user_email_lower');
      expect(await usersWithEmail(firstEmail)).toBe(1);
    });
  });

  describe('OrganisationAccess', () => {
    let access: OrganisationAccess;
    let owner: AuthenticatedUser;
    let member: AuthenticatedUser;
    let outsider: AuthenticatedUser;
    let organisationId: string;
    let otherOrganisationId: string;
    const admin: AuthenticatedUser = { id: randomUUID(), platformRoles: ['admin'] };

    beforeAll(async () => {
      access = moduleRef.get(OrganisationAccess);
      const a = await registrations.register(
        registration('owner@access.example.cn', makeValidUscc(REGION, 101), '甲公司'),
      );
      const b = await registrations.register(
        registration('member@access.example.cn', makeValidUscc(REGION, 102), '乙公司'),
      );
      const c = await registrations.register(
        registration('outsider@access.example.cn', makeValidUscc(REGION, 103), '丙公司'),
      );
      organisationId = a.organisation.id;
      otherOrganisationId = b.organisation.id;
      owner = { id: a.user.id, platformRoles: [] };
      member = { id: b.user.id, platformRoles: [] };
      outsider = { id: c.user.id, platformRoles: [] };
      await dataSource
        .getRepository(Membership)
        .insert({ userId: member.id, organisationId, role: 'member' });
    });

    const notFound = { kind: 'not_found', code: 'ORGANISATION_NOT_FOUND' };

    it('a non-member gets ORGANISATION_NOT_FOUND, as for an organisation that does not exist', async () => {
      expect(await domainError(access.assert(outsider, organisationId))).toMatchObject(notFound);
      expect(await domainError(access.assert(outsider, organisationId, 'owner'))).toMatchObject(
        notFound,
      );
      expect(await domainError(access.assert(owner, randomUUID()))).toMatchObject(notFound);
      expect(await access.canSeePrivate(outsider, organisationId)).toBe(false);
      expect(await access.canSeePrivate(undefined, organisationId)).toBe(false);
    });

    it('a member passes member checks but not owner checks', async () => {
      await expect(access.assert(member, organisationId)).resolves.toBeUndefined();
      await expect(access.assert(member, organisationId, 'member')).resolves.toBeUndefined();
      expect(await domainError(access.assert(member, organisationId, 'owner'))).toMatchObject(
        notFound,
      );
      expect(await access.roleIn(member, organisationId)).toBe('member');
      expect(await access.canSeePrivate(member, organisationId)).toBe(true);
    });

    it('the owner passes both', async () => {
      await expect(access.assert(owner, organisationId)).resolves.toBeUndefined();
      await expect(access.assert(owner, organisationId, 'owner')).resolves.toBeUndefined();
      expect(await access.roleIn(owner, organisationId)).toBe('owner');
      // Owning one organisation gives nothing elsewhere.
      expect(await domainError(access.assert(owner, otherOrganisationId))).toMatchObject(notFound);
    });

    it('an admin passes everywhere without a membership', async () => {
      await expect(access.assert(admin, organisationId)).resolves.toBeUndefined();
      await expect(access.assert(admin, organisationId, 'owner')).resolves.toBeUndefined();
      expect(await access.roleIn(admin, organisationId)).toBeUndefined();
      expect(await access.canSeePrivate(admin, organisationId)).toBe(true);
    });
  });
});
