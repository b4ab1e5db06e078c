import { ConfigError, DEV_JWT_SECRET, loadConfig } from './app-config';

/** loadConfig on a development machine (NODE_ENV unset means production; see its own tests). */
function load(env: Record<string, string>) {
  return loadConfig({ NODE_ENV: 'development', ...env });
}

/** Runs loadConfig and returns the ConfigError it throws (fails the test if it does not). */
function configError(env: Record<string, string>): ConfigError {
  try {
    load(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`expected loadConfig(${JSON.stringify(env)}) to throw a ConfigError`);
}

/** The variable each problem names, in order. */
function namedVariables(error: ConfigError): string[] {
  return error.problems.map((problem) => /^[A-Z_]+/.exec(problem)?.[0] ?? problem);
}

const PRODUCTION_SECRET = 'b6f1c0e29a7d4c53e8f0a1b2c3d4e5f6';

describe('loadConfig', () => {
  it('applies the documented defaults to an empty environment', () => {
    const config = load({});

    // A subset match: sections added later bring their own tests.
    expect(config).toMatchObject({
      env: 'development',
      http: { host: '127.0.0.1', port: 3000, bodyLimit: '1mb', workerHealthPort: 3001 },
      database: {
        url: 'postgres://postgres@127.0.0.1:5432/rongtong',
        autoCreate: true,
        autoMigrate: true,
      },
      redis: { url: 'redis://127.0.0.1:6379', queuePrefix: 'rongtong' },
      meilisearch: { url: undefined, masterKey: undefined, indexPrefix: '' },
      auth: {
        jwtSecret: 'rongtong-development-secret-do-not-use-in-production',
        accessTtlSeconds: 900,
        refreshTtlDays: 30,
        invitationTtlDays: 14,
        rateLimitPerMinute: 20,
      },
      // Pretty logs by default only in development on a terminal.
      log: { level: 'info', pretty: process.stdout.isTTY === true },
      outbox: { pollIntervalMs: 250, batchSize: 200 },
      seedDemoData: false,
      shutdownTimeoutMs: 15_000,
    });
  });

  it('reads every variable it is given and coerces numbers', () => {
    const config = load({
      NODE_ENV: 'test',
      HOST: '0.0.0.0',
      PORT: '8080',
      WORKER_HEALTH_PORT: '8081',
      DATABASE_URL: 'postgresql://app:secret@db.internal:6543/rt',
      REDIS_URL: 'rediss://cache.internal:6380/2',
      QUEUE_PREFIX: 'rt_ci-1',
      MEILI_URL: 'http://127.0.0.1:7700',
      MEILI_MASTER_KEY: 'k'.repeat(16),
      MEILI_INDEX_PREFIX: 'ci_',
      JWT_SECRET: PRODUCTION_SECRET,
      JWT_ACCESS_TTL_SECONDS: '60',
      REFRESH_TTL_DAYS: '7',
      INVITATION_TTL_DAYS: '3',
      AUTH_RATE_LIMIT_PER_MINUTE: '5',
      BODY_LIMIT: '512kb',
      LOG_LEVEL: 'debug',
      LOG_PRETTY: 'true',
      OUTBOX_POLL_INTERVAL_MS: '10',
      OUTBOX_BATCH_SIZE: '5',
      SHUTDOWN_TIMEOUT_MS: '100',
    });

    expect(config.env).toBe('test');
    expect(config.http).toEqual({
      host: '0.0.0.0',
      port: 8080,
      bodyLimit: '512kb',
      workerHealthPort: 8081,
    });
    expect(config.database.url).toBe('postgresql://app:secret@db.internal:6543/rt');
    expect(config.redis).toEqual({ url: 'rediss://cache.internal:6380/2', queuePrefix: 'rt_ci-1' });
    expect(config.meilisearch).toEqual({
      url: 'http://127.0.0.1:7700',
      masterKey: 'k'.repeat(16),
      indexPrefix: 'ci_',
    });
    expect(config.auth).toEqual({
      jwtSecret: PRODUCTION_SECRET,
      accessTtlSeconds: 60,
      refreshTtlDays: 7,
      invitationTtlDays: 3,
      rateLimitPerMinute: 5,
      sessionMaxDays: 30,
      passwordResetTtlMinutes: 30,
      emailVerificationTtlHours: 72,
      loginFailuresBeforeBackoff: 5,
      loginBackoffBaseSeconds: 1,
      loginBackoffMaxSeconds: 900,
    });
    expect(config.log).toEqual({ level: 'debug', pretty: true });
    expect(config.outbox).toEqual({ pollIntervalMs: 10, batchSize: 5 });
    expect(config.shutdownTimeoutMs).toBe(100);
  });

  it('treats empty strings as unset', () => {
    const config = load({ PORT: '', DATABASE_URL: '', JWT_SECRET: '', SEED_DEMO_DATA: '' });

    expect(config.http.port).toBe(3000);
    expect(config.database.url).toBe('postgres://postgres@127.0.0.1:5432/rongtong');
    expect(config.seedDemoData).toBe(false);
  });

  it('in production defaults to no auto create/migrate and no pretty logs', () => {
    const config = load({ NODE_ENV: 'production', JWT_SECRET: PRODUCTION_SECRET });

    expect(config.env).toBe('production');
    expect(config.database.autoCreate).toBe(false);
    expect(config.database.autoMigrate).toBe(false);
    expect(config.log.pretty).toBe(false);
    expect(config.auth.jwtSecret).toBe(PRODUCTION_SECRET);
  });

  describe('rejects bad values with a ConfigError naming the variable', () => {
    it('PORT=abc names PORT and the value', () => {
      const error = configError({ PORT: 'abc' });

      expect(error.name).toBe('ConfigError');
      expect(error.problems).toHaveLength(1);
      expect(error.problems[0]).toMatch(/^PORT \(got "abc"\): /);
      expect(error.message).toContain('Invalid configuration:\n  - PORT (got "abc")');
    });

    it.each([
      ['PORT', '70000'],
      ['PORT', '-1'],
      ['PORT', '1.5'],
      ['WORKER_HEALTH_PORT', 'x'],
      ['OUTBOX_BATCH_SIZE', '0'],
      ['OUTBOX_POLL_INTERVAL_MS', '5'],
      ['JWT_ACCESS_TTL_SECONDS', '29'],
      ['BODY_LIMIT', '1gb'],
      ['LOG_LEVEL', 'verbose'],
      ['NODE_ENV', 'staging'],
      ['QUEUE_PREFIX', 'rt:prod'],
      ['MEILI_INDEX_PREFIX', 'a b'],
    ])('%s=%s', (name, value) => {
      const error = configError({ [name]: value });

      expect(error.problems).toHaveLength(1);
      expect(error.problems[0].startsWith(`${name} (got "${value}"): `)).toBe(true);
    });

    it('DATABASE_URL=mysql://x names DATABASE_URL and the accepted protocols', () => {
      const error = configError({ DATABASE_URL: 'mysql://x' });

      expect(error.problems).toEqual([
        'DATABASE_URL (got "mysql://x"): must be a URL starting with postgres:// or postgresql://',
      ]);
    });

    it('a DATABASE_URL that is no URL at all names DATABASE_URL', () => {
      const error = configError({ DATABASE_URL: 'localhost:5432/rongtong' });

      expect(error.problems[0]).toMatch(/^DATABASE_URL \(got "localhost:5432\/rongtong"\)/);
    });

    it('REDIS_URL=http://x names REDIS_URL', () => {
      const error = configError({ REDIS_URL: 'http://127.0.0.1:6379' });

      expect(error.problems).toEqual([
        'REDIS_URL (got "http://127.0.0.1:6379"): must be a URL starting with redis:// or rediss://',
      ]);
    });

    it('production without JWT_SECRET names JWT_SECRET', () => {
      const error = configError({ NODE_ENV: 'production' });

      expect(error.problems).toHaveLength(1);
      expect(error.problems[0]).toMatch(/^JWT_SECRET: is required in production/);
      expect(error.problems[0]).toContain('NODE_ENV=development');
    });

    it('a JWT_SECRET shorter than 32 characters names JWT_SECRET, in any environment', () => {
      const error = configError({ NODE_ENV: 'development', JWT_SECRET: 'short' });

      expect(error.problems).toHaveLength(1);
      expect(error.problems[0]).toMatch(/^JWT_SECRET \(got "short"\): /);
    });

    it('MEILI_URL without MEILI_MASTER_KEY names MEILI_MASTER_KEY', () => {
      const error = configError({ MEILI_URL: 'http://127.0.0.1:7700' });

      expect(error.problems).toEqual(['MEILI_MASTER_KEY: is required when MEILI_URL is set']);
    });

    it('a MEILI_MASTER_KEY shorter than 16 characters names MEILI_MASTER_KEY', () => {
      const error = configError({ MEILI_URL: 'http://127.0.0.1:7700', MEILI_MASTER_KEY: 'short' });

      expect(error.problems).toHaveLength(1);
      expect(error.problems[0]).toMatch(/^MEILI_MASTER_KEY \(got "short"\): /);
    });

    it('names every bad variable at once', () => {
      const error = configError({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });

      expect(namedVariables(error)).toEqual(['PORT', 'DATABASE_URL', 'LOG_LEVEL']);
    });

    // The cross-variable rules run even when a field failed, so an operator learns of both at once.
    it('names a missing JWT_SECRET even when another variable is bad too', () => {
      const error = configError({ NODE_ENV: 'production', PORT: 'abc' });

      expect(namedVariables(error)).toEqual(['PORT', 'JWT_SECRET']);
    });
  });

  describe('boolean variables', () => {
    it.each([
      ['true', true],
      ['1', true],
      ['yes', true],
      ['false', false],
      ['0', false],
      ['no', false],
    ])('SEED_DEMO_DATA=%s → %s', (value, expected) => {
      expect(load({ SEED_DEMO_DATA: value }).seedDemoData).toBe(expected);
    });

    it('explicit DATABASE_AUTO_* and LOG_PRETTY override the environment defaults', () => {
      const production = load({
        NODE_ENV: 'production',
        JWT_SECRET: PRODUCTION_SECRET,
        DATABASE_AUTO_CREATE: 'yes',
        DATABASE_AUTO_MIGRATE: '1',
        LOG_PRETTY: 'true',
      });
      const development = load({
        DATABASE_AUTO_CREATE: 'no',
        DATABASE_AUTO_MIGRATE: 'false',
        LOG_PRETTY: '0',
      });

      expect(production.database).toMatchObject({ autoCreate: true, autoMigrate: true });
      expect(production.log.pretty).toBe(true);
      expect(development.database).toMatchObject({ autoCreate: false, autoMigrate: false });
      expect(development.log.pretty).toBe(false);
    });

    it.each(['TRUE', 'on', 'maybe', 'Y'])('rejects %s and names the variable', (value) => {
      const error = configError({ DATABASE_AUTO_MIGRATE: value });

      expect(error.problems).toHaveLength(1);
      expect(error.problems[0]).toMatch(new RegExp(`^DATABASE_AUTO_MIGRATE \\(got "${value}"\\)`));
    });
  });

  describe('recovery and retention', () => {
    it('defaults: schedules checked every minute, reconciliation every 5 min, retention days', () => {
      const config = loadConfig({ NODE_ENV: 'development' });

      expect(config.jobs).toMatchObject({
        scheduleCheckIntervalMs: 60_000,
        reconcileIntervalMs: 300_000,
      });
      expect(config.retention).toEqual({
        notificationDays: 180,
        emailDeliveryDays: 90,
        webhookAttemptDays: 30,
        refreshTokenDays: 7,
        outboxDays: 14,
        failedJobDays: 30,
      });
    });

    it('reads the variables', () => {
      const config = loadConfig({
        NODE_ENV: 'development',
        SCHEDULE_CHECK_INTERVAL_MS: '5000',
        RECONCILE_INTERVAL_MS: '2000',
        RETENTION_NOTIFICATION_DAYS: '365',
        RETENTION_EMAIL_DELIVERY_DAYS: '30',
        RETENTION_WEBHOOK_ATTEMPT_DAYS: '7',
        RETENTION_REFRESH_TOKEN_DAYS: '1',
        RETENTION_OUTBOX_DAYS: '3',
        RETENTION_FAILED_JOB_DAYS: '60',
      });

      expect(config.jobs).toMatchObject({
        scheduleCheckIntervalMs: 5000,
        reconcileIntervalMs: 2000,
      });
      expect(config.retention).toEqual({
        notificationDays: 365,
        emailDeliveryDays: 30,
        webhookAttemptDays: 7,
        refreshTokenDays: 1,
        outboxDays: 3,
        failedJobDays: 60,
      });
    });

    it.each([
      ['RECONCILE_INTERVAL_MS', '10'],
      ['SCHEDULE_CHECK_INTERVAL_MS', 'often'],
      ['RETENTION_OUTBOX_DAYS', '0'],
      ['RETENTION_NOTIFICATION_DAYS', '-5'],
    ])('rejects %s=%s naming it', (name, value) => {
      const error = configError({ [name]: value });

      expect(error.problems).toHaveLength(1);
      expect(error.problems[0].startsWith(`${name} (got "${value}"): `)).toBe(true);
    });
  });

  describe('notifications and matching', () => {
    it('defaults: no SMTP, cap 10, private webhook targets only in development', () => {
      const development = load({});
      const test = load({ NODE_ENV: 'test' });
      const production = load({ NODE_ENV: 'production', JWT_SECRET: PRODUCTION_SECRET });

      expect(development.notify).toMatchObject({
        smtpUrl: undefined,
        dailyMatchEmailCap: 10,
        webhookAllowPrivateAddresses: true,
        webhookDisableAfterFailures: 5,
      });
      expect(test.notify.webhookAllowPrivateAddresses).toBe(false);
      expect(production.notify.webhookAllowPrivateAddresses).toBe(false);
      expect(development.jobs.lockDurationMs).toBe(30_000);
      expect(development.matching.nightlyCron).toBe('0 2 * * *');
    });

    it('reads the variables and strips a trailing slash from PUBLIC_URL', () => {
      const config = load({
        PUBLIC_URL: 'https://rongtong.example.cn/',
        SMTP_URL: 'smtps://mailer:secret@smtp.example.cn:465',
        NOTIFY_DAILY_MATCH_EMAIL_CAP: '3',
        WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true',
        JOB_LOCK_DURATION_MS: '5000',
      });

      expect(config.publicUrl).toBe('https://rongtong.example.cn');
      expect(config.notify).toMatchObject({
        smtpUrl: 'smtps://mailer:secret@smtp.example.cn:465',
        dailyMatchEmailCap: 3,
        webhookAllowPrivateAddresses: true,
      });
      expect(config.jobs.lockDurationMs).toBe(5000);
    });

    it.each([
      ['SMTP_URL', 'http://smtp.example.cn'],
      ['PUBLIC_URL', 'rongtong.example.cn'],
      ['NOTIFY_DAILY_MATCH_EMAIL_CAP', '-1'],
      ['JOB_LOCK_DURATION_MS', '10'],
    ])('rejects %s=%s naming it', (name, value) => {
      const error = configError({ [name]: value });

      expect(error.problems).toHaveLength(1);
      expect(error.problems[0].startsWith(`${name} (got "${value}"): `)).toBe(true);
    });
  });

  describe('production unless NODE_ENV says otherwise', () => {
    it('an unset NODE_ENV is production: no JWT_SECRET stops the process, naming it and NODE_ENV', () => {
      const error = (() => {
        try {
          loadConfig({});
        } catch (caught) {
          if (caught instanceof ConfigError) return caught;
        }
        throw new Error('expected a ConfigError');
      })();

      expect(namedVariables(error)).toEqual(['JWT_SECRET']);
      expect(error.problems[0]).toContain('NODE_ENV=development');
    });

    it('an unset NODE_ENV with a real secret runs as production: docs and health details off', () => {
      const config = loadConfig({ JWT_SECRET: PRODUCTION_SECRET });

      expect(config.env).toBe('production');
      expect(config.apiDocsEnabled).toBe(false);
      expect(config.healthErrorDetails).toBe(false);
      expect(config.notify.webhookAllowPrivateAddresses).toBe(false);
      expect(config.database).toMatchObject({ autoCreate: false, autoMigrate: false });
    });

    it.each([
      ['the development constant', DEV_JWT_SECRET],
      ['32 copies of one character', 'x'.repeat(32)],
      ['a short alphabet', 'abab'.repeat(10)],
    ])('refuses %s as JWT_SECRET in production', (_label, secret) => {
      const error = configError({ NODE_ENV: 'production', JWT_SECRET: secret });

      expect(namedVariables(error)).toEqual(['JWT_SECRET']);
      expect(error.problems[0]).toContain('openssl rand -hex 32');
    });

    it('refuses demo seeding in production, naming SEED_DEMO_DATA', () => {
      const error = configError({
        NODE_ENV: 'production',
        JWT_SECRET: PRODUCTION_SECRET,
        SEED_DEMO_DATA: 'true',
      });

      expect(namedVariables(error)).toEqual(['SEED_DEMO_DATA']);
    });

    it('development and test keep docs and health details; env vars turn them on in production', () => {
      expect(load({})).toMatchObject({ apiDocsEnabled: true, healthErrorDetails: true });
      expect(loadConfig({ NODE_ENV: 'test' })).toMatchObject({
        apiDocsEnabled: true,
        healthErrorDetails: true,
      });
      expect(
        loadConfig({
          NODE_ENV: 'production',
          JWT_SECRET: PRODUCTION_SECRET,
          API_DOCS_ENABLED: 'true',
          HEALTH_ERROR_DETAILS: 'true',
        }),
      ).toMatchObject({ apiDocsEnabled: true, healthErrorDetails: true });
    });
  });
});
