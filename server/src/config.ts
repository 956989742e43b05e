import { isIP } from 'node:net';
import path from 'node:path';
import { MINIAPP_DIR, SEED_DIR } from './paths.ts';
import { readZaloConfig, type ZaloConfig } from './zalo/zalo-config.ts';

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
  /** Search answers kept per unit and catalog version; 0 computes every answer afresh. */
  searchCacheSize: number;
  /** The referral rules (province → what another agency handles), JSON. */
  referralsFile: string;
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
  /** Survey responses per minute per client address (issue 10). */
  surveyRateLimit: number;
  /** Survey responses per hour per citizen (device or Zalo identity). */
  surveyCitizenRateLimit: number;
  /** Article views and shares per minute per client address (articles). */
  readerRateLimit: number;
  /** Chat messages (POST /api/v1/chat) per minute per client address. */
  chatRateLimit: number;
  /** Proxies (addresses or CIDRs) whose X-Forwarded-For is believed; false: the socket address is the client. */
  trustProxy: string[] | false;
  /** The public origin (and optional path) absolute links are built from, without a trailing slash. */
  publicUrl: string;
  /** Origins allowed to call the citizen API from a browser (CORS); `*` matches any run of host or port characters. */
  corsOrigins: string[];
  /** Hours an officer session lasts at most, however active. */
  sessionMaxHours: number;
  /** Working hours (over office hours of working days) to answer an urgent (khẩn) PAKN, unless the unit set a rule. */
  urgentWorkingHours: number;
  /** Minutes an upload may stay unattached to a PAKN before it is removed. */
  uploadTtlMinutes: number;
  /** Bytes of unattached uploads one client address may hold at a time. */
  uploadQuotaBytes: number;
  /** How often a process removes expired uploads. */
  uploadCleanupIntervalMs: number;
  /** Who city systems ask about Open311 (and for a key): the contact in service discovery. */
  open311Contact: string;
  /** The Zalo app and OA; null runs without Zalo (device identities, no OA messages). */
  zalo: ZaloConfig | null;
}

/** Zalo serves Mini Apps from h5.zdn.vn (https in the browser, zbrowser:// in the Zalo app); localhost for development. */
/** Demo only: written in the README, never for a real deployment. */
export const DEFAULT_DEMO_PASSWORD = 'demo-cchc-2026';

export const DEFAULT_CORS_ORIGINS = ['https://h5.zdn.vn', 'zbrowser://h5.zdn.vn', 'http://localhost:*', 'http://127.0.0.1:*'];

export const DEFAULT_OPEN311_CONTACT = 'Quản trị hệ thống của thành phố (cấp khóa Open311 trong bảng điều khiển, mục Khóa Open311).';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export class ConfigError extends Error {}

