import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentChoice } from '../../../src/services/documents/types.js';
import { createDocumentHost } from '../../../src/http/documents.js';
import { createHttpServer, type HttpServer } from '../../../src/http/server.js';
import { docxText, NOMINEE, nominateVhxh } from '../../support/documents.js';
import { VHXH } from '../../support/kim-phuong.js';
import { QUANG, startZaloTest, type ZaloTest } from './support/zalo.js';

// Zalo cannot send a document to a person: /vanban answers with a link under PUBLIC_BASE_URL that
// is unguessable and expires, or, without one, says where to get the file.

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const LINK = /(http:\/\/127\.0\.0\.1:\d+\/files\/([A-Za-z0-9_-]{22})\.docx)/;

let zl: ZaloTest | null = null;
let server: HttpServer | null = null;
afterEach(async () => {
  await zl?.close();
  await server?.stop();
  zl = server = null;
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
  it('sends a link that serves the .docx; another name is 404', async () => {
    const z = await start(true);
    const answer = await takeToTrinh(z);
    expect(answer).toContain('/nophoso');
    const [, url, name] = LINK.exec(answer) ?? [];
    expect(url, answer).toBeDefined();
    expect(Buffer.from(name!, 'base64url')).toHaveLength(16);
    expect(answer).toMatch(/Đường dẫn dùng được đến \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);

    const response = await fetch(url!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(DOCX);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="[^"]+\.docx"/);
    expect(response.headers.get('cache-control')).toMatch(/^private, max-age=\d+$/);
    const text = docxText(new Uint8Array(await response.arrayBuffer()));
    expect(text).toContain(VHXH);
    expect(text).toContain(NOMINEE);

    const other = `${name!.slice(0, -1)}${name!.endsWith('A') ? 'B' : 'A'}`;
    expect((await fetch(url!.replace(name!, other))).status).toBe(404);
    expect((await fetch(url!.replace('.docx', '.pdf'))).status).toBe(404);
    expect((await fetch(url!.replace(`${name}.docx`, `../${name}.docx`))).status).toBe(404);
  });

  it('without PUBLIC_BASE_URL says where to get the file', async () => {
    const z = await start(false);
    const answer = await takeToTrinh(z);
    expect(answer).toContain('Zalo không cho bot gửi tệp nên chưa gửi được tệp');
    expect(answer).toContain('Telegram');
    expect(answer).not.toContain('http');
  });
});

describe('the document host', () => {
  async function host(now: { value: number }) {
    server = createHttpServer({ host: '127.0.0.1', port: 0, logger: pino({ level: 'silent' }) });
    await server.start();
    return createDocumentHost({ server, publicBaseUrl: `http://127.0.0.1:${server.address()!.port}/thidua`, now: () => now.value });
  }
  const doc = { name: 'Tờ trình đã ký.pdf', mime: 'application/pdf', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, 1]) };

  it('expires after 24 hours and says until when', async () => {
    const now = { value: 1_000_000 };
    const link = (await host(now)).publish(doc);
    expect(link.expiresAt.getTime()).toBe(1_000_000 + 24 * 60 * 60 * 1000);
    expect(link.url).toMatch(/\/thidua\/files\/[A-Za-z0-9_-]{22}\.pdf$/);
    const response = await fetch(link.url);
    expect(response.status).toBe(200);
    // the download keeps its Vietnamese name, with an ASCII fallback
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="To trinh da ky.pdf"; filename*=UTF-8''${encodeURIComponent(doc.name)}`);
    now.value = link.expiresAt.getTime() - 1;
    expect((await fetch(link.url)).status).toBe(200);
    now.value += 1;
    expect((await fetch(link.url)).status).toBe(404);
  });

  it('the same file shares its address while it has long to live; its name never reaches a path', async () => {
    const now = { value: 1_000_000 };
    const h = await host(now);
    const first = h.publish(doc);
    expect(h.publish(doc).url).toBe(first.url);
    expect(h.publish({ ...doc, name: '../../etc/passwd' }).url).toMatch(/\/files\/[A-Za-z0-9_-]{22}$/);
    now.value += 13 * 60 * 60 * 1000;
    expect(h.publish(doc).url).not.toBe(first.url);
  });
});
