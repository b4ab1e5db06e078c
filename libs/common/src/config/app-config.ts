import { z } from 'zod';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const urlWithProtocols = (protocols: string[]) =>
  z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { message: `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}` },
  );

const DEV_JWT_SECRET = 'rongtong-development-secret-do-not-use-in-production';

/** Raw environment schema: every variable the processes read, with its default. */
const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    WORKER_HEALTH_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
    DATABASE_URL: urlWithProtocols(['postgres:', 'postgresql:']).default(
      'postgres://postgres@127.0.0.1:5432/rongtong',
    ),
    DATABASE_AUTO_CREATE: booleanFromEnv.optional(),
    DATABASE_AUTO_MIGRATE: booleanFromEnv.optional(),
    REDIS_URL: urlWithProtocols(['redis:', 'rediss:']).default('redis://127.0.0.1:6379'),
    QUEUE_PREFIX: z
      .string()
      .regex(/^[a-z0-9_-]+$/i, 'letters, digits, "-" and "_" only')
      .default('rongtong'),
    MEILI_URL: urlWithProtocols(['http:', 'https:']).optional(),
    MEILI_MASTER_KEY: z.string().min(16).optional(),
    MEILI_INDEX_PREFIX: z
      .string()
      .regex(/^[a-z0-9_-]*$/i, 'letters, digits, "-" and "_" only')
      .default(''),
    JWT_SECRET: z.string().min(32).optional(),
    JWT_ACCESS_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(900),
    REFRESH_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    INVITATION_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(14),
    AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(20),
    BODY_LIMIT: z
      .string()
      .regex(/^\d+(b|kb|mb)$/i, 'a size such as 512kb or 1mb')
      .default('1mb'),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    LOG_PRETTY: booleanFromEnv.optional(),
    SEED_DEMO_DATA: booleanFromEnv.default(false),
    LISTING_REVIEW_REQUIRED: booleanFromEnv.default(true),
    OUTBOX_POLL_INTERVAL_MS: z.coerce.number().int().min(10).max(60_000).default(250),
    OUTBOX_BATCH_SIZE: z.coerce.number().int().min(1).max(10_000).default(200),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
    PUBLIC_URL: urlWithProtocols(['http:', 'https:']).default('http://127.0.0.1:3000'),
    SMTP_URL: urlWithProtocols(['smtp:', 'smtps:']).optional(),
    MAIL_FROM: z.string().min(3).default('融通 Rongtong <noreply@rongtong.local>'),
    NOTIFY_DAILY_MATCH_EMAIL_CAP: z.coerce.number().int().min(0).max(1000).default(10),
    WEBHOOK_ALLOW_PRIVATE_ADDRESSES: booleanFromEnv.optional(),
    WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
    WEBHOOK_DISABLE_AFTER_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
    JOB_LOCK_DURATION_MS: z.coerce.number().int().min(1_000).max(600_000).default(30_000),
    MATCH_NIGHTLY_CRON: z.string().min(9).default('0 2 * * *'),
  })
  .superRefine(
    (env, ctx) => {
      if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
        ctx.addIssue({
          code: 'custom',
          path: ['JWT_SECRET'],
          message: 'is required in production (32+ characters)',
        });
      }
      if (env.MEILI_URL && !env.MEILI_MASTER_KEY) {
        ctx.addIssue({
          code: 'custom',
          path: ['MEILI_MASTER_KEY'],
          message: 'is required when MEILI_URL is set',
        });
      }
    },
    { when: () => true },
  );

export type Environment = 'development' | 'test' | 'production';

