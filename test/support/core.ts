import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import pino, { type Logger } from 'pino';
import { createCore, type Core } from '../../src/app.js';
import { parseCampaignFile } from '../../src/campaign-file/parse.js';
import type { CampaignFile } from '../../src/campaign-file/schema.js';
import { ConsoleChannel } from '../../src/channels/console/console.js';
import { loadConfig } from '../../src/config.js';
import { demoAccountId, seedDemo } from '../../src/demo/seed.js';
import { dropDatabase, freshDatabaseUrl } from './database.js';

export function loadCampaign(path = 'campaigns/kim-phuong-2025.yaml'): CampaignFile {
  const parsed = parseCampaignFile(readFileSync(path, 'utf8'), path);
  if (!parsed.ok) throw new Error(`${path}: ${JSON.stringify(parsed.errors)}`);
  return parsed.file;
}

export interface TestBot {
  core: Core;
  dir: string;
  url: string;
  console: ConsoleChannel;
  organizationId: number;
  campaignId: number;
  /** the clock every service reads; tests move it */
  now: { value: Date };
  /** one line typed in the console as the current identity */
  say(line: string): Promise<string>;
  /** become the declared member with this code */
  as(memberCode: string): void;
  close(): Promise<void>;
}

/**
 * A real core on a fresh SQLite file with the Kim Phượng campaign imported and every declared
 * member given a console account. `withReports` adds the demo's seeded reports; `logger` hears
 * the core (the dialog engine's own errors among others); `campaign` names another campaign file.
 */
export async function startTestBot(options: { now?: Date; withReports?: boolean; logger?: Logger; campaign?: string; env?: NodeJS.ProcessEnv } = {}): Promise<TestBot> {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-test-'));
  const url = await freshDatabaseUrl(dir);
  const now = { value: options.now ?? new Date('2025-11-20T02:00:00Z') };
  // `env` adds settings (PUBLIC_BASE_URL and WEB_LINK_SECRET for the web pages' signed links).
  const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent', FILE_STORE_DIR: join(dir, 'files'), ...options.env });
  const core = await createCore(config, { clock: () => now.value, logger: options.logger ?? pino({ level: 'silent' }) });
  const file = loadCampaign(options.campaign);
  const seeded = await seedDemo(core.db, core.services, file, { reports: options.withReports === true });
  const channel = new ConsoleChannel({
    engine: core.engine,
    members: core.services.members,
    i18n: core.i18n,
    organizationId: seeded.organizationId,
    userId: seeded.startAs ?? 'visitor',
    input: new PassThrough(),
    output: new PassThrough(),
    interactive: false,
    documentsDir: join(dir, 'documents'),
  });
  core.engine.setAnnouncer(channel.channel, channel.announcer);
  return {
    core,
    dir,
    url,
    console: channel,
    organizationId: seeded.organizationId,
    campaignId: seeded.campaignId,
    now,
    say: (line) => channel.handleLine(line),
    as: (code) => channel.become(demoAccountId(code)),
    close: async () => {
      await core.close();
      await dropDatabase(url);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