/** Environment → typed config. Throws ConfigError listing every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];

  const port = integer(env.PORT, 3000);
  if (port === null || port < 0 || port > 65535) problems.push(`PORT must be a port number (0–65535), got "${env.PORT}"`);

  const rateLimit = integer(env.SEARCH_RATE_LIMIT, 600);
  if (rateLimit === null || rateLimit < 1) problems.push(`SEARCH_RATE_LIMIT must be a positive whole number, got "${env.SEARCH_RATE_LIMIT}"`);

  const searchCacheSize = integer(env.SEARCH_CACHE_SIZE, 2000);
  if (searchCacheSize === null) problems.push(`SEARCH_CACHE_SIZE must be a whole number (0 turns the answer cache off), got "${env.SEARCH_CACHE_SIZE}"`);

  const feedbackRateLimit = integer(env.FEEDBACK_RATE_LIMIT, 20);
  if (feedbackRateLimit === null || feedbackRateLimit < 1) problems.push(`FEEDBACK_RATE_LIMIT must be a positive whole number, got "${env.FEEDBACK_RATE_LIMIT}"`);
  const chatRateLimit = integer(env.CHAT_RATE_LIMIT, 30);
  if (chatRateLimit === null || chatRateLimit < 1) problems.push(`CHAT_RATE_LIMIT must be a positive whole number, got "${env.CHAT_RATE_LIMIT}"`);
  const readerRateLimit = integer(env.READER_RATE_LIMIT, 300);
  if (readerRateLimit === null || readerRateLimit < 1) problems.push(`READER_RATE_LIMIT must be a positive whole number, got "${env.READER_RATE_LIMIT}"`);
  const citizenRateLimit = integer(env.FEEDBACK_CITIZEN_RATE_LIMIT, 30);
  if (citizenRateLimit === null || citizenRateLimit < 1) problems.push(`FEEDBACK_CITIZEN_RATE_LIMIT must be a positive whole number, got "${env.FEEDBACK_CITIZEN_RATE_LIMIT}"`);
  const surveyRateLimit = integer(env.SURVEY_RATE_LIMIT, 30);
  if (surveyRateLimit === null || surveyRateLimit < 1) problems.push(`SURVEY_RATE_LIMIT must be a positive whole number, got "${env.SURVEY_RATE_LIMIT}"`);
  const surveyCitizenRateLimit = integer(env.SURVEY_CITIZEN_RATE_LIMIT, 10);
  if (surveyCitizenRateLimit === null || surveyCitizenRateLimit < 1) problems.push(`SURVEY_CITIZEN_RATE_LIMIT must be a positive whole number, got "${env.SURVEY_CITIZEN_RATE_LIMIT}"`);
  const uploadRateLimit = integer(env.UPLOAD_RATE_LIMIT, 30);
  if (uploadRateLimit === null || uploadRateLimit < 1) problems.push(`UPLOAD_RATE_LIMIT must be a positive whole number, got "${env.UPLOAD_RATE_LIMIT}"`);

  const trustProxy = list(env.TRUST_PROXY);
  const badProxies = trustProxy.filter((entry) => !isProxyEntry(entry));
  if (badProxies.length > 0) problems.push(`TRUST_PROXY must list IP addresses or CIDRs (e.g. 10.0.0.1,10.1.0.0/16), got "${badProxies.join(', ')}"`);

  const publicUrl = withoutTrailingSlashes(env.PUBLIC_URL?.trim() || `http://localhost:${port ?? 3000}`);
  if (!isHttpUrl(publicUrl)) problems.push(`PUBLIC_URL must be an http:// or https:// address without query or fragment, got "${env.PUBLIC_URL}"`);

  const corsOrigins = env.CORS_ORIGINS === undefined ? DEFAULT_CORS_ORIGINS : list(env.CORS_ORIGINS);
  const badOrigins = corsOrigins.filter((o) => !/^[a-z][a-z0-9+.-]*:\/\/[a-z0-9*.-]+(:[0-9*]+)?$/i.test(o));
  if (badOrigins.length > 0) problems.push(`CORS_ORIGINS must list origins such as https://h5.zdn.vn or http://localhost:*, got "${badOrigins.join(', ')}"`);

  const sessionMaxHours = integer(env.SESSION_MAX_HOURS, 12);
  if (sessionMaxHours === null || sessionMaxHours < 1 || sessionMaxHours > 720) problems.push(`SESSION_MAX_HOURS must be a whole number of hours (1–720), got "${env.SESSION_MAX_HOURS}"`);

  const urgentWorkingHours = integer(env.URGENT_WORKING_HOURS, 8);
  if (urgentWorkingHours === null || urgentWorkingHours < 1 || urgentWorkingHours > 80) {
    problems.push(`URGENT_WORKING_HOURS must be a whole number of hours from 1 to 80, got "${env.URGENT_WORKING_HOURS}"`);
  }
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

  const zalo = readZaloConfig(env, problems);

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
    searchCacheSize: searchCacheSize!,
    referralsFile: env.REFERRALS_FILE?.trim() ? path.resolve(env.REFERRALS_FILE.trim()) : path.join(SEED_DIR, 'referrals.json'),
    demoPassword: env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD,
    secretKey,
    feedbackRateLimit: feedbackRateLimit!,
    feedbackCitizenRateLimit: citizenRateLimit!,
    uploadRateLimit: uploadRateLimit!,
    surveyRateLimit: surveyRateLimit!,
    surveyCitizenRateLimit: surveyCitizenRateLimit!,
    readerRateLimit: readerRateLimit!,
    chatRateLimit: chatRateLimit!,
    trustProxy: trustProxy.length > 0 ? trustProxy : false,
    publicUrl,
    corsOrigins,
    sessionMaxHours: sessionMaxHours!,
    urgentWorkingHours: urgentWorkingHours!,
    uploadTtlMinutes: uploadTtlMinutes!,
    uploadQuotaBytes: uploadQuotaMb! * 1024 * 1024,
    uploadCleanupIntervalMs: 60_000,
    open311Contact: env.OPEN311_CONTACT?.trim() || DEFAULT_OPEN311_CONTACT,
    zalo,
  };
}

function integer(value: string | undefined, fallback: number): number | null {
  if (value === undefined || value.trim() === '') return fallback;
  return /^\d+$/.test(value.trim()) ? Number(value) : null;
}

function list(value: string | undefined): string[] {
  return (value ?? '').split(',').map((v) => v.trim()).filter((v) => v !== '');
}

function isProxyEntry(entry: string): boolean {
  const [address, bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.search === '' && url.hash === '' && url.username === '';
  } catch {
    return false;
  }
}

function withoutTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === '/') end--;
  return url.slice(0, end);
}
