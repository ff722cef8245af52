import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import pino from 'pino';
import { createCore, type Core } from '../../src/app.js';
import { ConsoleChannel } from '../../src/channels/console/console.js';
import { loadConfig } from '../../src/config.js';
import { demoAccountId, seedDemo } from '../../src/demo/seed.js';
import { registerWebPages } from '../../src/http/pages/index.js';
import { createHttpServer, type HttpServer } from '../../src/http/server.js';
import { loadCampaign, type TestBot } from '../support/core.js';
import { nominate } from '../support/council.js';
import { dropDatabase, freshDatabaseUrl } from '../support/database.js';

// The bot as `npm start` serves the dashboard: a real core on a fresh SQLite file with the Kim
// Phượng campaign and the demo's reports, the HTTP server on 127.0.0.1 with the web pages, and
// PUBLIC_BASE_URL pointing at it, so the links chat hands out open in a real browser.

export const TELEGRAM_TOKEN = '123456:dashboard-test-token';

export interface DashboardBot {
  core: Core;
  baseUrl: string;
  organizationId: number;
  campaignId: number;
  now: { value: Date };
  /** a line typed in the console as the declared member with this code */
  say(memberCode: string, line: string): Promise<string>;
  close(): Promise<void>;
}

/** `publicBaseUrl`: the address links are made under, when not the server's own (an https proxy in front of it). */
export async function startDashboardBot(options: { publicBaseUrl?: string } = {}): Promise<DashboardBot> {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-dashboard-'));
  const url = await freshDatabaseUrl(dir);
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  // The server first: PUBLIC_BASE_URL needs the port it was given.
  const server: HttpServer = createHttpServer({ host: '127.0.0.1', port: 0, logger });
  await server.start();
  const baseUrl = options.publicBaseUrl ?? `http://127.0.0.1:${server.address()!.port}`;
  const now = { value: new Date('2025-11-20T02:00:00Z') };
  const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent', FILE_STORE_DIR: join(dir, 'files'), PUBLIC_BASE_URL: baseUrl, WEB_LINK_SECRET: 'x'.repeat(40) });
  const core = await createCore(config, { clock: () => now.value, logger });
  const seeded = await seedDemo(core.db, core.services, loadCampaign(), { reports: true });
  registerWebPages(server.app, { services: core.services, i18n: core.i18n, logger, telegramToken: TELEGRAM_TOKEN, clock: () => now.value });
  const channel = new ConsoleChannel({
    engine: core.engine,
    members: core.services.members,
    i18n: core.i18n,
    organizationId: seeded.organizationId,
    userId: 'visitor',
    input: new PassThrough(),
    output: new PassThrough(),
    interactive: false,
    documentsDir: join(dir, 'documents'),
  });
  return {
    core,
    baseUrl,
    organizationId: seeded.organizationId,
    campaignId: seeded.campaignId,
    now,
    say: (code, line) => {
      channel.become(demoAccountId(code));
      return channel.handleLine(line);
    },
    close: async () => {
      await server.stop();
      await core.close();
      await dropDatabase(url);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Two weeks of the campaign, for a dashboard with something to show: standings kept on 20/11 and
 * 27/11 and 02/12 (two units report everything in between), and nominations at several stages.
 */
export async function seedCourse(bot: DashboardBot): Promise<void> {
  const { services } = bot.core;
  const campaign = await services.campaigns.view(bot.campaignId);
  await services.standings.current(bot.campaignId);
  for (const [day, code, value] of [
    ['2025-11-27T03:00:00Z', 'vhxh-1', 100],
    ['2025-12-02T03:00:00Z', 'dcxd-1', 96],
  ] as const) {
    bot.now.value = new Date(day);
    const head = (await services.members.findActor('CONSOLE', demoAccountId(code)))!;
    for (const c of campaign.taskAreas.flatMap((a) => a.criteria)) {
      await services.reports.saveProgress({ actor: head, campaignId: bot.campaignId, unitId: head.unit!.id, criterionId: c.id, value, note: null, channel: 'CONSOLE' });
    }
    await services.standings.current(bot.campaignId);
  }
  const asTestBot = bot as unknown as TestBot;
  await nominate(asTestBot, { kind: 'COLLECTIVE', unitCode: 'VHXH' }, 'PASSED');
  await nominate(asTestBot, { kind: 'INDIVIDUAL', unitCode: 'VHXH', memberCode: 'vhxh-1' }, 'SUBMITTED');
  await nominate(asTestBot, { kind: 'COLLECTIVE', unitCode: 'DCXD' }, 'DRAFT');
}

/** The first address in a chat answer. */
export function linkIn(text: string): string {
  const found = /https?:\/\/\S+/.exec(text);
  if (!found) throw new Error(`no link in: ${text}`);
  return found[0];
}

/**
 * initData as a Telegram client hands it to a Mini App, signed the way Telegram's documentation
 * describes (written here independently of the library the bot uses): the fields but `hash` as
 * sorted key=value lines, HMAC-SHA-256 under HMAC-SHA-256(key "WebAppData", the bot token).
 */
export function telegramInitData(fields: { userId: number; authDate: Date }, token = TELEGRAM_TOKEN): string {
  const params = new URLSearchParams({
    query_id: 'AAHdF6IQAAAAAN0XohDhrOrc',
    user: JSON.stringify({ id: fields.userId, first_name: 'Tú', last_name: 'Trương', language_code: 'vi' }),
    auth_date: String(Math.floor(fields.authDate.getTime() / 1000)),
  });
  const dataCheckString = [...params.entries()]
    .map(([k, v]) => `${k}=${v}`)
    .sort()
    .join('\n');
  const secret = createHmac('sha256', 'WebAppData').update(token).digest();
  params.set('hash', createHmac('sha256', secret).update(dataCheckString).digest('hex'));
  return params.toString();
}
