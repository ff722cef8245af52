import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/app.js';
import { ConsoleChannel } from '../../src/channels/console/console.js';
import { loadConfig } from '../../src/config.js';
import { LEAD_DAYS } from '../../src/campaign-file/shift-dates.js';
import { DAY_MS, daysUntil, formatDate } from '../../src/domain/dates.js';
import { demoAccountId, seedDemo } from '../../src/demo/seed.js';
import { loadCampaign } from '../support/core.js';
import { dropDatabase, freshDatabaseUrl } from '../support/database.js';

// The demo's database made a year after the campaign file's period: the campaign is
// placed around that day, so the console shows a campaign under way, not one a year overdue.

interface Demo {
  core: Core;
  now: { value: Date };
  console: ConsoleChannel;
  campaignId: number;
  /** seeds again, as the next `npm run demo` on the same database does */
  reseed(): Promise<void>;
}

const opened: Array<{ core: Core; url: string; dir: string }> = [];
afterEach(async () => {
  for (const { core, url, dir } of opened.splice(0)) {
    await core.close();
    await dropDatabase(url);
    rmSync(dir, { recursive: true, force: true });
  }
});

async function startDemo(at: string): Promise<Demo> {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-demo-seed-'));
  const url = await freshDatabaseUrl(dir);
  const now = { value: new Date(at) };
  const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent', FILE_STORE_DIR: join(dir, 'files') });
  const core = await createCore(config, { clock: () => now.value, logger: pino({ level: 'silent' }) });
  opened.push({ core, url, dir });
  const file = loadCampaign();
  const seed = () => seedDemo(core.db, core.services, file, { today: core.clock() });
  const seeded = await seed();
  const channel = new ConsoleChannel({
    engine: core.engine,
    members: core.services.members,
    i18n: core.i18n,
    organizationId: seeded.organizationId,
    userId: seeded.startAs!,
    input: new PassThrough(),
    output: new PassThrough(),
    interactive: false,
  });
  return { core, now, console: channel, campaignId: seeded.campaignId, reseed: async () => void (await seed()) };
}

const t = (demo: Demo, key: string, args?: Record<string, string | number>) => demo.core.i18n.t('vi', key, args);

