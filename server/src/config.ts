import path from 'node:path';
import { MINIAPP_DIR } from './paths.ts';
import { DEFAULT_DEMO_PASSWORD } from './seed/demo-officers.ts';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Where the built Mini App lives; null serves the API alone. */
  staticDir: string | null;
  /** Load the demo data when the database has no units yet. */
  seedDemo: boolean;
  /** Search requests per minute per client address. */
  searchRateLimit: number;
  /** How long a process serves its in-memory copy of a catalog before checking the database's version. */
  catalogRefreshMs: number;
  /** Password of the demo officers created with the demo data. */
  demoPassword: string;
  /** Signs access keys and photo links. Null: a random key kept in DATA_DIR/secret.key. */
  secretKey: string | null;
  /** PAKN submissions per minute per client address. */
  feedbackRateLimit: number;
  /** PAKN submissions per hour per citizen (device or Zalo identity). */
  feedbackCitizenRateLimit: number;
  /** Photo uploads per minute per client address. */
  uploadRateLimit: number;
  /** Minutes an upload may stay unattached to a PAKN before it is removed. */
  uploadTtlMinutes: number;
  /** Bytes of unattached uploads one client address may hold at a time. */
  uploadQuotaBytes: number;
  /** How often a process removes expired uploads. */
  uploadCleanupIntervalMs: number;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export class ConfigError extends Error {}

/** Environment → typed config. Throws ConfigError listing every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];

  const port = integer(env.PORT, 3000);
  if (port === null || port < 0 || port > 65535) problems.push(`PORT must be a port number (0–65535), got "${env.PORT}"`);

  const rateLimit = integer(env.SEARCH_RATE_LIMIT, 600);
  if (rateLimit === null || rateLimit < 1) problems.push(`SEARCH_RATE_LIMIT must be a positive whole number, got "${env.SEARCH_RATE_LIMIT}"`);

  const feedbackRateLimit = integer(env.FEEDBACK_RATE_LIMIT, 20);
  if (feedbackRateLimit === null || feedbackRateLimit < 1) problems.push(`FEEDBACK_RATE_LIMIT must be a positive whole number, got "${env.FEEDBACK_RATE_LIMIT}"`);
  const citizenRateLimit = integer(env.FEEDBACK_CITIZEN_RATE_LIMIT, 30);
  if (citizenRateLimit === null || citizenRateLimit < 1) problems.push(`FEEDBACK_CITIZEN_RATE_LIMIT must be a positive whole number, got "${env.FEEDBACK_CITIZEN_RATE_LIMIT}"`);
  const uploadRateLimit = integer(env.UPLOAD_RATE_LIMIT, 30);
  if (uploadRateLimit === null || uploadRateLimit < 1) problems.push(`UPLOAD_RATE_LIMIT must be a positive whole number, got "${env.UPLOAD_RATE_LIMIT}"`);

  const uploadTtlMinutes = integer(env.UPLOAD_TTL_MINUTES, 60);
  if (uploadTtlMinutes === null || uploadTtlMinutes < 1 || uploadTtlMinutes > 7 * 24 * 60) problems.push(`UPLOAD_TTL_MINUTES must be a whole number of minutes from 1 to 10080, got "${env.UPLOAD_TTL_MINUTES}"`);
  const uploadQuotaMb = integer(env.UPLOAD_QUOTA_MB, 40);
  if (uploadQuotaMb === null || uploadQuotaMb < 1 || uploadQuotaMb > 100_000) problems.push(`UPLOAD_QUOTA_MB must be a positive whole number of megabytes, got "${env.UPLOAD_QUOTA_MB}"`);

  const secretKey = env.SECRET_KEY?.trim() || null;
  if (secretKey !== null && secretKey.length < 32) problems.push('SECRET_KEY must be at least 32 characters long (e.g. `openssl rand -hex 32`)');

  const logLevel = (env.LOG_LEVEL ?? 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);

  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must start with postgres:// or postgresql://');
  }

  const seed = env.SEED_DEMO ?? 'true';
  if (!['true', 'false'].includes(seed)) problems.push(`SEED_DEMO must be true or false, got "${seed}"`);

  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);

  return {
    port: port!,
    host: env.HOST?.trim() || '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR?.trim() || './data'),
    databaseUrl,
    logLevel,
    staticDir: env.STATIC_DIR === '' ? null : env.STATIC_DIR ? path.resolve(env.STATIC_DIR) : MINIAPP_DIR,
    seedDemo: seed === 'true',
    searchRateLimit: rateLimit!,
    catalogRefreshMs: 5000,
    demoPassword: env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD,
    secretKey,
    feedbackRateLimit: feedbackRateLimit!,
    feedbackCitizenRateLimit: citizenRateLimit!,
    uploadRateLimit: uploadRateLimit!,
    uploadTtlMinutes: uploadTtlMinutes!,
    uploadQuotaBytes: uploadQuotaMb! * 1024 * 1024,
    uploadCleanupIntervalMs: 60_000,
  };
}

function integer(value: string | undefined, fallback: number): number | null {
  if (value === undefined || value.trim() === '') return fallback;
  return /^\d+$/.test(value.trim()) ? Number(value) : null;
}
