import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Update } from 'grammy/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { downloadTelegramFile } from '../../../src/channels/telegram/download.js';
import { MAX_FILE_BYTES } from '../../../src/domain/file-types.js';
import { RuleError } from '../../../src/services/shared/errors.js';
import { startOversizedServer, type OversizedServer } from '../../support/oversized-server.js';
import { TOKEN } from './support/fake-api.js';
import { messageUpdate, QUANG, startTelegramTest, type TelegramTest } from './support/telegram.js';

// A file whose update gives no size, or a false one (a self-hosted Bot API server may do either),
// is downloaded only up to the 20 MB limit: the transfer is cut there, nothing is stored, and the
// person gets the usual answer about big files. The Bot API file endpoint is a real HTTP server on
// 127.0.0.1 sending far more than that.

const TO_TRINH = 'Tờ trình khen thưởng của cơ quan';
const TOO_BIG = 'Tệp lớn hơn 20 MB nên bot không nhận được. Vui lòng nén tệp, chia nhỏ, hoặc chụp ảnh các trang chính rồi gửi lại.';
/** what socket buffers on both sides of a loopback connection may hold past the point the client stopped */
const BUFFERS = 16 * 1024 * 1024;

let tg: TelegramTest;
let server: OversizedServer;
afterEach(async () => {
  await tg.close();
  await server.close();
});

async function start(options: { announce?: boolean }): Promise<void> {
  server = await startOversizedServer({ sends: 3 * MAX_FILE_BYTES, ...options });
  tg = await startTelegramTest({ deps: { apiRoot: server.url } });
  await tg.link('vhxh-1', QUANG);
  await tg.say(QUANG, '/nophoso');
  await tg.tap(QUANG, TO_TRINH);
}

function documentUpdate(size: number | undefined): Update {
  tg.api.filePaths.set('BQACAgUAAxkBAAIB-big', 'documents/file_9.pdf');
  return messageUpdate('document', QUANG, 'private', {
    document: {
      file_name: 'ho-so-day-du.pdf',
      mime_type: 'application/pdf',
      file_id: 'BQACAgUAAxkBAAIB-big',
      file_unique_id: 'u-big',
      ...(size === undefined ? {} : { file_size: size }),
    },
  });
}

async function expectRefusedAndNothingStored(update: Update): Promise<void> {
  const before = tg.api.textsTo(QUANG.id).length;
  await tg.send(update);
  expect(tg.api.textsTo(QUANG.id).slice(before)).toEqual([TOO_BIG]);
  const [request] = server.requests;
  expect(request!.path).toBe(`/file/bot${TOKEN}/documents/file_9.pdf`);
  await request!.done;
  // the client hung up long before the server had sent its 60 MB
  expect(request!.cutOff).toBe(true);
  expect(request!.sent).toBeLessThan(MAX_FILE_BYTES + BUFFERS);
  expect(await tg.core.core.db.evidence.count()).toBe(0);
  const files = join(tg.core.dir, 'files');
  expect(existsSync(files) ? readdirSync(files, { recursive: true }) : []).toEqual([]);
  // the step still waits for a file
  expect(await tg.core.core.db.dialogState.count()).toBe(1);
  for (const line of tg.logs) expect(line).not.toContain(TOKEN);
}

describe('a download without an honest size', () => {
  it('an update claiming 1 KB, served without Content-Length: cut at 20 MB, refused, nothing stored', async () => {
    await start({});
    await expectRefusedAndNothingStored(documentUpdate(1024));
  });

  it('an update with no size, served with a Content-Length over the limit: refused before the body is read', async () => {
    await start({ announce: true });
    await expectRefusedAndNothingStored(documentUpdate(undefined));
  });
});

describe('downloadTelegramFile', () => {
  beforeEach(async () => {
    server = await startOversizedServer({ sends: 48 * 1024 * 1024 });
    tg = await startTelegramTest();
  });

  it('stops reading at maxBytes and says the file is too big', async () => {
    tg.api.filePaths.set('endless', 'documents/endless.pdf');
    const error = await downloadTelegramFile({ api: tg.bot.api, apiRoot: server.url, token: TOKEN, maxBytes: 1024 * 1024 }, 'endless').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RuleError);
    expect(error).toMatchObject({ reason: 'file-too-big', args: { maxMb: 1 } });
    await server.requests[0]!.done;
    expect(server.requests[0]!.cutOff).toBe(true);
    expect(server.requests[0]!.sent).toBeLessThan(1024 * 1024 + BUFFERS);
  });
});
