import { availableParallelism } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { parseServiceHours } from '../core/survey/flag-survey-responses';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, 'must start with postgres:// or postgresql://')
    .optional(),
  // The owner of the tables, for migrations only; the app then connects with DATABASE_URL (data rights only).
  PATUH_MIGRATION_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, 'must start with postgres:// or postgresql://')
    .optional(),
  PATUH_DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  PATUH_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  PATUH_PUBLIC_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  PATUH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  PATUH_SURVEY_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  PATUH_SURVEY_RESPONSES_PER_CLIENT_PER_HOUR: z.coerce.number().int().min(1).max(10_000).default(20),
  PATUH_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  PATUH_RENDER_THREADS: z.coerce.number().int().min(1).max(16).optional(),
  PATUH_RENDER_QUEUE: z.coerce.number().int().min(1).max(1000).default(16),
  PATUH_DOCUMENT_STORE_MB: z.coerce.number().int().min(1).max(1_000_000).default(512),
  // Tests only: shifts the clock that decides which results are past their embargo (e2e of a publication).
  PATUH_TEST_CLOCK_OFFSET_SECONDS: z.coerce.number().int().min(-3_153_600_000).max(3_153_600_000).default(0),
  PATUH_SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
  PATUH_EVIDENCE_MAX_DISTANCE_KM: z.coerce.number().min(0.1).max(1000).default(2),
  PATUH_QA_SAMPLE_PERCENT: z.coerce.number().min(1).max(100).default(10),
  PATUH_SURVEY_SERVICE_HOURS: z
    .string()
    .refine((text) => parseServiceHours(text) !== undefined, 'must be HH:MM-HH:MM, e.g. 07:30-16:00')
    .optional(),
  // Outgoing mail (notice digests, password recovery): smtp://user:pass@host:587 or smtps://…; unset = no e-mail.
  PATUH_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/.+/, 'must start with smtp:// or smtps://')
    .optional(),
  PATUH_MAIL_FROM: z.string().min(3).max(200).default('Patuh <no-reply@patuh.invalid>'),
  PATUH_MAIL_CHECK_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  // Tests only: the first-start demo seed kills its own process (SIGKILL) after this many steps (crash tests).
  PATUH_TEST_DEMO_SEED_KILL_AFTER_STEP: z.coerce.number().int().min(1).max(4).optional(),
});

export type DatabaseKind = 'pglite' | 'postgres';

