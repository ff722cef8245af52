import { writeFileSync } from 'node:fs';
import pino from 'pino';
import { createCore } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { loadCampaign } from '../../test/support/core.js';
import { seedCity, type CityShape } from './city-seed.js';

// tsx bench/support/seed-city-process.ts <DATABASE_URL> <FILE_STORE_DIR> <shape as JSON> <out.json>
//
// Seeds the synthetic city in a process of its own, so that the benchmark's process measures bots
// on a heap that holds no leftovers of the seeding (hundreds of MB, whose collection would fall on
// whichever bot allocates more); writes the seeded city (ids of members) to out.json.

const [databaseUrl, fileStoreDir, shapeJson, out] = process.argv.slice(2);
if (!databaseUrl || !fileStoreDir || !shapeJson || !out) throw new Error('usage: seed-city-process.ts <DATABASE_URL> <FILE_STORE_DIR> <shape JSON> <out.json>');
const core = await createCore(loadConfig({ DATABASE_URL: databaseUrl, FILE_STORE_DIR: fileStoreDir, LOG_LEVEL: 'silent' }), { logger: pino({ level: 'silent' }) });
try {
  writeFileSync(out, JSON.stringify(await seedCity(core.db, loadCampaign(), JSON.parse(shapeJson) as CityShape)));
} finally {
  await core.close();
}
