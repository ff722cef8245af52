import { existsSync } from 'node:fs';
import { z } from 'zod';

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^file:.+/, 'must be a SQLite file URL such as file:./data/thidua.db')
    .default('file:./data/thidua.db'),
  FILE_STORE_DIR: z.string().min(1).default('data/files'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEFAULT_LOCALE: z.enum(['vi', 'en']).default('vi'),
  DIALOG_TIMEOUT_MINUTES: z.coerce.number().int().positive().default(30),
});

export interface Config {
  databaseUrl: string;
  fileStoreDir: string;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  defaultLocale: 'vi' | 'en';
  dialogTimeoutMinutes: number;
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
  return {
    databaseUrl: c.DATABASE_URL,
    fileStoreDir: c.FILE_STORE_DIR,
    logLevel: c.LOG_LEVEL,
    defaultLocale: c.DEFAULT_LOCALE,
    dialogTimeoutMinutes: c.DIALOG_TIMEOUT_MINUTES,
  };
}

/** Reads .env into process.env when present (values already set win). */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