/** The typed configuration every process reads; built once at boot from the environment. */
export interface AppConfig {
  env: Environment;
  http: { host: string; port: number; bodyLimit: string; workerHealthPort: number };
  database: { url: string; autoCreate: boolean; autoMigrate: boolean };
  redis: { url: string; queuePrefix: string };
  /** Unset url means "spawn the bundled binary" (npm start, tests); see LocalMeilisearchServer. */
  meilisearch: { url?: string; masterKey?: string; indexPrefix: string };
  auth: {
    jwtSecret: string;
    accessTtlSeconds: number;
    refreshTtlDays: number;
    invitationTtlDays: number;
    rateLimitPerMinute: number;
  };
  log: { level: string; pretty: boolean };
  outbox: { pollIntervalMs: number; batchSize: number };
  seedDemoData: boolean;
  /** When false, submitting a listing publishes it at once (no organiser review). */
  catalog: { reviewRequired: boolean };
  shutdownTimeoutMs: number;
  /** Base URL of the product as users reach it: links and unsubscribe URLs in mails. */
  publicUrl: string;
  notify: {
    /** Unset: email deliveries are recorded as skipped (no SMTP server configured). */
    smtpUrl?: string;
    mailFrom: string;
    /** Match mails per user per China calendar day; the rest wait for the digest. */
    dailyMatchEmailCap: number;
    /** Webhook URLs resolving to loopback/private addresses: allowed only in development. */
    webhookAllowPrivateAddresses: boolean;
    webhookTimeoutMs: number;
    /** Deliveries in a row that exhaust their retries before an endpoint is disabled. */
    webhookDisableAfterFailures: number;
  };
  /**
   * How long a worker holds a job before others consider it stalled (BullMQ lockDuration; the
   * stalled check runs at the same interval). A killed worker's jobs run again after ~2× this.
   */
  jobs: { lockDurationMs: number };
  matching: {
    /** Cron (server time zone) of the nightly full recompute. */
    nightlyCron: string;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws ConfigError naming every bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.') || '(environment)';
        const value = typeof issue.path[0] === 'string' ? source[issue.path[0]] : undefined;
        const shown = value === undefined ? '' : ` (got "${value}")`;
        return `${name}${shown}: ${issue.message}`;
      }),
    );
  }
  const env = parsed.data;
  const production = env.NODE_ENV === 'production';
  return {
    env: env.NODE_ENV,
    http: {
      host: env.HOST,
      port: env.PORT,
      bodyLimit: env.BODY_LIMIT,
      workerHealthPort: env.WORKER_HEALTH_PORT,
    },
    database: {
      url: env.DATABASE_URL,
      autoCreate: env.DATABASE_AUTO_CREATE ?? !production,
      autoMigrate: env.DATABASE_AUTO_MIGRATE ?? !production,
    },
    redis: { url: env.REDIS_URL, queuePrefix: env.QUEUE_PREFIX },
    meilisearch: {
      url: env.MEILI_URL,
      masterKey: env.MEILI_MASTER_KEY,
      indexPrefix: env.MEILI_INDEX_PREFIX,
    },
    auth: {
      jwtSecret: env.JWT_SECRET ?? DEV_JWT_SECRET,
      accessTtlSeconds: env.JWT_ACCESS_TTL_SECONDS,
      refreshTtlDays: env.REFRESH_TTL_DAYS,
      invitationTtlDays: env.INVITATION_TTL_DAYS,
      rateLimitPerMinute: env.AUTH_RATE_LIMIT_PER_MINUTE,
    },
    log: {
      level: env.LOG_LEVEL,
      pretty: env.LOG_PRETTY ?? (env.NODE_ENV === 'development' && process.stdout.isTTY === true),
    },
    outbox: { pollIntervalMs: env.OUTBOX_POLL_INTERVAL_MS, batchSize: env.OUTBOX_BATCH_SIZE },
    seedDemoData: env.SEED_DEMO_DATA,
    catalog: { reviewRequired: env.LISTING_REVIEW_REQUIRED },
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    publicUrl: env.PUBLIC_URL.replace(/\/+$/, ''),
    notify: {
      smtpUrl: env.SMTP_URL,
      mailFrom: env.MAIL_FROM,
      dailyMatchEmailCap: env.NOTIFY_DAILY_MATCH_EMAIL_CAP,
      webhookAllowPrivateAddresses:
        env.WEBHOOK_ALLOW_PRIVATE_ADDRESSES ?? env.NODE_ENV === 'development',
      webhookTimeoutMs: env.WEBHOOK_TIMEOUT_MS,
      webhookDisableAfterFailures: env.WEBHOOK_DISABLE_AFTER_FAILURES,
    },
    jobs: { lockDurationMs: env.JOB_LOCK_DURATION_MS },
    matching: { nightlyCron: env.MATCH_NIGHTLY_CRON },
  };
}
