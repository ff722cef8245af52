import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createCore } from '../../app.js';
import { parseCampaignFile } from '../../campaign-file/parse.js';
import { loadConfig, loadDotEnv } from '../../config.js';
import { seedDemo } from '../../services/demo-seed.js';
import { ConsoleChannel } from './console.js';

// npm run demo: the bot in the terminal, on its own SQLite file, with the Kim Phượng campaign.
// Reads lines from a pipe too, so it can be scripted: printf '/xephang\n' | npm run demo --silent

loadDotEnv();
const config = loadConfig({ LOG_LEVEL: 'warn', ...process.env, DATABASE_URL: process.env.DEMO_DATABASE_URL ?? 'file:./data/demo.db' });
const campaignPath = resolve(process.env.DEMO_CAMPAIGN ?? 'campaigns/kim-phuong-2025.yaml');
const parsed = parseCampaignFile(readFileSync(campaignPath, 'utf8'), campaignPath);
const core = await createCore(config);
if (!parsed.ok) {
  for (const e of parsed.errors) console.error(core.i18n.t('vi', e.key, e.args));
  process.exit(1);
}
try {
  const seeded = await seedDemo(core.db, core.services, parsed.file);
  const channel = new ConsoleChannel({
    engine: core.engine,
    members: core.services.members,
    i18n: core.i18n,
    organizationId: seeded.organizationId,
    userId: seeded.startAs ?? 'visitor',
    input: process.stdin,
    output: process.stdout,
    interactive: process.stdin.isTTY === true,
  });
  await channel.run();
} finally {
  await core.close();
}
