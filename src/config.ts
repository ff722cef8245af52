import { existsSync } from 'node:fs';
import { z } from 'zod';

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(file:.+|postgres(ql)?:\/\/.+)/, 'must be a SQLite file URL such as file:./data/thidua.db, or a PostgreSQL URL such as postgresql://thidua:secret@127.0.0.1:5432/thidua')
    .default('file:./data/thidua.db'),
  FILE_STORE_DIR: z.string().min(1).default('data/files'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEFAULT_LOCALE: z.enum(['vi', 'en']).default('vi'),
  DIALOG_TIMEOUT_MINUTES: z.coerce.number().int().positive().default(30),
  TELEGRAM_BOT_TOKEN: z
    .string()
    .regex(/^\d+:[\w-]{20,}$/, 'looks wrong: copy the whole token BotFather gave, like 123456789:AA…')
    .optional(),
  TELEGRAM_API_ROOT: z.url({ error: 'must be a URL such as http://127.0.0.1:8081 (a self-hosted Bot API server)' }).default('https://api.telegram.org'),
  TELEGRAM_WEBHOOK_URL: z.url({ error: 'must be the public https URL Telegram should call, such as https://bot.example.vn/telegram' }).optional(),
  TELEGRAM_WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,256}$/, 'use 16 to 256 characters from A-Z, a-z, 0-9, _ and -')
    .optional(),
  ZALO_BOT_TOKEN: z
    .string()
    .regex(/^\d+:[A-Za-z0-9._~-]+$/, 'looks wrong: copy the whole token Zalo Bot Manager gave, like 12345689:abc-xyz')
    .optional(),
  ZALO_API_ROOT: z.url({ error: 'must be a URL such as https://bot-api.zaloplatforms.com' }).default('https://bot-api.zaloplatforms.com'),
  ZALO_WEBHOOK_URL: z
    .url({ error: 'must be the public https URL Zalo should call, such as https://bot.example.vn/zalo' })
    .refine((url) => url.startsWith('https://'), 'Zalo calls https webhooks only: use an https:// URL')
    .optional(),
  ZALO_WEBHOOK_SECRET: z
    .string()
    .regex(/^[\x21-\x7e]{8,256}$/, 'use 8 to 256 visible ASCII characters (letters, digits, punctuation; no spaces)')
    .optional(),
  ZALO_MONTHLY_QUOTA: z.coerce.number().int('use a whole number of messages, such as 3000').positive('use a whole number of messages above 0, such as 3000').optional(),
  PUBLIC_BASE_URL: z.url({ error: 'must be the public https address of this bot\'s HTTP server, such as https://bot.example.vn' }).optional(),
  HTTP_PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  HTTP_HOST: z.string().min(1).default('0.0.0.0'),
  OUTBOX_RATE_PER_SECOND: z.coerce
    .number()
    .positive()
    .max(30, 'Telegram allows about 30 messages a second overall: use 30 or less')
    .default(30),
  OUTBOX_LEASE_SECONDS: z.coerce.number().int().min(1, 'use a whole number of seconds, at least 1').default(300),
});

export interface Config {
  databaseUrl: string;
  fileStoreDir: string;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  defaultLocale: 'vi' | 'en';
  dialogTimeoutMinutes: number;
  telegram: { token: string; apiRoot: string; webhookUrl: string | null; webhookSecret: string | null } | null;
  zalo: { token: string; apiRoot: string; webhookUrl: string | null; webhookSecret: string | null } | null;
  /** the Zalo plan's monthly message allowance, when the operator knows it */
  zaloMonthlyQuota: number | null;
  /** where the HTTP server is reached from outside (chart pictures for Zalo), without a trailing slash */
  publicBaseUrl: string | null;
  http: { host: string; port: number };
  /** reminders and broadcasts: the overall pace, and how long a claimed row belongs to its sender */
  outbox: { ratePerSecond: number; leaseMs: number };
}

export class ConfigError extends Error {}

/** Parses the environment once; fails with the variable's name and how to fix it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration (see .env.example):\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  if (c.TELEGRAM_WEBHOOK_URL && !c.TELEGRAM_WEBHOOK_SECRET) {
    throw new ConfigError('Invalid configuration (see .env.example):\n  TELEGRAM_WEBHOOK_SECRET: required with TELEGRAM_WEBHOOK_URL, so that only Telegram can call the webhook');
  }
  if (c.ZALO_WEBHOOK_URL && !c.ZALO_WEBHOOK_SECRET) {
    throw new ConfigError('Invalid configuration (see .env.example):\n  ZALO_WEBHOOK_SECRET: required with ZALO_WEBHOOK_URL, so that only Zalo can call the webhook');
  }
  return {
    databaseUrl: c.DATABASE_URL,
    fileStoreDir: c.FILE_STORE_DIR,
    logLevel: c.LOG_LEVEL,
    defaultLocale: c.DEFAULT_LOCALE,
    dialogTimeoutMinutes: c.DIALOG_TIMEOUT_MINUTES,
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
    publicBaseUrl: c.PUBLIC_BASE_URL?.replace(/\/+$/, '') ?? null,
    http: { host: c.HTTP_HOST, port: c.HTTP_PORT },
    outbox: { ratePerSecond: c.OUTBOX_RATE_PER_SECOND, leaseMs: c.OUTBOX_LEASE_SECONDS * 1000 },
  };
}

/** Reads .env into process.env when present (values already set win). */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

/** For the command-line tools: a bad .env stops the tool with the variable's name and the fix, exit code 2. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
}
