import { describe, expect, it } from 'vitest';
import { CHANNEL_CAPABILITIES } from '../../src/channels/contract.js';
import { CHANNELS } from '../../src/channels/registry.js';
import { loadConfig } from '../../src/config.js';
import { startTestBot } from '../support/core.js';

// npm start builds its channels from this list: which are configured, which need the shared HTTP
// server, and each one's code behind a factory.

const TELEGRAM = { TELEGRAM_BOT_TOKEN: '123456789:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' };
const ZALO = { ZALO_BOT_TOKEN: '987654321:zalo-token-zalo-token-zalo' };
const entry = (channel: string) => CHANNELS.find((e) => e.channel === channel)!;

describe('the channel registry', () => {
  it('lists Telegram before Zalo (the start order), and each is configured by its token', () => {
    expect(CHANNELS.map((e) => e.channel)).toEqual(['TELEGRAM', 'ZALO']);
    const both = loadConfig({ ...TELEGRAM, ...ZALO });
    expect(CHANNELS.filter((e) => e.configured(both)).map((e) => e.channel)).toEqual(['TELEGRAM', 'ZALO']);
    const zaloOnly = loadConfig(ZALO);
    expect(CHANNELS.filter((e) => e.configured(zaloOnly)).map((e) => e.channel)).toEqual(['ZALO']);
  });

  it('asks for the shared HTTP server for a webhook, and for Zalo when files are served at a public address', () => {
    expect(entry('TELEGRAM').listens(loadConfig(TELEGRAM))).toBe(false);
    expect(entry('TELEGRAM').listens(loadConfig({ ...TELEGRAM, TELEGRAM_WEBHOOK_URL: 'https://bot.example.vn/tg', TELEGRAM_WEBHOOK_SECRET: 'secret_0123456789' }))).toBe(true);
    expect(entry('ZALO').listens(loadConfig(ZALO))).toBe(false);
    expect(entry('ZALO').listens(loadConfig({ ...ZALO, PUBLIC_BASE_URL: 'https://bot.example.vn' }))).toBe(true);
    expect(entry('ZALO').listens(loadConfig({ ...ZALO, ZALO_WEBHOOK_URL: 'https://bot.example.vn/zalo', ZALO_WEBHOOK_SECRET: 'secret_0123456789' }))).toBe(true);
    // Zalo is not configured: its public address setting asks for nothing
    expect(entry('ZALO').listens(loadConfig({ ...TELEGRAM, PUBLIC_BASE_URL: 'https://bot.example.vn' }))).toBe(false);
  });

  it('builds each channel as an adapter of the contract: its channel, capabilities, deliverer and announcer', async () => {
    const bot = await startTestBot();
    try {
      const config = loadConfig({ ...TELEGRAM, ...ZALO });
      for (const e of CHANNELS) {
        const adapter = (await e.load()).createAdapter({ core: bot.core, config, server: null, onFatal: () => undefined });
        expect(adapter.channel).toBe(e.channel);
        expect(adapter.capabilities).toEqual(CHANNEL_CAPABILITIES[e.channel]);
        expect(typeof adapter.deliver).toBe('function');
        expect(adapter.announcer?.chatFor({ [e.channel]: 'group-1' })).toBe('group-1');
        expect(adapter.announcer?.chatFor({})).toBeNull();
      }
    } finally {
      await bot.close();
    }
  });
});
