import path from 'node:path';
import { z } from 'zod';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, 'must start with postgres:// or postgresql://')
    .optional(),
  PATUH_DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  PATUH_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  PATUH_PUBLIC_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  PATUH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  PATUH_SURVEY_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  PATUH_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  // Tests only: shifts the clock that decides which results are past their embargo (e2e of a publication).
  PATUH_TEST_CLOCK_OFFSET_SECONDS: z.coerce.number().int().min(-3_153_600_000).max(3_153_600_000).default(0),
});

export type DatabaseKind = 'pglite' | 'postgres';

export interface AppConfig {
  port: number;
  host: string;
  database: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };
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
  /** Requests per minute per client IP on the public results API (the portal behind mobile NAT may need more). */
  publicRateLimitPerMinute: number;
  /** Signs survey device tokens and derives piagam verification codes; made and stored once when unset. */
  secret: string | undefined;
  /** Requests per minute per client IP on the public survey pages and API (/s/:code, /api/public/surveys). */
  surveyRateLimitPerMinute: number;
  /** Base URL printed on survey posters and links; the staff member's own origin when unset. */
  publicUrl: string | undefined;
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
  const dataDir = path.resolve(env.PATUH_DATA_DIR);
  return {
    port: env.PORT,
    host: env.HOST,
    dataDir,
    database: env.DATABASE_URL ? { kind: 'postgres', url: env.DATABASE_URL } : { kind: 'pglite', dataDir },
    logLevel: env.LOG_LEVEL,
    trustProxy: env.PATUH_TRUST_PROXY === 'true',
    testClockOffsetMs: env.PATUH_TEST_CLOCK_OFFSET_SECONDS * 1000,
    publicRateLimitPerMinute: env.PATUH_PUBLIC_RATE_LIMIT_PER_MINUTE,
    secret: env.PATUH_SECRET,
    surveyRateLimitPerMinute: env.PATUH_SURVEY_RATE_LIMIT_PER_MINUTE,
    publicUrl: env.PATUH_PUBLIC_URL,
  };
}

function describeValue(environment: Record<string, string | undefined>, issuePath: PropertyKey[]): string {
  const name = String(issuePath[0] ?? '');
  // Database URLs carry passwords: name the variable, never echo its value.
  if (name === 'DATABASE_URL' || name === 'PATUH_SECRET') return 'value hidden';
  return `got "${environment[name] ?? ''}"`;
}
