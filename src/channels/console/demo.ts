import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createCore } from '../../app.js';
import { parseCampaignFile } from '../../campaign-file/parse.js';
import { loadCoreConfig, loadDotEnv } from '../../config.js';
import { databaseKind, sqlitePath } from '../../db/adapter.js';
import { I18n } from '../../i18n/i18n.js';
import { programFile } from '../../paths.js';
import { seedDemo } from '../../demo/seed.js';
import { reportStartupFailure, startupError } from '../../startup.js';
import { ConsoleChannel } from './console.js';

// npm run demo: the bot in the terminal, on its own SQLite file, with the Kim Phượng campaign.
// Reads lines from a pipe too, so it can be scripted: printf '/xephang\n' | npm run demo --silent

loadDotEnv();
const started = await start().catch((error: unknown) => reportStartupFailure(error));
if (started) {
  const { core, parsed, documentsDir } = started;
  try {
    const seeded = await seedDemo(core.db, core.services, parsed.file, { today: core.clock() });
    const channel = new ConsoleChannel({
      engine: core.engine,
      members: core.services.members,
      i18n: core.i18n,
      organizationId: seeded.organizationId,
      userId: seeded.startAs ?? 'visitor',
      input: process.stdin,
      output: process.stdout,
      interactive: process.stdin.isTTY === true,
      documentsDir,
    });
    core.engine.setAnnouncer(channel.channel, channel.announcer);
    await channel.start();
    await channel.finished();
  } finally {
    await core.close();
  }
}

/** The campaign file and the core; only the core settings are read, so no channel setting can stop the demo. */
async function start() {
  const config = loadCoreConfig({
    ...process.env,
    LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
    DATABASE_URL: process.env.DEMO_DATABASE_URL || 'file:./data/demo.db',
  });
  // The shipped campaign wherever the demo is started from; DEMO_CAMPAIGN from the current folder.
  const campaignPath = process.env.DEMO_CAMPAIGN ? resolve(process.env.DEMO_CAMPAIGN) : programFile('campaigns/kim-phuong-2025.yaml');
  let text: string;
  try {
    text = readFileSync(campaignPath, 'utf8');
  } catch (error) {
    throw startupError('demo-campaign-unreadable', { file: campaignPath, reason: (error as NodeJS.ErrnoException).code ?? String(error) }, error);
  }
  const parsed = parseCampaignFile(text, campaignPath);
  if (!parsed.ok) {
    for (const e of parsed.errors) console.error(I18n.shared().t('vi', e.key, e.args));
    process.exit(1);
  }
  // Files the bot sends go beside the demo's database (data/documents/), where the officer can open them.
  const documentsDir = databaseKind(config.databaseUrl) === 'sqlite' ? join(dirname(sqlitePath(config.databaseUrl)), 'documents') : resolve('data/documents');
  return { core: await createCore(config), parsed, documentsDir };
}
