import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config.js';

// The Zalo settings: defaults, what is required together, messages that name the variable.

const token = '12345689:abc-xyz_TOKEN';

describe('Zalo configuration', () => {
  it('is off without a token; on with defaults with one', () => {
    expect(loadConfig({})).toMatchObject({ zalo: null, publicBaseUrl: null });
    expect(loadConfig({ ZALO_BOT_TOKEN: token }).zalo).toEqual({ token, apiRoot: 'https://bot-api.zaloplatforms.com', webhookUrl: null, webhookSecret: null });
  });

  it('reads the API root, the webhook and PUBLIC_BASE_URL, without trailing slashes', () => {
    const config = loadConfig({
      ZALO_BOT_TOKEN: token,
      ZALO_API_ROOT: 'http://127.0.0.1:9000/',
      ZALO_WEBHOOK_URL: 'https://bot.example.vn/zalo',
      ZALO_WEBHOOK_SECRET: 'bi-mat-8',
      PUBLIC_BASE_URL: 'https://bot.example.vn/',
    });
    expect(config.zalo).toEqual({ token, apiRoot: 'http://127.0.0.1:9000', webhookUrl: 'https://bot.example.vn/zalo', webhookSecret: 'bi-mat-8' });
    expect(config.publicBaseUrl).toBe('https://bot.example.vn');
  });

  it('names the variable and how to fix it, never repeating the token', () => {
    const fails = (env: Record<string, string>) => {
      try {
        loadConfig(env);
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigError);
        return (e as Error).message;
      }
      throw new Error('no error');
    };
    expect(fails({ ZALO_BOT_TOKEN: 'abc' })).toMatch(/ZALO_BOT_TOKEN: looks wrong: copy the whole token Zalo Bot Manager gave/);
    expect(fails({ ZALO_BOT_TOKEN: token, ZALO_WEBHOOK_URL: 'https://bot.example.vn/zalo' })).toMatch(/ZALO_WEBHOOK_SECRET: required with ZALO_WEBHOOK_URL/);
    expect(fails({ ZALO_BOT_TOKEN: token, ZALO_WEBHOOK_URL: 'http://bot.example.vn/zalo', ZALO_WEBHOOK_SECRET: 'bi-mat-8' })).toMatch(
      /ZALO_WEBHOOK_URL: Zalo calls https webhooks only/,
    );
    expect(fails({ ZALO_WEBHOOK_SECRET: 'short' })).toMatch(/ZALO_WEBHOOK_SECRET: use 8 to 256/);
    expect(fails({ ZALO_WEBHOOK_SECRET: 'x'.repeat(257) })).toMatch(/ZALO_WEBHOOK_SECRET/);
    expect(fails({ PUBLIC_BASE_URL: 'bot.example.vn' })).toMatch(/PUBLIC_BASE_URL: must be the public https address/);
    const message = fails({ ZALO_BOT_TOKEN: token, ZALO_API_ROOT: 'not a url' });
    expect(message).toContain('ZALO_API_ROOT');
    expect(message).not.toContain(token);
  });
});
