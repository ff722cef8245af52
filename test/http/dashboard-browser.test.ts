import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccountId } from '../../src/demo/seed.js';
import { formatNumber } from '../../src/domain/numbers.js';
import type { Actor } from '../../src/services/campaigns/members.js';
import { launchBrowser, type TestBrowser } from '../support/browser.js';
import { linkIn, seedCourse, startDashboardBot, telegramInitData, type DashboardBot } from './dashboard-setup.js';

// The dashboard in headless Chromium on a phone-sized window, opened the ways people open it: the
// link /bangdieukhien and /xephang give in chat, and the Telegram Mini App with its initData.

let bot: DashboardBot;
let browser: TestBrowser;
beforeAll(async () => {
  bot = await startDashboardBot();
  await seedCourse(bot);
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await bot?.close();
});

async function actor(code: string): Promise<Actor> {
  const found = await bot.core.services.members.findActor('CONSOLE', demoAccountId(code));
  if (!found) throw new Error(`no console account for ${code}`);
  return found;
}

const cells = (page: import('playwright-core').Page, selector: string) =>
  page.$$eval(selector, (rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())));

describe('the leader opens the link of /bangdieukhien', () => {
  it('shows the numbers of /xephang and of the summary workbook, with the charts drawn', async () => {
    const url = linkIn(await bot.say('ct-ubnd', '/bangdieukhien'));
    const { page, status } = await browser.open(url);
    expect(status).toBe(200);
    // The page is the link's own and kept nowhere; the chart script is everyone's and cached a day.
    const src = new URL((await page.getAttribute('script[src*="static/chart"]', 'src'))!, page.url());
    expect((await fetch(src)).headers.get('cache-control')).toBe('public, max-age=86400');
    expect((await fetch(page.url())).headers.get('cache-control')).toBe('no-store');
    const rows = await cells(page, '#standings-table tbody tr');

    const chat = (await bot.say('ct-ubnd', '/xephang')).split('\n');
    const book = await bot.core.services.summaryReport.buildSummaryWorkbook(bot.campaignId, bot.now.value, { actor: await actor('vptk-1'), t: bot.core.i18n.translator('vi') });
    const sheet = (await readXlsxFile(Buffer.from(book.bytes)))[0]!.data.slice(1);
    expect(rows).toHaveLength(6);
    expect(sheet).toHaveLength(6);
    for (const [i, [rank, unit, score, grade]] of rows.entries()) {
      // "1. Văn hóa - Xã hội — 95,3 điểm — Xuất sắc" in chat; the same row in the workbook, as numbers
      expect(chat.some((line) => line.startsWith(`${rank}. ${unit} — ${score} điểm — ${grade}`))).toBe(true);
      const [xRank, xUnit, xScore, xGrade] = sheet[i]!;
      expect([String(xRank), xUnit, formatNumber(Number(xScore)), xGrade]).toEqual([rank, unit, score, grade]);
    }
    // Chart.js, served by the bot, drew every chart of the page.
    const drawn = await page.evaluate(() => {
      const chart = (globalThis as unknown as { Chart?: { getChart(id: string): unknown } }).Chart;
      return ['chart-standings', 'chart-trend', 'chart-areas'].map((id) => Boolean(chart?.getChart(id)));
    });
    expect(drawn).toEqual([true, true, true]);
    // The pictures in docs/: UPDATE_SCREENSHOTS=1 npx vitest run test/http/dashboard-browser.test.ts
    if (process.env.UPDATE_SCREENSHOTS) await page.screenshot({ path: 'docs/screenshots/dashboard-overview.png', fullPage: true });

    // A unit's name opens its page, with the way back.
    await page.click('#standings-table tbody tr:first-child a');
    await page.waitForSelector('#unit-standing');
    expect(await page.textContent('#unit-standing')).toMatch(new RegExp(`^Hạng 1/6 — ${rows[0]![2]} điểm — ${rows[0]![3]}`));
    expect(await page.getByText('← Toàn phong trào').count()).toBe(1);
  }, 60_000);

  it('is also linked under the answer of /xephang', async () => {
    const answer = await bot.say('vptk-1', '/xephang');
    expect(answer).toMatch(/Xem diễn biến, từng lĩnh vực và từng đơn vị trên bảng điều khiển: http:\/\/127\.0\.0\.1:\d+\/web\/bang-tin\/\S+/);
    const { page, status } = await browser.open(linkIn(answer.slice(answer.indexOf('bảng điều khiển:'))));
    expect(status).toBe(200);
    expect(await page.textContent('h1')).toBe('Bảng điều khiển');
  }, 60_000);
});

