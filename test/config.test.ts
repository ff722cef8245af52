import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('has working defaults: embedded SQLite, no channel', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ databaseUrl: 'file:./data/thidua.db', fileStoreDir: 'data/files', defaultLocale: 'vi', telegram: null, http: { port: 8080 } });
  });

  it('names the variable and how to fix it', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must be a SQLite file URL such as file:\.\/data\/thidua\.db/);
    expect(() => loadConfig({ DIALOG_TIMEOUT_MINUTES: 'nua tieng' })).toThrow(/DIALOG_TIMEOUT_MINUTES/);
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: 'abc' })).toThrow(/TELEGRAM_BOT_TOKEN: looks wrong: copy the whole token BotFather gave/);
  });

  it('never repeats a token in its messages', () => {
    const token = '123456789:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
    const error = (() => {
      try {
        loadConfig({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: 'not a url' });
      } catch (e) {
        return e as Error;
      }
      return null;
    })();
    expect(error?.message).toContain('TELEGRAM_API_ROOT');
    expect(error?.message).not.toContain(token);
  });

  it('reads Telegram settings and requires a secret for webhooks', () => {
    const token = '123456789:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/' }).telegram).toEqual({
      token,
      apiRoot: 'http://127.0.0.1:8081',
      webhookUrl: null,
      webhookSecret: null,
    });
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_WEBHOOK_URL: 'https://bot.example.vn/telegram' })).toThrow(/TELEGRAM_WEBHOOK_SECRET: required with TELEGRAM_WEBHOOK_URL/);
  });
});
