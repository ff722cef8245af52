import { afterEach, describe, expect, it } from 'vitest';
import { QUANG } from '../channels/zalo/support/zalo.js';
import { nominateVhxh } from '../support/documents.js';
import { startWebTest, type WebTest } from './support/web.js';

// Documents Zalo cannot carry go as a link bound to the person who asked: each download loads them
// again, so a role taken away closes it; past WEB_LINK_MINUTES it is over.

let web: WebTest | null = null;
afterEach(async () => {
  await web?.close();
  web = null;
});

/** /vanban, then the first document offered: the link in the answer. */
async function documentLink(w: WebTest): Promise<string> {
  const [listing] = await w.say(QUANG, '/vanban');
  const first = listing!.split('\n').find((l) => /^1\. /.test(l));
  if (!first) throw new Error(`nothing offered in:\n${listing}`);
  return w.linkIn(await w.say(QUANG, '1'));
}

describe('download links on Zalo', () => {
  it('serve the document to its person until a role is taken away', async () => {
    const w = (web = await startWebTest());
    await nominateVhxh(w.bot);
    await w.link('vhxh-1', QUANG);
    const url = await documentLink(w);
    expect(url).toContain('/web/tai-tep/');
    expect((await fetch(url)).status).toBe(200);
    await w.bot.core.db.roleGrant.deleteMany({ where: { memberId: await w.memberId('vhxh-1'), role: 'HEAD' } });
    const refused = await fetch(url);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('Không còn quyền tải tệp này');
  });

  it('expire after WEB_LINK_MINUTES', async () => {
    const w = (web = await startWebTest());
    await nominateVhxh(w.bot);
    await w.link('vhxh-1', QUANG);
    const url = await documentLink(w);
    w.bot.now.value = new Date(w.bot.now.value.getTime() + 29 * 60_000);
    expect((await fetch(url)).status).toBe(200);
    w.bot.now.value = new Date(w.bot.now.value.getTime() + 2 * 60_000);
    const late = await fetch(url);
    expect(late.status).toBe(410);
    expect(await late.text()).toContain('Đường dẫn đã hết hạn');
  });
});
