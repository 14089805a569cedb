import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_TIME_ZONE, isTimeZone } from './time-zone';

export const SUBGRAPH_NAMES = ['hub', 'police', 'market', 'tax', 'judicial'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

/** Published in this repository, so never accepted in production. */
export const DEV_JWT_SECRET = 'liaison-hub-dev-secret-change-me-0123456789';
/** The gateway→subgraph signing secret used when none is configured outside production (published too). */
export const DEV_GATEWAY_SIGNING_SECRET = 'liaison-hub-dev-gateway-signing-secret-0123';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const port = z.coerce.number({ invalid_type_error: 'must be a port number' }).int().min(0).max(65535);

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    DATABASE_URL: z.string().url().optional(),
    DATABASE_DIRECT_URL: z.string().url().optional(),
    EMBEDDED_PG_DIR: z.string().default('.data/pg'),
    EMBEDDED_PG_PORT: port.default(54329),
    // the embedded server's tuning (README "Database tuning"): sized for this much memory (MiB), then overridden
    EMBEDDED_PG_MEMORY_MB: z.coerce.number({ invalid_type_error: 'must be a number of MiB' }).int().min(256, 'EMBEDDED_PG_MEMORY_MB must be at least 256').optional(),
    EMBEDDED_PG_SETTINGS: z
      .string()
      .default('')
      .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
      .refine((list) => list.every((o) => /^[a-z_.]+=[^\s=]+$/.test(o)), 'EMBEDDED_PG_SETTINGS must be a comma-separated list of name=value PostgreSQL settings such as shared_buffers=2GB,work_mem=32MB')
      .transform((list) => Object.fromEntries(list.map((o) => o.split('=') as [string, string]))),
    HOST: z.string().default('127.0.0.1'),
    PORT: port.default(4000),
    SUBGRAPH_HOST: z.string().default('127.0.0.1'),
    SUBGRAPH_PORT_BASE: port.default(4001),
    SUBGRAPH_URL_HUB: z.string().url().optional(),
    SUBGRAPH_URL_POLICE: z.string().url().optional(),
    SUBGRAPH_URL_MARKET: z.string().url().optional(),
    SUBGRAPH_URL_TAX: z.string().url().optional(),
    SUBGRAPH_URL_JUDICIAL: z.string().url().optional(),
    JWT_SECRET: z.string().min(32, 'JWT_SECRET must be at least 32 characters').optional(),
    JWT_JWKS_URL: z.string().url().optional(),
    JWT_JWKS_CACHE_MAX_AGE_MS: z.coerce.number().int().min(0).default(600_000),
    JWT_JWKS_COOLDOWN_MS: z.coerce.number().int().min(0).default(30_000),
    JWT_CLOCK_TOLERANCE_S: z.coerce.number().int().min(0).max(300, 'JWT_CLOCK_TOLERANCE_S must be at most 300 seconds').default(30),
    JWT_ISSUER: z.string().min(1).default('liaison-hub'),
    JWT_AUDIENCE: z.string().min(1).default('liaison-hub'),
    GATEWAY_SIGNING_SECRET: z.string().min(32, 'GATEWAY_SIGNING_SECRET must be at least 32 characters').optional(),
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
      .refine((list) => list.every((o) => /^https?:\/\/[^/\s*]+$/.test(o)), 'CORS_ORIGINS must be a comma-separated list of origins such as https://console.example.gov.cn (no paths, no wildcards)'),
    SEED_DEMO_DATA: bool.optional(),
    DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    SLA_SCAN_INTERVAL_MS: z.coerce.number().int().min(100).default(60_000),
    RECEIVED_AT_MAX_WORKING_DAYS: z.coerce.number().int().min(0).max(30).default(3),
    RISK_SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).default(300_000),
    EVENTS_SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).default(5_000),
    // the outbox's replay window (README "Live events"): older monthly partitions are dropped
    OUTBOX_REPLAY_DAYS: z.coerce
      .number({ invalid_type_error: 'must be a whole number of days from 1 to 3650' })
      .int('OUTBOX_REPLAY_DAYS must be a whole number of days')
      .min(1, 'OUTBOX_REPLAY_DAYS must be at least 1 day')
      .max(3650, 'OUTBOX_REPLAY_DAYS must be at most 3650 days (10 years)')
      .default(90),
    OUTBOX_MAINTENANCE_INTERVAL_MS: z.coerce.number().int().min(1000).default(3_600_000),
    SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
    MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(100).default(12),
    TZ: z
      .string()
      .default(DEFAULT_TIME_ZONE)
      .refine(isTimeZone, 'TZ must be an IANA time zone such as Asia/Shanghai'),
    // bounded queries (README "Limits"): refused at the gateway before planning
    MAX_QUERY_TOKENS: z.coerce.number().int().min(100).default(15_000),
    MAX_QUERY_ALIASES: z.coerce.number().int().min(0).default(20),
    MAX_QUERY_DIRECTIVES: z.coerce.number().int().min(0).default(50),
    MAX_QUERY_COST: z.coerce.number().int().min(1).default(5_000),
    MAX_REQUEST_BYTES: z.coerce.number().int().min(1024).default(100 * 1024),
    // trusted documents (README "Trusted documents"): the console's persisted operations, and any
    // other client's list in the same format; only those run when TRUSTED_DOCUMENTS_ONLY is on
    TRUSTED_DOCUMENTS_ONLY: bool.default('false'),
    TRUSTED_DOCUMENTS_FILES: z
      .string()
      .default('')
      .transform((v) => v.split(',').map((f) => f.trim()).filter(Boolean)),
    RATE_LIMIT_REQUESTS: z.coerce.number().int().min(0).default(1_200),
    RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
    RATE_LIMIT_REFUSAL_COST: z.coerce.number().int().min(1).default(20),
    REDIS_URL: z.string().url().optional(),
    // the Cybersecurity Law asks for at least 6 months of logs (网络安全法 第二十一条)
    AUDIT_RETENTION_MONTHS: z.coerce.number().int().min(6, 'AUDIT_RETENTION_MONTHS must be at least 6 (the legal minimum retention of logs)').max(1200).default(6),
    AUDIT_MAINTENANCE_INTERVAL_MS: z.coerce.number().int().min(1000).default(3_600_000),
    AUDIT_READ_FLUSH_MS: z.coerce.number().int().min(1).max(60_000).default(200),
    // exports (CSV/XLSX) of request lists and departmentPerformance: README "Exports"
    EXPORT_MAX_ROWS: z.coerce.number().int().min(1).max(5_000_000).default(200_000),
    EXPORT_LINK_TTL_SECONDS: z.coerce.number().int().min(10).max(3600).default(300),
    EXPORT_MAX_PER_HOUR: z.coerce.number().int().min(1).default(20),
    EXPORT_MAX_CONCURRENT: z.coerce.number().int().min(1).max(100).default(2),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    // Prometheus metrics on a port of their own (unset: no metrics at all); 0 lets the kernel choose
    METRICS_PORT: port.optional(),
    METRICS_HOST: z.string().optional(),
    // 诉求查重: pg_trgm similarity of title + description from which a request is offered as a
    // possible duplicate; 0.2 measured on the demo texts (README "Duplicates")
    DUPLICATE_SIMILARITY_THRESHOLD: z.coerce
      .number({ invalid_type_error: 'must be a number from 0.05 to 1' })
      .min(0.05, 'DUPLICATE_SIMILARITY_THRESHOLD must be at least 0.05 (below it nearly everything of an enterprise is "similar")')
      .max(1, 'DUPLICATE_SIMILARITY_THRESHOLD must be at most 1 (identical text)')
      .default(0.2),
    // attachments (README "Attachments"): limits, virus-scan hook, download links, object store
    ATTACHMENT_MAX_FILE_BYTES: z.coerce.number().int().min(1).default(10 * 1024 * 1024),
    ATTACHMENT_MAX_REQUEST_BYTES: z.coerce.number().int().min(1024).default(25 * 1024 * 1024),
    ATTACHMENT_MAX_FILES: z.coerce.number().int().min(1).max(50).default(5),
    ATTACHMENT_URL_TTL_SECONDS: z.coerce.number().int().min(10).max(3600).default(300),
    ATTACHMENT_SCANNER: z.enum(['none', 'eicar']).default('none'),
    S3_ENDPOINT: z.string().url().optional(),
    S3_BUCKET: z.string().min(3).max(63).optional(),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_REGION: z.string().min(1).default('us-east-1'),
    S3_FORCE_PATH_STYLE: bool.default('true'),
  });

