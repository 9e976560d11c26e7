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
  const dataDir = path.resolve(env.PATUH_DATA_DIR);
  return {
    port: env.PORT,
    host: env.HOST,
    dataDir,
    database: env.DATABASE_URL ? { kind: 'postgres', url: env.DATABASE_URL } : { kind: 'pglite', dataDir },
    logLevel: env.LOG_LEVEL,
    trustProxy: env.PATUH_TRUST_PROXY === 'true',
  };
}

function describeValue(environment: Record<string, string | undefined>, issuePath: PropertyKey[]): string {
  const name = String(issuePath[0] ?? '');
  // Database URLs carry passwords: name the variable, never echo its value.
  if (name === 'DATABASE_URL') return 'value hidden';
  return `got "${environment[name] ?? ''}"`;
}
