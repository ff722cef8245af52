import { hkdfSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { I18n } from './i18n/i18n.js';
import { reportStartupFailure, StartupError, type LogLevel } from './startup.js';

// The settings come in parts, and each command reads only the parts it uses: the demo and the
// command-line tools never stop on a channel's setting they do not need.

/** DATABASE_URL, the log and the language of system messages: every command. */
const databasePart = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(file:.+|postgres(ql)?:\/\/.+)/)
    .default('file:./data/thidua.db'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEFAULT_LOCALE: z.enum(['vi', 'en']).default('vi'),
});

/** Where uploaded files live: whatever reads or writes them. */
const filesPart = z.object({ FILE_STORE_DIR: z.string().default('data/files') });

/** What the running core needs besides the database: dialogs and the outbox's leases. */
const corePart = z.object({
  DIALOG_TIMEOUT_MINUTES: z.coerce.number().int().positive().default(30),
  OUTBOX_LEASE_SECONDS: z.coerce.number().int().min(1).default(300),
  /** PostgreSQL connections each instance keeps open at most (SQLite: one file, no pool) */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** an organization's own Word templates: <dir>/<organization code>/<name>.docx or <dir>/<name>.docx */
  DOCUMENT_TEMPLATE_DIR: z.string().optional(),
});

/** The channels npm start runs, and its HTTP server and sender. */
const channelsPart = z.object({
  TELEGRAM_BOT_TOKEN: z
    .string()
    .regex(/^\d+:[\w-]{20,}$/)
    .optional(),
  TELEGRAM_API_ROOT: z.url().default('https://api.telegram.org'),
  TELEGRAM_WEBHOOK_URL: z.url().optional(),
  TELEGRAM_WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,256}$/)
    .optional(),
  ZALO_BOT_TOKEN: z
    .string()
    .regex(/^\d+:[A-Za-z0-9._~-]+$/)
    .optional(),
  ZALO_API_ROOT: z.url().default('https://bot-api.zaloplatforms.com'),
  ZALO_WEBHOOK_URL: z
    .url()
    .refine((url) => url.startsWith('https://'), 'config-zalo-webhook-https')
    .optional(),
  ZALO_WEBHOOK_SECRET: z
    .string()
    .regex(/^[\x21-\x7e]{8,256}$/)
    .optional(),
  ZALO_MONTHLY_QUOTA: z.coerce.number().int().positive().optional(),
  PUBLIC_BASE_URL: z.url().optional(),
  HTTP_PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  HTTP_HOST: z.string().default('0.0.0.0'),
  /** the key signing links to the web pages; derived from the bot tokens when unset */
  WEB_LINK_SECRET: z.string().min(32).optional(),
  WEB_LINK_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  OUTBOX_RATE_PER_SECOND: z.coerce.number().positive().max(30).default(30),
});

type Variable = keyof (z.infer<typeof databasePart> & z.infer<typeof filesPart> & z.infer<typeof corePart> & z.infer<typeof channelsPart>);

/** What to do about each variable when its value is refused (locales: config-…). */
const FIX: Record<Variable, string> = {
  DATABASE_URL: 'config-database-url',
  LOG_LEVEL: 'config-log-level',
  DEFAULT_LOCALE: 'config-default-locale',
  FILE_STORE_DIR: 'config-file-store-dir',
  DIALOG_TIMEOUT_MINUTES: 'config-dialog-timeout',
  OUTBOX_LEASE_SECONDS: 'config-outbox-lease',
  DATABASE_POOL_SIZE: 'config-database-pool-size',
  DOCUMENT_TEMPLATE_DIR: 'config-document-template-dir',
  TELEGRAM_BOT_TOKEN: 'config-telegram-token',
  TELEGRAM_API_ROOT: 'config-telegram-api-root',
  TELEGRAM_WEBHOOK_URL: 'config-telegram-webhook-url',
  TELEGRAM_WEBHOOK_SECRET: 'config-telegram-webhook-secret',
  ZALO_BOT_TOKEN: 'config-zalo-token',
  ZALO_API_ROOT: 'config-zalo-api-root',
  ZALO_WEBHOOK_URL: 'config-zalo-webhook-url',
  ZALO_WEBHOOK_SECRET: 'config-zalo-webhook-secret',
  ZALO_MONTHLY_QUOTA: 'config-zalo-quota',
  PUBLIC_BASE_URL: 'config-public-base-url',
  HTTP_PORT: 'config-http-port',
  HTTP_HOST: 'config-http-host',
  WEB_LINK_SECRET: 'config-web-link-secret',
  WEB_LINK_MINUTES: 'config-web-link-minutes',
  OUTBOX_RATE_PER_SECOND: 'config-outbox-rate',
};

