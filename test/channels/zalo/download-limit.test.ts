import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { downloadPhoto } from '../../../src/channels/zalo/download.js';
import { MAX_FILE_BYTES } from '../../../src/domain/file-types.js';
import { RuleError } from '../../../src/services/shared/errors.js';
import { startOversizedServer, type OversizedServer } from '../../support/oversized-server.js';
import { photoUpdate, QUANG, startZaloTest, type ZaloTest } from './support/zalo.js';

// A picture's temporary address on Zalo's CDN gives no size in the update: the download counts
// the bytes as they come and hangs up at the 20 MB limit. The CDN is a real HTTP server on
// 127.0.0.1 sending far more than that, without a Content-Length.

const TOO_BIG = 'Tệp lớn hơn 20 MB nên bot không nhận được. Vui lòng nén tệp, chia nhỏ, hoặc chụp ảnh các trang chính rồi gửi lại.';
/** what socket buffers on both sides of a loopback connection may hold past the point the client stopped */
const BUFFERS = 16 * 1024 * 1024;

let server: OversizedServer;
let zl: ZaloTest | undefined;
afterEach(async () => {
  await zl?.close();
  zl = undefined;
  await server.close();
});

describe('downloadPhoto', () => {
  it('stops reading at maxBytes, closes the connection and says the file is too big', async () => {
    server = await startOversizedServer({ sends: 48 * 1024 * 1024 });
    const error = await downloadPhoto(`${server.url}/cdn/big.jpg?sig=temporary`, { maxBytes: 1024 * 1024 }).then(
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

describe('a photo as evidence in /baocao', () => {
  it('bigger than 20 MB: cut at the limit, refused with the usual answer, nothing stored, the step stays', async () => {
    server = await startOversizedServer({ sends: 3 * MAX_FILE_BYTES });
    zl = await startZaloTest();
    await zl.link('vhxh-1', QUANG);
    await zl.say(QUANG, '/baocao');
    await zl.say(QUANG, '1');
    await zl.say(QUANG, '95');
    expect((await zl.say(QUANG, '1'))[0]).toContain('Gửi ảnh chụp tài liệu kiểm chứng');

    const answer = await zl.send(photoUpdate(QUANG, `${server.url}/cdn/big.jpg?sig=temporary`));
    expect(answer[0]).toContain(TOO_BIG);
    await server.requests[0]!.done;
    expect(server.requests[0]!.cutOff).toBe(true);
    expect(server.requests[0]!.sent).toBeLessThan(MAX_FILE_BYTES + BUFFERS);
    expect(await zl.bot.core.db.evidence.count()).toBe(0);
    const files = join(zl.bot.dir, 'files');
    expect(existsSync(files) ? readdirSync(files, { recursive: true }) : []).toEqual([]);
    expect(await zl.bot.core.db.dialogState.count()).toBe(1);
  });
});