describe('a head', () => {
  it('sees their own unit only', async () => {
    const answer = await bot.say('vhxh-1', '/bangdieukhien');
    expect(answer.split('\n')[0]).toBe(
      'Bảng điều khiển của Văn hóa - Xã hội: xếp hạng theo thời gian, theo lĩnh vực, ai còn thiếu việc gì, tiến trình khen thưởng. Liên kết dành riêng cho anh/chị, dùng được 30 phút, không chuyển cho người khác:',
    );
    const { page, status } = await browser.open(linkIn(answer));
    expect(status).toBe(200);
    expect(await page.textContent('h1')).toBe('Văn hóa - Xã hội');
    expect(await page.getByText('← Toàn phong trào').count()).toBe(0);
    expect(await page.$$eval('[data-criterion]', (rows) => rows.length)).toBe(9);
    if (process.env.UPDATE_SCREENSHOTS) await page.screenshot({ path: 'docs/screenshots/dashboard-unit.png', fullPage: true });

    // Another unit's page: refused in chat, and refused by the page even under a link signed for them.
    expect(await bot.say('vhxh-1', '/bangdieukhien tu phap')).toBe('Anh/chị chỉ xem và báo cáo được cho đơn vị của mình, không phải Tư pháp - Hộ tịch.');
    const head = await actor('vhxh-1');
    const campaign = await bot.core.services.campaigns.view(bot.campaignId);
    const other = campaign.units.find((u) => u.code === 'TPHT')!;
    for (const unitId of [other.id, null]) {
      const signed = bot.core.services.webLinks.mint(head.memberId, { kind: 'dashboard', campaignId: bot.campaignId, unitId });
      const refused = await browser.open(signed.url);
      expect(refused.status).toBe(403);
      expect(await refused.page.textContent('body')).toContain(
        unitId === null ? 'Bảng điều khiển toàn phong trào dành cho lãnh đạo UBND' : 'Anh/chị chỉ xem được trang của đơn vị mình.',
      );
      expect(await refused.page.textContent('body')).not.toContain(other.name);
    }
    // A link changed by hand (the leader's, with the head's unit swapped in) is not a link.
    const leaderLink = linkIn(await bot.say('ct-ubnd', '/bangdieukhien'));
    const [body, signature] = leaderLink.slice(leaderLink.lastIndexOf('/') + 1).split('.');
    const payload = JSON.parse(Buffer.from(body!, 'base64url').toString('utf8')) as { m: number };
    payload.m = head.memberId;
    const altered = `${leaderLink.slice(0, leaderLink.lastIndexOf('/') + 1)}${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${signature}`;
    const forged = await browser.open(altered);
    expect(forged.status).toBe(403);
  }, 60_000);
});

describe('the Telegram Mini App', () => {
  const TELEGRAM_ID = 777001;
  const start = (initData: string) =>
    `${bot.baseUrl}/web/bang-tin/telegram?c=${bot.campaignId}#tgWebAppData=${encodeURIComponent(initData)}&tgWebAppVersion=8.0&tgWebAppPlatform=android`;

  beforeAll(async () => {
    const leader = await actor('ct-ubnd');
    await bot.core.services.members.linkAccount(leader.memberId, 'TELEGRAM', String(TELEGRAM_ID), 'Trương Anh Tú');
  });

  it('opens the dashboard of the person Telegram signed for', async () => {
    const { page } = await browser.open(start(telegramInitData({ userId: TELEGRAM_ID, authDate: new Date(bot.now.value.getTime() - 60_000) })));
    await page.waitForSelector('#standings-table');
    // on a signed link of its own, Telegram's initData left behind
    expect(page.url()).toMatch(/\/web\/bang-tin\/[\w-]+\.[\w-]+#?$/);
    expect(await page.$$eval('#standings-table tbody tr', (rows) => rows.length)).toBe(6);
  }, 60_000);

  it('refuses forged, expired or missing initData, and a Telegram account nobody registered', async () => {
    const now = bot.now.value;
    const cases: Array<[string, string]> = [
      [telegramInitData({ userId: TELEGRAM_ID, authDate: now }, '123456:another-bot'), 'Không xác minh được yêu cầu này là từ Telegram.'],
      [telegramInitData({ userId: TELEGRAM_ID, authDate: now }).replace('777001', '777002'), 'Không xác minh được yêu cầu này là từ Telegram.'],
      [telegramInitData({ userId: TELEGRAM_ID, authDate: new Date(now.getTime() - 2 * 3600_000) }), 'Phiên mở bảng điều khiển đã quá hạn.'],
      [telegramInitData({ userId: 424242, authDate: now }), 'Tài khoản Telegram này chưa đăng ký với bot.'],
    ];
    for (const [initData, said] of cases) {
      const { page } = await browser.open(start(initData));
      await page.waitForLoadState('load');
      await page.waitForSelector('h1');
      expect(await page.textContent('body')).toContain(said);
      expect(await page.$('#standings-table')).toBeNull();
    }
    // Posted by hand: nonsense, or far too much of it.
    const post = (body: string) => fetch(`${bot.baseUrl}/web/bang-tin/telegram`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
    expect((await post('initData=%ZZ&c=abc')).status).toBe(403);
    expect((await post(`initData=${'x'.repeat(100_000)}`)).status).toBe(413);
    // Opened outside Telegram: no initData at all.
    const { page } = await browser.open(`${bot.baseUrl}/web/bang-tin/telegram`);
    expect(await page.isVisible('#missing')).toBe(true);
  }, 60_000);
});