export interface DatabaseConfig {
  databaseUrl: string;
  logLevel: LogLevel;
  defaultLocale: 'vi' | 'en';
}

export interface StorageConfig extends DatabaseConfig {
  fileStoreDir: string;
}

/** What createCore needs. */
export interface CoreConfig extends StorageConfig {
  dialogTimeoutMinutes: number;
  /** PostgreSQL connections at most, per instance */
  databasePoolSize?: number;
  outbox: { leaseMs: number };
  /** DOCUMENT_TEMPLATE_DIR: an organization's own document templates; null: the shipped ones */
  documentTemplateDir?: string | null;
  /** the Zalo plan's monthly message allowance, when the operator knows it */
  zaloMonthlyQuota?: number | null;
  /** signed links to the web pages (upload, download, dashboard); null without PUBLIC_BASE_URL */
  webLinks?: { baseUrl: string; secret: string; ttlMinutes: number } | null;
}

export interface Config extends CoreConfig {
  telegram: { token: string; apiRoot: string; webhookUrl: string | null; webhookSecret: string | null } | null;
  zalo: { token: string; apiRoot: string; webhookUrl: string | null; webhookSecret: string | null } | null;
  zaloMonthlyQuota: number | null;
  /** where the HTTP server is reached from outside (chart pictures for Zalo), without a trailing slash */
  publicBaseUrl: string | null;
  http: { host: string; port: number };
  /** reminders and broadcasts: the overall pace, and how long a claimed row belongs to its sender */
  outbox: { ratePerSecond: number; leaseMs: number };
}

/** One refused variable and the locale message saying how to fix it. */
export interface ConfigProblem {
  variable: string;
  key: string;
}

/** Settings refused: each variable named with its fix, in Vietnamese then English; never a value. */
export class ConfigError extends StartupError {
  constructor(readonly problems: ConfigProblem[]) {
    const i18n = I18n.shared();
    const describe = (locale: 'vi' | 'en') => [i18n.t(locale, 'config-invalid'), ...problems.map((p) => `  ${p.variable}: ${i18n.t(locale, p.key)}`)].join('\n');
    super(`${describe('vi')}\n${describe('en')}`);
  }
}

/**
 * Parses a part of the environment. A blank value (`HTTP_PORT=`) counts as unset and takes the
 * default, as .env.example promises.
 */
function parse<S extends z.ZodObject>(part: S, env: NodeJS.ProcessEnv): z.infer<S> {
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const parsed = part.safeParse(given);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const variable = String(issue.path[0]) as Variable;
    return { variable, key: issue.message.startsWith('config-') ? issue.message : FIX[variable] };
  });
  throw new ConfigError(problems.filter((p, i) => problems.findIndex((q) => q.variable === p.variable) === i));
}

export function loadDatabaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const c = parse(databasePart, env);
  return { databaseUrl: c.DATABASE_URL, logLevel: c.LOG_LEVEL, defaultLocale: c.DEFAULT_LOCALE };
}

export function loadStorageConfig(env: NodeJS.ProcessEnv = process.env): StorageConfig {
  return { ...loadDatabaseConfig(env), fileStoreDir: parse(filesPart, env).FILE_STORE_DIR };
}

const coreShape = databasePart.extend(filesPart.shape).extend(corePart.shape);

function coreConfig(c: z.infer<typeof coreShape>): CoreConfig {
  return {
    databaseUrl: c.DATABASE_URL,
    logLevel: c.LOG_LEVEL,
    defaultLocale: c.DEFAULT_LOCALE,
    fileStoreDir: c.FILE_STORE_DIR,
    dialogTimeoutMinutes: c.DIALOG_TIMEOUT_MINUTES,
    databasePoolSize: c.DATABASE_POOL_SIZE,
    outbox: { leaseMs: c.OUTBOX_LEASE_SECONDS * 1000 },
    documentTemplateDir: c.DOCUMENT_TEMPLATE_DIR ?? null,
  };
}

