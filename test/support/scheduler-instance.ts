import pino from 'pino';
import { createCore } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createScheduler, leaseClaim } from '../../src/jobs/scheduler.js';

// One bot instance's scheduler, as main.ts wires it (lease claims on the shared database), with a
// job that fires every second and prints "tick <second> <pid>": two of these on one database must
// print each second once between them. Usage: tsx test/support/scheduler-instance.ts <lease ms>

const leaseMs = Number(process.argv[2] ?? 1500);
const core = await createCore(loadConfig(), { logger: pino({ level: 'silent' }) });
const tick = {
  name: 'tick',
  cron: '* * * * * *',
  descriptionKey: 'job-checkin',
  run: async () => console.log(`tick ${Math.floor(Date.now() / 1000)} ${process.pid}`),
};
const scheduler = createScheduler([tick], core.logger, { claim: leaseClaim(core.services.jobLeases, `instance-${process.pid}`, leaseMs) });
await scheduler.start();
console.log(`ready ${process.pid}`);
process.once('SIGTERM', () => void scheduler.stop().then(() => core.close()));