export interface AppConfig {
  port: number;
  host: string;
  /**
   * On PostgreSQL, `migrationUrl` (PATUH_MIGRATION_DATABASE_URL) connects as the role that owns the tables and
   * runs migrations; `url` is the app's role. Unset, `url` does both (and owns the tables).
   */
  database:
    | { kind: 'pglite'; dataDir: string }
    | { kind: 'postgres'; url: string; migrationUrl?: string | undefined };
  dataDir: string;
  logLevel: (typeof logLevels)[number];
  /** Behind a reverse proxy: trust X-Forwarded-For/-Proto for client IPs and HTTPS detection. */
  trustProxy: boolean;
  /**
   * Tests only (PATUH_TEST_CLOCK_OFFSET_SECONDS): milliseconds added to the time at which public results are
   * judged past their embargo. 0 unless set; refused with a PostgreSQL database so it can never move a
   * production publication.
   */
  testClockOffsetMs: number;
  /**
   * Tests only, never read from the environment: a clock that replaces the system clock (and the offset
   * above) for every date decision, so date-dependent tests do not depend on the hour (src/server/clock.ts).
   */
  clock?: () => Date;
  /** Requests per minute per client IP on the public results API (the portal behind mobile NAT may need more). */
  publicRateLimitPerMinute: number;
  /** Signs survey device tokens and derives piagam verification codes; made and stored once when unset. */
  secret: string | undefined;
  /** Requests per minute per client IP on the public survey pages and API (/s/:code, /api/public/surveys). */
  surveyRateLimitPerMinute: number;
  /**
   * Survey responses accepted per unit per client (address + user agent) in any hour, counted in the database
   * so every app process shares it; the rest get 429. A counter behind one shared NAT may need more.
   */
  surveyResponsesPerClientPerHour: number;
  /** Base URL printed on survey posters and links; the staff member's own origin when unset. */
  publicUrl: string | undefined;
  /**
   * Origin printed in documents (the piagam's QR code and verification link): PATUH_PUBLIC_URL, else
   * http://localhost:<PORT>, which is allowed only while listening on a loopback address. Never the request's
   * Host header, which any client can set.
   */
  documentBaseUrl: string;
  /** PDF renders run in this many worker threads (PATUH_RENDER_THREADS; default: cores − 1, 1 to 4). */
  renderThreads: number;
  /** Renders that may wait for a thread; one more is refused with 503 + Retry-After (PATUH_RENDER_QUEUE). */
  renderQueue: number;
  /** Rendered published documents kept on disk, least recently used dropped beyond it (PATUH_DOCUMENT_STORE_MB). */
  documentStoreBytes: number;
  /** SIGTERM/SIGINT: how long in-flight requests may take to finish before the process exits anyway. */
  shutdownTimeoutMs: number;
  /** Tests only (PATUH_TEST_DEMO_SEED_KILL_AFTER_STEP): the demo seed kills its process after this step. */
  testDemoSeedKillAfterStep: number | undefined;
  /** A photo farther than this from its unit's coordinates is flagged `gps-far` (PATUH_EVIDENCE_MAX_DISTANCE_KM). */
  evidenceMaxDistanceKm: number;
  /** Share of each province's locus units drawn for blind second scoring (PATUH_QA_SAMPLE_PERCENT). */
  qaSamplePercent: number;
  /** Units' opening hours, local time, Monday–Saturday: survey responses outside are flagged (unset: off). */
  surveyServiceHours: string | undefined;
  /**
   * Outgoing mail (PATUH_SMTP_URL, PATUH_MAIL_FROM): notice digests and "lupa kata sandi" links; undefined
   * when unset, and then neither is offered. The digest job looks for news every `checkMs`
   * (PATUH_MAIL_CHECK_SECONDS); each person still gets at most one digest an hour.
   */
  mail: { smtpUrl: string; from: string; checkMs: number } | undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Konfigurasi lingkungan tidak valid / Invalid environment configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

/** Reads the environment once; the only place in the project that touches process.env. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): AppConfig {
  const present = Object.fromEntries(
    Object.entries(environment).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map(
        (issue) => `${issue.path.join('.')}: ${issue.message} (${describeValue(present, issue.path)})`,
      ),
    );
  }
  const env = parsed.data;
  if (env.PATUH_TEST_CLOCK_OFFSET_SECONDS !== 0 && env.DATABASE_URL) {
    throw new ConfigError([
      'PATUH_TEST_CLOCK_OFFSET_SECONDS: a test-only setting, not allowed with DATABASE_URL (embedded database only)',
    ]);
  }
  if (env.PATUH_MIGRATION_DATABASE_URL && !env.DATABASE_URL) {
    throw new ConfigError([
      'PATUH_MIGRATION_DATABASE_URL: needs DATABASE_URL too (the app role); the embedded database has no roles',
    ]);
  }
  if (!env.PATUH_PUBLIC_URL && !isLoopbackHost(env.HOST)) {
    throw new ConfigError([
      `PATUH_PUBLIC_URL: required when HOST is not a loopback address (HOST is "${env.HOST}"): the address printed in QR codes and links, e.g. https://patuh.example`,
    ]);
  }
  const dataDir = path.resolve(env.PATUH_DATA_DIR);
  return {
    port: env.PORT,
    host: env.HOST,
    dataDir,
    database: env.DATABASE_URL
      ? {
          kind: 'postgres',
          url: env.DATABASE_URL,
          ...(env.PATUH_MIGRATION_DATABASE_URL ? { migrationUrl: env.PATUH_MIGRATION_DATABASE_URL } : {}),
        }
      : { kind: 'pglite', dataDir },
    logLevel: env.LOG_LEVEL,
    trustProxy: env.PATUH_TRUST_PROXY === 'true',
    testClockOffsetMs: env.PATUH_TEST_CLOCK_OFFSET_SECONDS * 1000,
    publicRateLimitPerMinute: env.PATUH_PUBLIC_RATE_LIMIT_PER_MINUTE,
    secret: env.PATUH_SECRET,
    surveyRateLimitPerMinute: env.PATUH_SURVEY_RATE_LIMIT_PER_MINUTE,
    surveyResponsesPerClientPerHour: env.PATUH_SURVEY_RESPONSES_PER_CLIENT_PER_HOUR,
    publicUrl: env.PATUH_PUBLIC_URL,
    documentBaseUrl: (env.PATUH_PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
    renderThreads: env.PATUH_RENDER_THREADS ?? Math.max(1, Math.min(4, availableParallelism() - 1)),
    renderQueue: env.PATUH_RENDER_QUEUE,
    documentStoreBytes: env.PATUH_DOCUMENT_STORE_MB * 1024 * 1024,
    shutdownTimeoutMs: env.PATUH_SHUTDOWN_TIMEOUT_SECONDS * 1000,
    testDemoSeedKillAfterStep: env.PATUH_TEST_DEMO_SEED_KILL_AFTER_STEP,
    evidenceMaxDistanceKm: env.PATUH_EVIDENCE_MAX_DISTANCE_KM,
    qaSamplePercent: env.PATUH_QA_SAMPLE_PERCENT,
    surveyServiceHours: env.PATUH_SURVEY_SERVICE_HOURS,
    mail: env.PATUH_SMTP_URL
      ? {
          smtpUrl: env.PATUH_SMTP_URL,
          from: env.PATUH_MAIL_FROM,
          checkMs: env.PATUH_MAIL_CHECK_SECONDS * 1000,
        }
      : undefined,
  };
}

function describeValue(environment: Record<string, string | undefined>, issuePath: PropertyKey[]): string {
  const name = String(issuePath[0] ?? '');
  // Database URLs carry passwords: name the variable, never echo its value.
  if (
    name === 'DATABASE_URL' ||
    name === 'PATUH_MIGRATION_DATABASE_URL' ||
    name === 'PATUH_SECRET' ||
    name === 'PATUH_SMTP_URL'
  )
    return 'value hidden';
  return `got "${environment[name] ?? ''}"`;
}

/** Only this machine can reach a server on these, so a localhost address in documents harms no one. */
function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare);
}