export interface Config {
  env: 'development' | 'test' | 'production';
  databaseUrl?: string;
  /**
   * The same database reached without a transaction-mode pooler (PgBouncer), for what needs a
   * session of its own: the hub's LISTEN and the migration lock. Defaults to `databaseUrl`.
   */
  databaseDirectUrl?: string;
  /** The embedded PostgreSQL: data folder, port, memory to size its settings for (MiB; unset: the machine's), settings over those. */
  embeddedPg: { dir: string; port: number; memoryMb?: number; settings: Record<string, string> };
  gateway: { host: string; port: number };
  subgraphs: { host: string; portBase: number; urls: Partial<Record<SubgraphName, string>> };
  jwt: {
    /** HS256 shared secret; null when only JWKS-signed tokens are accepted. */
    secret: string | null;
    /** RS256/ES256 tokens are verified against this key set when set. */
    jwksUrl: string | null;
    jwksCacheMaxAgeMs: number;
    jwksCooldownMs: number;
    clockToleranceSec: number;
    issuer: string;
    audience: string;
    isDevSecret: boolean;
  };
  /** HMAC secret the gateway signs every subgraph request with; subgraphs refuse unsigned requests. */
  gatewaySigning: { secret: string; isDevSecret: boolean };
  /** Origins allowed to call the gateway from a browser (CORS); empty: no cross-origin access. */
  corsOrigins: string[];
  seedDemoData: boolean;
  dbPoolMax: number;
  slaScanIntervalMs: number;
  /** How many working days back an officer may date a hotline call or visit logged later (submitIssue receivedAt). */
  receivedAtMaxWorkingDays: number;
  /** How often the hub reassesses every enterprise's risk behind the notifications, and the police re-evaluate their time-windowed signals (risk assessment). */
  riskSweepIntervalMs: number;
  /** Safety sweep of the event outbox, for a missed NOTIFY (LISTEN is the fast path). */
  eventsSweepIntervalMs: number;
  /**
   * The outbox's replay window: events are kept at least `replayDays` (monthly partitions dropped
   * once they end that long ago; an older resume cursor must reload), maintained every `maintenanceIntervalMs`.
   */
  outbox: { replayDays: number; maintenanceIntervalMs: number };
  /** How long a shutdown waits for in-flight HTTP requests before cutting them. */
  shutdownGraceMs: number;
  limits: {
    maxDepth: number;
    maxTokens: number;
    maxAliases: number;
    maxDirectives: number;
    maxCost: number;
    maxRequestBytes: number;
    /** Requests per user (anonymous: per client address) per window; 0 turns the limit off. Shared through Redis when redisUrl is set. */
    /** `refusalCost`: how many requests a request refused by a limit counts for. */
    rateLimit: { requests: number; windowSeconds: number; refusalCost: number; redisUrl?: string };
  };
  /**
   * Trusted documents (persisted operations): the gateway always runs a known document sent by its
   * sha256 alone; with `only`, nothing else (the query text of any other operation is refused).
   * `files`: lists of other clients besides the console's own, `{ "<sha256>": "<document>" }`.
   */
  trustedDocuments: { only: boolean; files: string[] };
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** GET /metrics on its own port, never the gateway's public one; null: metrics off (no collectors, no plugin). */
  metrics: { host: string; port: number } | null;
  /** Audit trail (shared/audit): months kept attached (≥ 6), how often partitions are maintained, how long reads wait to be written. */
  audit: { retentionMonths: number; maintenanceIntervalMs: number; readFlushMs: number };
  /** The one time zone of "today", deadlines and working-day counts (IANA name). */
  timeZone: string;
  /** Possible duplicates (诉求查重): the least pg_trgm similarity (0..1) of title + description offered. */
  duplicates: { similarityThreshold: number };
  /**
   * Attachments: size limits (per file; per multipart request, which is the gateway's body limit
   * for uploads), the virus-scan hook (`none`, or `eicar`: refuses the EICAR test string, to prove
   * the hook), how long a download link lives, and the object store (null: files in the database).
   */
  attachments: {
    maxFileBytes: number;
    maxRequestBytes: number;
    maxFiles: number;
    urlTtlSeconds: number;
    scanner: 'none' | 'eicar';
    s3: { endpoint: string; bucket: string; accessKeyId: string; secretAccessKey: string; region: string; forcePathStyle: boolean } | null;
  };
  /**
   * Exports (导出): rows per export at most, how long a download link works, exports a user may
   * create per hour, downloads one hub instance streams at once (each user one at a time).
   */
  exports: { maxRows: number; linkTtlSeconds: number; maxPerHour: number; maxConcurrent: number };
}