async function placed(demo: Demo) {
  const view = await demo.core.services.campaigns.view(demo.campaignId);
  return { from: formatDate(view.startsOn), to: formatDate(view.endsOn), dues: view.deadlines.map((d) => formatDate(d.dueOn)), view };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern for the lines "• <deadline>: dd/mm/yyyy (còn N …)" of the deadlines (of these kinds),
 * each at least LEAD_DAYS ahead; N in whatever day count the locale's due-in-days uses.
 */
async function deadlinesAhead(demo: Demo, kinds?: readonly string[]): Promise<RegExp> {
  const { view } = await placed(demo);
  const inDays = escape(t(demo, 'due-in-days', { days: 999 })).replace('999', '\\d+');
  const lines = view.deadlines
    .filter((d) => !kinds || kinds.includes(d.kind))
    .map((d) => {
      expect(daysUntil(d.dueOn, demo.now.value)).toBeGreaterThanOrEqual(LEAD_DAYS);
      // /chiendich marks a date the plan did not set; /tiendo does not
      const mark = escape(t(demo, 'value-default', { value: '' }).trim());
      return `• ${escape(d.title)}(?: ${mark})?: ${formatDate(d.dueOn)} \\(${inDays}\\)`;
    });
  expect(lines.length).toBeGreaterThan(0);
  return new RegExp(lines.join('\n'));
}

describe('seedDemo placing the campaign around today', () => {
  it('a year after the plan: /chiendich, /tiendo and /nhacnho show deadlines ahead and nothing overdue', async () => {
    // Tuesday 15/12/2026 09:00 in Vietnam; the file's period ended 31/12/2025
    const demo = await startDemo('2026-12-15T02:00:00Z');
    const say = (line: string) => demo.console.handleLine(line);
    const overdue = t(demo, 'due-overdue', { days: 1 }).split('1')[0]!; // "đã quá hạn "
    const { from, to, view } = await placed(demo);
    expect([from, to]).toEqual(['24/03/2026', '03/02/2027']);
    expect(view.title.endsWith('năm 2026')).toBe(true);

    const campaign = await say('/chiendich');
    // the plan's period has no end date: the file's is a default, and says so
    expect(campaign).toContain(t(demo, 'campaign-period', { from, to }));
    const all = await deadlinesAhead(demo);
    expect(campaign).toMatch(all);
    expect(campaign).not.toContain(overdue);

    // the secretariat's own unit, reported today by the seeding: inside the period
    const progress = await say('/tiendo');
    expect(progress).toMatch(all);
    expect(progress.match(/báo cáo ngày (\d\d\/\d\d\/\d{4})/g)!.length).toBe(8);
    for (const date of progress.matchAll(/báo cáo ngày (\d\d\/\d\d\/\d{4})/g)) expect(date[1]).toBe('15/12/2026');
    expect(progress).not.toContain(overdue);

    // a unit head: the deadlines a head acts on (self-scoring and the dossier, not the council's vote)
    demo.console.become(demoAccountId('vhxh-1'));
    const reminders = await say('/nhacnho');
    expect(reminders).toContain(t(demo, 'remind-deadlines-title'));
    expect(reminders).toMatch(await deadlinesAhead(demo, ['SELF_SCORE', 'DOSSIER']));
    expect(reminders).not.toContain(t(demo, 'remind-deadlines-none'));
    expect(reminders).not.toContain(overdue);
    await say('/huy');
  });

  it('/vipham takes "Hôm nay": today is inside the period', async () => {
    const demo = await startDemo('2026-12-15T02:00:00Z');
    const say = (line: string) => demo.console.handleLine(line);
    await say('/vipham');
    await say('tu phap');
    expect(await say('Chậm gửi báo cáo tháng 11')).toContain(t(demo, 'violation-today'));
    const confirm = await say(t(demo, 'violation-today'));
    expect(confirm).not.toContain(t(demo, 'violation-date-outside', { from: '24/03/2026', to: '03/02/2027' }));
    expect(confirm).toContain('15/12/2026');
    expect(await say(t(demo, 'option-save'))).toBe(t(demo, 'violation-saved', { target: t(demo, 'violation-target-unit', { name: 'Tư pháp - Hộ tịch' }), date: '15/12/2026' }));
  });

  it('the next run keeps the placement while the period lasts, and places a finished demo afresh', async () => {
    const demo = await startDemo('2026-12-15T02:00:00Z');
    const first = await placed(demo);
    const reports = await demo.core.db.progressReport.count();

    // a month later: the same dates, even though a fresh placement would differ now
    demo.now.value = new Date(demo.now.value.getTime() + 30 * DAY_MS);
    await demo.reseed();
    const later = await placed(demo);
    expect([later.from, later.to, later.dues]).toEqual([first.from, first.to, first.dues]);
    expect(await demo.core.db.progressReport.count()).toBe(reports); // seeded once only

    // after the period's end: the campaign is placed around the new day
    demo.now.value = new Date('2027-06-15T02:00:00Z');
    await demo.reseed();
    const again = await placed(demo);
    expect([again.from, again.to, again.dues]).toEqual(['18/02/2027', '31/12/2027', ['29/11/2027', '06/12/2027', '15/12/2027']]);
    expect(again.view.title.endsWith('năm 2027')).toBe(true);
  });

  it("without `today`, the dates stay as the file has them (the other tests' fixed clocks rely on it)", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-demo-seed-'));
    const url = await freshDatabaseUrl(dir);
    const core = await createCore(loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent', FILE_STORE_DIR: join(dir, 'files') }), {
      clock: () => new Date('2026-12-15T02:00:00Z'),
      logger: pino({ level: 'silent' }),
    });
    opened.push({ core, url, dir });
    const { campaignId } = await seedDemo(core.db, core.services, loadCampaign(), { reports: false });
    const view = await core.services.campaigns.view(campaignId);
    expect([formatDate(view.startsOn), formatDate(view.endsOn)]).toEqual(['18/02/2025', '31/12/2025']);
  });
});
