import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadCoreConfig, loadDatabaseConfig, loadStorageConfig } from '../src/config.js';
import { I18n } from '../src/i18n/i18n.js';
import { StartupError } from '../src/startup.js';

const TOKEN = '123456789:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

function refusal(load: () => unknown): ConfigError {
  try {
    load();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error('the configuration was accepted');
}

describe('loadConfig', () => {
  it('has working defaults: embedded SQLite, no channel', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ databaseUrl: 'file:./data/thidua.db', fileStoreDir: 'data/files', defaultLocale: 'vi', telegram: null, http: { port: 8080 } });
  });

  it('takes the default for a blank variable, as .env.example says', () => {
    const blank = { TELEGRAM_BOT_TOKEN: '', DATABASE_URL: '', HTTP_PORT: '', LOG_LEVEL: '', ZALO_BOT_TOKEN: '  ', FILE_STORE_DIR: '', OUTBOX_RATE_PER_SECOND: '' };
    const config = loadConfig(blank);
    expect(config).toMatchObject({
      databaseUrl: 'file:./data/thidua.db',
      logLevel: 'info',
      fileStoreDir: 'data/files',
      telegram: null,
      zalo: null,
      http: { port: 8080 },
      outbox: { ratePerSecond: 30 },
    });
  });

  it('names the variable and how to fix it, in Vietnamese and in English', () => {
    const error = refusal(() => loadConfig({ DATABASE_URL: 'mysql://x', TELEGRAM_BOT_TOKEN: 'abc' }));
    expect(error).toBeInstanceOf(StartupError);
    expect(error.problems.map((p) => p.variable)).toEqual(['DATABASE_URL', 'TELEGRAM_BOT_TOKEN']);
    const i18n = new I18n();
    const [vi, en] = [i18n.t('vi', 'config-invalid'), i18n.t('en', 'config-invalid')];
    expect(error.message.indexOf(vi)).toBe(0);
    expect(error.message.indexOf(en)).toBeGreaterThan(0);
    expect(error.message).toContain(`  DATABASE_URL: ${i18n.t('vi', 'config-database-url')}`);
    expect(error.message).toMatch(/DATABASE_URL: must be a SQLite file URL such as file:\.\/data\/thidua\.db/);
    expect(error.message).toMatch(/TELEGRAM_BOT_TOKEN: looks wrong: copy the whole token BotFather gave/);
    expect(error.message).toContain('TELEGRAM_BOT_TOKEN: mã không đúng dạng');
  });

  it('has a fix for every variable it can refuse', () => {
    const bad: Record<string, string> = {
      DATABASE_URL: 'thidua.db',
      LOG_LEVEL: 'verbose',
      DEFAULT_LOCALE: 'fr',
      DIALOG_TIMEOUT_MINUTES: 'nua tieng',
      OUTBOX_LEASE_SECONDS: '0',
      TELEGRAM_BOT_TOKEN: 'abc',
      TELEGRAM_API_ROOT: 'api.telegram.org',
      TELEGRAM_WEBHOOK_URL: 'bot.example.vn',
      TELEGRAM_WEBHOOK_SECRET: 'short',
      ZALO_BOT_TOKEN: 'abc',
      ZALO_API_ROOT: 'nowhere',
      ZALO_WEBHOOK_URL: 'http://bot.example.vn/zalo',
      ZALO_WEBHOOK_SECRET: 'a b',
      ZALO_MONTHLY_QUOTA: '-5',
      PUBLIC_BASE_URL: 'bot.example.vn',
      HTTP_PORT: '70000',
      OUTBOX_RATE_PER_SECOND: '50',
    };
    const error = refusal(() => loadConfig(bad));
    expect(error.problems.map((p) => p.variable).sort()).toEqual(Object.keys(bad).sort());
    // Each line says something after the name, in both languages (a missing message would have thrown).
    for (const variable of Object.keys(bad)) expect(error.message.match(new RegExp(`^  ${variable}: \\S`, 'gm'))).toHaveLength(2);
    expect(error.message).toContain('ZALO_WEBHOOK_URL: Zalo calls https webhooks only');
  });

  it('never repeats a token in its messages', () => {
    const error = refusal(() => loadConfig({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: 'not a url' }));
    expect(error.message).toContain('TELEGRAM_API_ROOT');
    expect(error.message).not.toContain(TOKEN);
  });

  it('reads Telegram settings and requires a secret for webhooks', () => {
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/' }).telegram).toEqual({
      token: TOKEN,
      apiRoot: 'http://127.0.0.1:8081',
      webhookUrl: null,
      webhookSecret: null,
    });
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_URL: 'https://bot.example.vn/telegram' })).toThrow(
      /TELEGRAM_WEBHOOK_SECRET: required with TELEGRAM_WEBHOOK_URL/,
    );
  });
});

describe('the parts each command reads', () => {
  const channelsWrong = { TELEGRAM_BOT_TOKEN: 'abc', ZALO_WEBHOOK_URL: 'http://x', HTTP_PORT: 'tam muoi', OUTBOX_RATE_PER_SECOND: '99', PUBLIC_BASE_URL: 'x' };

  it('the demo and the jobs (core) ignore channel, HTTP and sender settings', () => {
    expect(loadCoreConfig({ ...channelsWrong, DATABASE_URL: 'file:./data/demo.db', DIALOG_TIMEOUT_MINUTES: '' })).toEqual({
      databaseUrl: 'file:./data/demo.db',
      logLevel: 'info',
      defaultLocale: 'vi',
      fileStoreDir: 'data/files',
      dialogTimeoutMinutes: 30,
      databasePoolSize: 10,
      outbox: { leaseMs: 300_000 },
      documentTemplateDir: null,
    });
    expect(refusal(() => loadCoreConfig({ DIALOG_TIMEOUT_MINUTES: '-1' })).problems).toEqual([{ variable: 'DIALOG_TIMEOUT_MINUTES', key: 'config-dialog-timeout' }]);
    expect(loadCoreConfig({ DATABASE_POOL_SIZE: '25' }).databasePoolSize).toBe(25);
    expect(refusal(() => loadCoreConfig({ DATABASE_POOL_SIZE: '0' })).problems).toEqual([{ variable: 'DATABASE_POOL_SIZE', key: 'config-database-pool-size' }]);
  });

  it('campaign files read the database only; backups the database and the files', () => {
    const wrongCore = { ...channelsWrong, DIALOG_TIMEOUT_MINUTES: 'x', OUTBOX_LEASE_SECONDS: 'x' };
    expect(loadDatabaseConfig({ ...wrongCore, DEFAULT_LOCALE: 'en' })).toEqual({ databaseUrl: 'file:./data/thidua.db', logLevel: 'info', defaultLocale: 'en' });
    expect(loadStorageConfig({ ...wrongCore, FILE_STORE_DIR: '/srv/thidua/files' })).toMatchObject({ fileStoreDir: '/srv/thidua/files' });
    expect(refusal(() => loadDatabaseConfig({ LOG_LEVEL: 'loud' })).problems.map((p) => p.variable)).toEqual(['LOG_LEVEL']);
  });
});

describe('the locales', () => {
  it('missing ones stop with a message in both languages that needs no locale', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-no-locales-'));
    try {
      let error: unknown;
      try {
        new I18n(dir);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(StartupError);
      const message = (error as Error).message;
      expect(message).toContain(`Không đọc được thư mục ngôn ngữ ${join(dir, 'vi')}`);
      expect(message).toContain("Cannot read the program's language folder");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