export function loadCoreConfig(env: NodeJS.ProcessEnv = process.env): CoreConfig {
  return coreConfig(parse(coreShape, env));
}

/** Everything npm start reads; fails with each refused variable's name and how to fix it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const c = parse(coreShape.extend(channelsPart.shape), env);
  const missing: ConfigProblem[] = [];
  if (c.TELEGRAM_WEBHOOK_URL && !c.TELEGRAM_WEBHOOK_SECRET) missing.push({ variable: 'TELEGRAM_WEBHOOK_SECRET', key: 'config-telegram-webhook-secret-required' });
  if (c.ZALO_WEBHOOK_URL && !c.ZALO_WEBHOOK_SECRET) missing.push({ variable: 'ZALO_WEBHOOK_SECRET', key: 'config-zalo-webhook-secret-required' });
  if (missing.length > 0) throw new ConfigError(missing);
  const core = coreConfig(c);
  const publicBaseUrl = c.PUBLIC_BASE_URL?.replace(/\/+$/, '') ?? null;
  const secret = webLinkSecret(c);
  return {
    ...core,
    telegram: c.TELEGRAM_BOT_TOKEN
      ? {
          token: c.TELEGRAM_BOT_TOKEN,
          apiRoot: c.TELEGRAM_API_ROOT.replace(/\/+$/, ''),
          webhookUrl: c.TELEGRAM_WEBHOOK_URL ?? null,
          webhookSecret: c.TELEGRAM_WEBHOOK_SECRET ?? null,
        }
      : null,
    zalo: c.ZALO_BOT_TOKEN
      ? {
          token: c.ZALO_BOT_TOKEN,
          apiRoot: c.ZALO_API_ROOT.replace(/\/+$/, ''),
          webhookUrl: c.ZALO_WEBHOOK_URL ?? null,
          webhookSecret: c.ZALO_WEBHOOK_SECRET ?? null,
        }
      : null,
    zaloMonthlyQuota: c.ZALO_MONTHLY_QUOTA ?? null,
    publicBaseUrl,
    webLinks: publicBaseUrl && secret ? { baseUrl: publicBaseUrl, secret, ttlMinutes: c.WEB_LINK_MINUTES } : null,
    http: { host: c.HTTP_HOST, port: c.HTTP_PORT },
    outbox: { ratePerSecond: c.OUTBOX_RATE_PER_SECOND, leaseMs: core.outbox.leaseMs },
  };
}

/**
 * WEB_LINK_SECRET, or a key derived from the bot tokens (HKDF): as secret as they are, the same on
 * every instance and across restarts, and it changes when a token is replaced, which only ends the
 * links of the last minutes.
 */
function webLinkSecret(c: { WEB_LINK_SECRET?: string | undefined; TELEGRAM_BOT_TOKEN?: string | undefined; ZALO_BOT_TOKEN?: string | undefined }): string | null {
  if (c.WEB_LINK_SECRET) return c.WEB_LINK_SECRET;
  // Without a token there is nothing secret to derive from (and no chat to send a link in).
  if (!c.TELEGRAM_BOT_TOKEN && !c.ZALO_BOT_TOKEN) return null;
  const tokens = [c.TELEGRAM_BOT_TOKEN ?? '', c.ZALO_BOT_TOKEN ?? ''].join('\n');
  return Buffer.from(hkdfSync('sha256', tokens, 'thidua-cchc-bot', 'web links', 32)).toString('base64url');
}

/** Reads .env into process.env when present (values already set win). */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

/** For the command-line tools: refused settings stop the tool with the bilingual message, exit code 2. */
export function loadOrExit<T>(load: (env: NodeJS.ProcessEnv) => T, env: NodeJS.ProcessEnv = process.env): T {
  try {
    return load(env);
  } catch (error) {
    reportStartupFailure(error, undefined, 2);
    process.exit(2);
  }
}
