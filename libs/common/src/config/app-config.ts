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

/** The secret development and tests sign with when JWT_SECRET is unset; refused in production. */
export const DEV_JWT_SECRET = 'rongtong-development-secret-do-not-use-in-production';

/** Distinct characters a production JWT_SECRET needs at least (`x` × 32 is not a secret). */
const MIN_SECRET_DISTINCT_CHARACTERS = 10;

/** Said with every production-only refusal: an unset NODE_ENV means production. */
const PRODUCTION_HINT =
  'NODE_ENV is production when it is unset; on a development machine set NODE_ENV=development';

/** Raw environment schema: every variable the processes read, with its default. */
const envSchema = z
  .object({
    // Unset means production: a process started without it must not run with development's
    // defaults (a known JWT secret, demo accounts, private webhook targets).
    NODE_ENV: z.enum(['development', 'test', 'production']).default('production'),
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
    SESSION_MAX_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    PASSWORD_RESET_TTL_MINUTES: z.coerce.number().int().min(5).max(1440).default(30),
    EMAIL_VERIFICATION_TTL_HOURS: z.coerce.number().int().min(1).max(720).default(72),
    LOGIN_FAILURES_BEFORE_BACKOFF: z.coerce.number().int().min(1).max(100).default(5),
    LOGIN_BACKOFF_BASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(1),
    LOGIN_BACKOFF_MAX_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
    RATE_LIMIT_ENABLED: booleanFromEnv.default(true),
    INTEREST_DAILY_CAP: z.coerce.number().int().min(0).max(10_000).default(20),
    INTEREST_DAILY_CAP_NEW_ORGANISATION: z.coerce.number().int().min(0).max(10_000).default(5),
    INTEREST_NEW_ORGANISATION_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
    RATE_LIMIT_READS_PER_IP_PER_MINUTE: z.coerce.number().int().min(1).default(600),
    RATE_LIMIT_WRITES_PER_IP_PER_MINUTE: z.coerce.number().int().min(1).default(120),
    RATE_LIMIT_WRITES_PER_USER_PER_MINUTE: z.coerce.number().int().min(1).default(60),
    RATE_LIMIT_WRITES_PER_ORGANISATION_PER_MINUTE: z.coerce.number().int().min(1).default(200),
    BODY_LIMIT: z
      .string()
      .regex(/^\d+(b|kb|mb)$/i, 'a size such as 512kb or 1mb')
      .default('1mb'),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    LOG_PRETTY: booleanFromEnv.optional(),
    SEED_DEMO_DATA: booleanFromEnv.default(false),
    API_DOCS_ENABLED: booleanFromEnv.optional(),
    HEALTH_ERROR_DETAILS: booleanFromEnv.optional(),
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
    STORAGE_DRIVER: z.enum(['local', 's3']).default('local'),
    STORAGE_DIR: z.string().min(1).default('.data/storage'),
    STORAGE_MAX_FILE_MB: z.coerce.number().min(0.001).max(1024).default(20),
    STORAGE_SIGNED_URL_TTL_SECONDS: z.coerce.number().int().min(10).max(3_600).default(300),
    STORAGE_SIGNING_SECRET: z.string().min(32).optional(),
    STORAGE_S3_ENDPOINT: urlWithProtocols(['http:', 'https:']).optional(),
    STORAGE_S3_REGION: z.string().min(1).default('us-east-1'),
    STORAGE_S3_BUCKET: z.string().min(3).optional(),
    STORAGE_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    STORAGE_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    STORAGE_S3_FORCE_PATH_STYLE: booleanFromEnv.default(true),
    SCHEDULE_CHECK_INTERVAL_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(60_000),
    RECONCILE_INTERVAL_MS: z.coerce.number().int().min(1_000).max(86_400_000).default(300_000),
    RECONCILE_DELIVERY_AFTER_MS: z.coerce
      .number()
      .int()
      .min(1_000)
      .max(86_400_000)
      .default(900_000),
    RETENTION_NOTIFICATION_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
    RETENTION_EMAIL_DELIVERY_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
    RETENTION_WEBHOOK_ATTEMPT_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
    RETENTION_REFRESH_TOKEN_DAYS: z.coerce.number().int().min(1).max(3650).default(7),
    RETENTION_OUTBOX_DAYS: z.coerce.number().int().min(1).max(3650).default(14),
    RETENTION_FAILED_JOB_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  })
  .superRefine(
    (env, ctx) => {
      if (env.NODE_ENV === 'production') {
        const secret = env.JWT_SECRET;
        if (!secret) {
          ctx.addIssue({
            code: 'custom',
            path: ['JWT_SECRET'],
            message: `is required in production (32+ random characters, e.g. openssl rand -hex 32); ${PRODUCTION_HINT}`,
          });
        } else if (
          secret === DEV_JWT_SECRET ||
          new Set(secret).size < MIN_SECRET_DISTINCT_CHARACTERS
        ) {
          ctx.addIssue({
            code: 'custom',
            path: ['JWT_SECRET'],
            message: `is the development secret or too uniform for production; set 32+ random characters (openssl rand -hex 32); ${PRODUCTION_HINT}`,
          });
        }
        if (env.SEED_DEMO_DATA) {
          ctx.addIssue({
            code: 'custom',
            path: ['SEED_DEMO_DATA'],
            message: `demo data (accounts with a published password) is refused in production; unset SEED_DEMO_DATA; ${PRODUCTION_HINT}`,
          });
        }
      }
      if (env.STORAGE_DRIVER === 's3' && !env.STORAGE_S3_BUCKET) {
        ctx.addIssue({
          code: 'custom',
          path: ['STORAGE_S3_BUCKET'],
          message: 'is required when STORAGE_DRIVER=s3',
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
    /** Absolute session lifetime: refresh rotation never extends a session past it. */
    sessionMaxDays: number;
    passwordResetTtlMinutes: number;
    emailVerificationTtlHours: number;
    /** Failed sign-ins to one account before each further attempt waits (doubling). */
    loginFailuresBeforeBackoff: number;
    /** The first wait; each further failure doubles it, up to the max. */
    loginBackoffBaseSeconds: number;
    loginBackoffMaxSeconds: number;
  };
  /**
   * Interest expressions per organisation per China calendar day; organisations registered in
   * the last `newOrganisationDays` get the smaller cap.
   */
  interest: { dailyCap: number; dailyCapNewOrganisation: number; newOrganisationDays: number };
  /** Request rate limits, counted in Redis so every api replica shares them (per minute). */
  rateLimit: {
    enabled: boolean;
    readsPerIp: number;
    writesPerIp: number;
    writesPerUser: number;
    writesPerOrganisation: number;
  };
  log: { level: string; pretty: boolean };
  outbox: { pollIntervalMs: number; batchSize: number };
  seedDemoData: boolean;
  /** Swagger UI and /api/docs-json are served (default: outside production only). */
  apiDocsEnabled: boolean;
  /** /health/ready includes each failing service's error text (default: outside production only). */
  healthErrorDetails: boolean;
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
  jobs: {
    lockDurationMs: number;
    /** How often the worker checks that every repeatable job is scheduled (and restores it). */
    scheduleCheckIntervalMs: number;
    /** How often reconciliation rebuilds lost work from PostgreSQL. */
    reconcileIntervalMs: number;
    /**
     * A pending delivery untouched this long is queued again; longer than the longest wait
     * between retries (10 min), so a delivery waiting for its retry is not sent twice.
     */
    deliveryStaleAfterMs: number;
  };
  /** Days kept before the retention jobs delete a row (or a failed job). */
  retention: {
    notificationDays: number;
    emailDeliveryDays: number;
    webhookAttemptDays: number;
    /** Counted from a refresh token's expiry or revocation. */
    refreshTokenDays: number;
    /** Counted from an outbox row's completion. */
    outboxDays: number;
    failedJobDays: number;
  };
  matching: {
    /** Cron (server time zone) of the nightly full recompute. */
    nightlyCron: string;
  };
  /** Uploaded files: where the bytes live, how big they may be, how long a download link lives. */
  storage: {
    driver: 'local' | 's3';
    /** Local driver: the directory (relative paths resolve against the working directory). */
    dir: string;
    maxFileBytes: number;
    signedUrlTtlSeconds: number;
    /** HMAC key of signed download links; defaults to one derived from the JWT secret. */
    signingSecret: string;
    s3?: {
      endpoint?: string;
      region: string;
      bucket: string;
      accessKeyId?: string;
      secretAccessKey?: string;
      forcePathStyle: boolean;
    };
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
      sessionMaxDays: env.SESSION_MAX_DAYS,
      passwordResetTtlMinutes: env.PASSWORD_RESET_TTL_MINUTES,
      emailVerificationTtlHours: env.EMAIL_VERIFICATION_TTL_HOURS,
      loginFailuresBeforeBackoff: env.LOGIN_FAILURES_BEFORE_BACKOFF,
      loginBackoffBaseSeconds: env.LOGIN_BACKOFF_BASE_SECONDS,
      loginBackoffMaxSeconds: env.LOGIN_BACKOFF_MAX_SECONDS,
    },
    interest: {
      dailyCap: env.INTEREST_DAILY_CAP,
      dailyCapNewOrganisation: env.INTEREST_DAILY_CAP_NEW_ORGANISATION,
      newOrganisationDays: env.INTEREST_NEW_ORGANISATION_DAYS,
    },
    rateLimit: {
      enabled: env.RATE_LIMIT_ENABLED,
      readsPerIp: env.RATE_LIMIT_READS_PER_IP_PER_MINUTE,
      writesPerIp: env.RATE_LIMIT_WRITES_PER_IP_PER_MINUTE,
      writesPerUser: env.RATE_LIMIT_WRITES_PER_USER_PER_MINUTE,
      writesPerOrganisation: env.RATE_LIMIT_WRITES_PER_ORGANISATION_PER_MINUTE,
    },
    log: {
      level: env.LOG_LEVEL,
      pretty: env.LOG_PRETTY ?? (env.NODE_ENV === 'development' && process.stdout.isTTY === true),
    },
    outbox: { pollIntervalMs: env.OUTBOX_POLL_INTERVAL_MS, batchSize: env.OUTBOX_BATCH_SIZE },
    seedDemoData: env.SEED_DEMO_DATA,
    apiDocsEnabled: env.API_DOCS_ENABLED ?? !production,
    healthErrorDetails: env.HEALTH_ERROR_DETAILS ?? !production,
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
    jobs: {
      lockDurationMs: env.JOB_LOCK_DURATION_MS,
      scheduleCheckIntervalMs: env.SCHEDULE_CHECK_INTERVAL_MS,
      reconcileIntervalMs: env.RECONCILE_INTERVAL_MS,
      deliveryStaleAfterMs: env.RECONCILE_DELIVERY_AFTER_MS,
    },
    retention: {
      notificationDays: env.RETENTION_NOTIFICATION_DAYS,
      emailDeliveryDays: env.RETENTION_EMAIL_DELIVERY_DAYS,
      webhookAttemptDays: env.RETENTION_WEBHOOK_ATTEMPT_DAYS,
      refreshTokenDays: env.RETENTION_REFRESH_TOKEN_DAYS,
      outboxDays: env.RETENTION_OUTBOX_DAYS,
      failedJobDays: env.RETENTION_FAILED_JOB_DAYS,
    },
    matching: { nightlyCron: env.MATCH_NIGHTLY_CRON },
    storage: {
      driver: env.STORAGE_DRIVER,
      dir: env.STORAGE_DIR,
      maxFileBytes: Math.round(env.STORAGE_MAX_FILE_MB * 1024 * 1024),
      signedUrlTtlSeconds: env.STORAGE_SIGNED_URL_TTL_SECONDS,
      signingSecret: env.STORAGE_SIGNING_SECRET ?? `storage:${env.JWT_SECRET ?? DEV_JWT_SECRET}`,
      s3: env.STORAGE_S3_BUCKET
        ? {
            endpoint: env.STORAGE_S3_ENDPOINT,
            region: env.STORAGE_S3_REGION,
            bucket: env.STORAGE_S3_BUCKET,
            accessKeyId: env.STORAGE_S3_ACCESS_KEY_ID,
            secretAccessKey: env.STORAGE_S3_SECRET_ACCESS_KEY,
            forcePathStyle: env.STORAGE_S3_FORCE_PATH_STYLE,
          }
        : undefined,
    },
  };
}