export class ConfigError extends Error {}

/** Reads and validates the environment once, listing every problem before giving up. */
export function loadConfig(given: NodeJS.ProcessEnv = process.env): Config {
  // an empty variable (e.g. `JWT_SECRET: ${JWT_SECRET:-}` in docker-compose) means "not set"
  const env = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== '')) as NodeJS.ProcessEnv;
  const parsed = EnvSchema.safeParse(env);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`);
  // checked apart from the schema so it is reported together with any other problem
  if (env.DATABASE_DIRECT_URL && !env.DATABASE_URL) problems.push('DATABASE_DIRECT_URL: needs DATABASE_URL (it names the same database, bypassing the pooler)');
  if (env.NODE_ENV === 'production') {
    if (!env.JWT_SECRET && !env.JWT_JWKS_URL) problems.push('JWT_JWKS_URL or JWT_SECRET: one is required when NODE_ENV=production');
    if (env.JWT_SECRET === DEV_JWT_SECRET) problems.push('JWT_SECRET: the development secret published in the repository is refused when NODE_ENV=production');
    if (!env.GATEWAY_SIGNING_SECRET) problems.push('GATEWAY_SIGNING_SECRET: is required when NODE_ENV=production');
    if (env.GATEWAY_SIGNING_SECRET === DEV_GATEWAY_SIGNING_SECRET) {
      problems.push('GATEWAY_SIGNING_SECRET: the development secret published in the repository is refused when NODE_ENV=production');
    }
  }
  const s3Given = ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'].filter((k) => env[k]);
  if (s3Given.length > 0 && s3Given.length < 4) {
    problems.push(`S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: set all four to store attachments in an object store, or none to keep them in the database (set: ${s3Given.join(', ')})`);
  }
  if (!parsed.success || problems.length) {
    throw new ConfigError(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    databaseUrl: e.DATABASE_URL,
    databaseDirectUrl: e.DATABASE_DIRECT_URL ?? e.DATABASE_URL,
    embeddedPg: { dir: path.resolve(e.EMBEDDED_PG_DIR), port: e.EMBEDDED_PG_PORT, memoryMb: e.EMBEDDED_PG_MEMORY_MB, settings: e.EMBEDDED_PG_SETTINGS },
    gateway: { host: e.HOST, port: e.PORT },
    subgraphs: {
      host: e.SUBGRAPH_HOST,
      portBase: e.SUBGRAPH_PORT_BASE,
      urls: {
        hub: e.SUBGRAPH_URL_HUB,
        police: e.SUBGRAPH_URL_POLICE,
        market: e.SUBGRAPH_URL_MARKET,
        tax: e.SUBGRAPH_URL_TAX,
        judicial: e.SUBGRAPH_URL_JUDICIAL,
      },
    },
    jwt: {
      // HS256 only when a secret is configured, or in development when no key set is either
      secret: e.JWT_SECRET ?? (e.JWT_JWKS_URL ? null : DEV_JWT_SECRET),
      jwksUrl: e.JWT_JWKS_URL ?? null,
      jwksCacheMaxAgeMs: e.JWT_JWKS_CACHE_MAX_AGE_MS,
      jwksCooldownMs: e.JWT_JWKS_COOLDOWN_MS,
      clockToleranceSec: e.JWT_CLOCK_TOLERANCE_S,
      issuer: e.JWT_ISSUER,
      audience: e.JWT_AUDIENCE,
      isDevSecret: !e.JWT_SECRET && !e.JWT_JWKS_URL,
    },
    gatewaySigning: {
      secret: e.GATEWAY_SIGNING_SECRET ?? DEV_GATEWAY_SIGNING_SECRET,
      isDevSecret: !e.GATEWAY_SIGNING_SECRET,
    },
    corsOrigins: e.CORS_ORIGINS,
    seedDemoData: e.SEED_DEMO_DATA ?? e.NODE_ENV !== 'production',
    dbPoolMax: e.DB_POOL_MAX,
    slaScanIntervalMs: e.SLA_SCAN_INTERVAL_MS,
    receivedAtMaxWorkingDays: e.RECEIVED_AT_MAX_WORKING_DAYS,
    riskSweepIntervalMs: e.RISK_SWEEP_INTERVAL_MS,
    eventsSweepIntervalMs: e.EVENTS_SWEEP_INTERVAL_MS,
    outbox: { replayDays: e.OUTBOX_REPLAY_DAYS, maintenanceIntervalMs: e.OUTBOX_MAINTENANCE_INTERVAL_MS },
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    limits: {
      maxDepth: e.MAX_QUERY_DEPTH,
      maxTokens: e.MAX_QUERY_TOKENS,
      maxAliases: e.MAX_QUERY_ALIASES,
      maxDirectives: e.MAX_QUERY_DIRECTIVES,
      maxCost: e.MAX_QUERY_COST,
      maxRequestBytes: e.MAX_REQUEST_BYTES,
      rateLimit: { requests: e.RATE_LIMIT_REQUESTS, windowSeconds: e.RATE_LIMIT_WINDOW_SECONDS, refusalCost: e.RATE_LIMIT_REFUSAL_COST, redisUrl: e.REDIS_URL },
    },
    trustedDocuments: { only: e.TRUSTED_DOCUMENTS_ONLY, files: e.TRUSTED_DOCUMENTS_FILES.map((f) => path.resolve(f)) },
    logLevel: e.LOG_LEVEL,
    metrics: e.METRICS_PORT === undefined ? null : { host: e.METRICS_HOST ?? e.HOST, port: e.METRICS_PORT },
    audit: { retentionMonths: e.AUDIT_RETENTION_MONTHS, maintenanceIntervalMs: e.AUDIT_MAINTENANCE_INTERVAL_MS, readFlushMs: e.AUDIT_READ_FLUSH_MS },
    timeZone: e.TZ,
    duplicates: { similarityThreshold: e.DUPLICATE_SIMILARITY_THRESHOLD },
    attachments: {
      maxFileBytes: e.ATTACHMENT_MAX_FILE_BYTES,
      maxRequestBytes: e.ATTACHMENT_MAX_REQUEST_BYTES,
      maxFiles: e.ATTACHMENT_MAX_FILES,
      urlTtlSeconds: e.ATTACHMENT_URL_TTL_SECONDS,
      scanner: e.ATTACHMENT_SCANNER,
      s3:
        e.S3_ENDPOINT && e.S3_BUCKET && e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY
          ? { endpoint: e.S3_ENDPOINT, bucket: e.S3_BUCKET, accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY, region: e.S3_REGION, forcePathStyle: e.S3_FORCE_PATH_STYLE }
          : null,
    },
    exports: { maxRows: e.EXPORT_MAX_ROWS, linkTtlSeconds: e.EXPORT_LINK_TTL_SECONDS, maxPerHour: e.EXPORT_MAX_PER_HOUR, maxConcurrent: e.EXPORT_MAX_CONCURRENT },
  };
}
