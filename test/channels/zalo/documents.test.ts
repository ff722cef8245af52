import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentChoice } from '../../../src/services/documents/types.js';
import { docxText, NOMINEE, nominateVhxh } from '../../support/documents.js';
import { VHXH } from '../../support/kim-phuong.js';
import { QUANG, startZaloTest, type ZaloTest } from './support/zalo.js';

// Zalo cannot send a document to a person: /vanban answers with a signed link under PUBLIC_BASE_URL,
// bound to the person who asked, that expires, or, without one, says where to get the file.

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const LINK = /(http:\/\/127\.0\.0\.1:\d+\/web\/tai-tep\/([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{43}))/;

let zl: ZaloTest | null = null;
afterEach(async () => {
  await zl?.close();
  zl = null;
});

async function start(publicAddress: boolean): Promise<ZaloTest> {
  zl = await startZaloTest({ charts: publicAddress });
  await nominateVhxh(zl.bot);
  await zl.link('vhxh-1', QUANG);
  return zl;
}

/** /vanban, then the number of the head's Tờ trình; gives the last text of the answer. */
async function takeToTrinh(z: ZaloTest): Promise<string> {
  const t = z.bot.core.i18n.translator('vi');
  const head = (await z.bot.core.services.members.findActor('ZALO', QUANG.id))!;
  const choices = await z.bot.core.services.documents.available(head, z.bot.campaignId);
  const label = (c: DocumentChoice) => (c.subject ? `${t(`document-kind-${c.kind}`)} — ${c.subject}` : t(`document-kind-${c.kind}`));
  const [listing] = await z.say(QUANG, '/vanban');
  const line = listing!.split('\n').find((l) => l.endsWith(`. ${label(choices.find((c) => c.kind === 'to-trinh')!)}`));
  if (!line) throw new Error(`no Tờ trình in:\n${listing}`);
  return (await z.say(QUANG, line.split('.')[0]!)).join('\n');
}

describe('/vanban on Zalo', () => {
  it('sends a signed link that serves the .docx; an altered link is refused', async () => {
    const z = await start(true);
    const answer = await takeToTrinh(z);
    expect(answer).toContain('/nophoso');
    const [, url, body, signature] = LINK.exec(answer) ?? [];
    expect(url, answer).toBeDefined();
    expect(answer).toMatch(/Đường dẫn dùng được đến \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);

    const response = await fetch(url!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(DOCX);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="[^"]+\.docx"/);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const text = docxText(new Uint8Array(await response.arrayBuffer()));
    expect(text).toContain(VHXH);
    expect(text).toContain(NOMINEE);

    const other = `${signature!.slice(0, -1)}${signature!.endsWith('A') ? 'B' : 'A'}`;
    expect((await fetch(url!.replace(signature!, other))).status).toBe(403);
    const changed = `${body!.slice(0, 10)}${body![10] === 'x' ? 'y' : 'x'}${body!.slice(11)}`;
    expect((await fetch(url!.replace(body!, changed))).status).toBe(403);
  });

  it('without PUBLIC_BASE_URL says where to get the file', async () => {
    const z = await start(false);
    const answer = await takeToTrinh(z);
    expect(answer).toContain('Zalo không cho bot gửi tệp nên chưa gửi được tệp');
    expect(answer).toContain('Telegram');
    expect(answer).not.toContain('http');
  });
});
