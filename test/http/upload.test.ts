import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { QUANG } from '../channels/zalo/support/zalo.js';
import { launchBrowser, type TestBrowser } from '../support/browser.js';
import { PDF } from '../support/files.js';
import { startWebTest, type WebTest } from './support/web.js';

// A head on Zalo, where the Bot API carries no PDF: /nophoso answers with a link to the upload page;
// the head opens it in a real browser (Debian's Chromium), sends a PDF, sees the confirmation on the
// page and in the chat, and /hoso shows ✓. A used, expired or altered link, or another unit's
// page, is refused and stores nothing.

let browser: TestBrowser;
let web: WebTest | null = null;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});
afterEach(async () => {
  await web?.close();
  web = null;
});

/** /nophoso, then the Tờ trình: the reply with the upload link. */
async function uploadLink(w: WebTest): Promise<{ url: string; texts: string[] }> {
  const [kinds] = await w.say(QUANG, '/nophoso');
  const line = kinds!.split('\n').find((l) => l.includes('Tờ trình'));
  if (!line) throw new Error(`no Tờ trình in:\n${kinds}`);
  const texts = await w.say(QUANG, line.split('.')[0]!);
  return { url: w.linkIn(texts), texts };
}

const documentsOf = async (w: WebTest) =>
  (await w.bot.core.services.dossier.checklist(w.bot.campaignId, (await w.bot.core.services.members.actorById(await w.memberId('vhxh-1')))!.unit!.id)).filter((i) => i.document)
    .length;

describe('the upload page, from a Zalo chat', () => {
  it('a head uploads a PDF: the page and the chat confirm, /hoso shows ✓, the link then refuses', async () => {
    const w = (web = await startWebTest());
    await w.link('vhxh-1', QUANG);
    const { url, texts } = await uploadLink(w);
    expect(texts.join('\n')).toContain('Nộp tệp Tờ trình khen thưởng của cơ quan');
    expect(texts.join('\n')).toMatch(/dùng một lần, đến \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);

    const { page, status } = await browser.open(url);
    expect(status).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('Nộp tệp');
    expect(await page.locator('#item').textContent()).toBe('Tờ trình khen thưởng của cơ quan (Văn hóa - Xã hội)');
    if (process.env.UPDATE_SCREENSHOTS) {
      mkdirSync('docs/screenshots', { recursive: true });
      await page.screenshot({ path: 'docs/screenshots/upload-page.png', fullPage: true });
    }
    await page.setInputFiles('#file', { name: 'To trinh da ky.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.click('#send');
    await page.locator('#status.ok').waitFor();
    expect(await page.locator('#status').textContent()).toContain('Đã nhận tệp To trinh da ky.pdf cho mục Tờ trình khen thưởng của cơ quan.');
    if (process.env.UPDATE_SCREENSHOTS) await page.screenshot({ path: 'docs/screenshots/upload-done.png', fullPage: true });

    // The confirmation reaches the chat through the outbox, in the chat's own words.
    expect(await w.drainOutbox()).toBe(1);
    expect(w.api.textsTo(QUANG.id).at(-1)).toBe('Đã nhận tệp To trinh da ky.pdf cho mục Tờ trình khen thưởng của cơ quan.');
    const [checklist] = await w.say(QUANG, '/hoso');
    expect(checklist).toMatch(/✓ Tờ trình khen thưởng của cơ quan: To trinh da ky\.pdf/);

    // Once only: the page now says so, and a second upload stores nothing.
    const again = await browser.open(url);
    expect(again.status).toBe(410);
    expect(await again.page.locator('h1').textContent()).toBe('Đường dẫn đã được dùng');
    const post = await fetch(url, { method: 'POST', body: PDF, headers: { 'x-file-name': 'b.pdf' } });
    expect(post.status).toBe(410);
    expect(await documentsOf(w)).toBe(1);
  });

  it('a file refused by its content gives the link back; nothing is stored', async () => {
    const w = (web = await startWebTest());
    await w.link('vhxh-1', QUANG);
    const { url } = await uploadLink(w);
    const { page } = await browser.open(url);
    await page.setInputFiles('#file', { name: 'virus.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]) });
    await page.click('#send');
    await page.locator('#status.error').waitFor();
    expect(await page.locator('#status').textContent()).toContain('Không nhận tệp "virus.pdf"');
    expect(await documentsOf(w)).toBe(0);
    // The same link still takes a proper file.
    const ok = await fetch(url, { method: 'POST', body: PDF, headers: { 'x-file-name': 'to-trinh.pdf' } });
    expect(ok.status).toBe(200);
    expect(await documentsOf(w)).toBe(1);
  });

  it('refuses an expired or altered link, and another unit’s page, storing nothing', async () => {
    const w = (web = await startWebTest());
    await w.link('vhxh-1', QUANG);
    const { url } = await uploadLink(w);

    const [body, signature] = url.split('/').at(-1)!.split('.');
    const altered = url.replace(signature!, `${signature!.slice(0, 5)}${signature![5] === 'x' ? 'y' : 'x'}${signature!.slice(6)}`);
    const forged = await browser.open(altered);
    expect(forged.status).toBe(403);
    expect(await forged.page.locator('h1').textContent()).toBe('Đường dẫn không hợp lệ');
    expect((await fetch(url.replace(body!, `${body!.slice(0, 8)}${body![8] === 'x' ? 'y' : 'x'}${body!.slice(9)}`))).status).toBe(403);
    expect((await fetch(altered, { method: 'POST', body: PDF })).status).toBe(403);

    // Another unit's head holding a link to this unit's item (made for them, or a leaked secret): refused.
    const services = w.bot.core.services;
    const otherHead = await w.memberId('dcxd-1');
    const item = (await services.dossier.checklist(w.bot.campaignId, (await services.members.actorById(await w.memberId('vhxh-1')))!.unit!.id))[0]!;
    const vhxhUnit = (await services.members.actorById(await w.memberId('vhxh-1')))!.unit!.id;
    const foreign = services.webLinks.mint(otherHead, {
      kind: 'dossier',
      channel: 'ZALO',
      campaignId: w.bot.campaignId,
      unitId: vhxhUnit,
      kindId: item.kindId,
      nominationId: null,
    });
    const theirs = await browser.open(foreign.url);
    expect(theirs.status).toBe(403);
    expect(await theirs.page.locator('h1').textContent()).toBe('Không có quyền nộp tệp này');
    expect((await fetch(foreign.url, { method: 'POST', body: PDF })).status).toBe(403);

    // Past its minutes (WEB_LINK_MINUTES, 30 by default) the link is over.
    w.bot.now.value = new Date(w.bot.now.value.getTime() + 31 * 60_000);
    const late = await browser.open(url);
    expect(late.status).toBe(410);
    expect(await late.page.locator('h1').textContent()).toBe('Đường dẫn đã hết hạn');
    expect((await fetch(url, { method: 'POST', body: PDF })).status).toBe(410);

    expect(await documentsOf(w)).toBe(0);
    expect(await w.drainOutbox()).toBe(0);
  });
});
