import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { InputFile } from 'grammy';
import type { Update } from 'grammy/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { downloadTelegramFile } from '../../../src/channels/telegram/download.js';
import { EXE, JPEG, OTHER_PDF, PDF } from '../../support/files.js';
import { TOKEN } from './support/fake-api.js';
import { fixture, messageUpdate, NHUNG, QUANG, startTelegramTest, type Person, type TelegramTest } from './support/telegram.js';

// Documents and photos sent on Telegram, for /nophoso, /hoso and evidence in /baocao: getFile,
// then the download from the Bot API server's file endpoint (a real HTTP server on 127.0.0.1).

let tg: TelegramTest;
let fileNo = 0;
beforeEach(async () => {
  tg = await startTelegramTest();
  await tg.link('vhxh-1', QUANG);
  await tg.link('vptk-1', NHUNG);
});
afterEach(() => tg.close());

const TO_TRINH = 'Tờ trình khen thưởng của cơ quan';
const downloads = () => tg.files.requests.filter((p) => p.startsWith(`/file/bot${TOKEN}/`));

/** A document message whose bytes the file server holds at the path getFile names. */
function documentUpdate(person: Person, bytes: Uint8Array, name: string, options: { size?: number; mime?: string; filePath?: string } = {}): Update {
  fileNo += 1;
  const fileId = `BQACAgUAAxkBAAIB-doc-${fileNo}`;
  const filePath = options.filePath ?? `documents/file_${fileNo}.bin`;
  tg.api.filePaths.set(fileId, filePath);
  tg.files.files.set(filePath.includes(`/${TOKEN}/`) ? filePath.split(`/${TOKEN}/`)[1]! : filePath, bytes);
  return messageUpdate('document', person, 'private', {
    document: { file_name: name, mime_type: options.mime ?? 'application/pdf', file_id: fileId, file_unique_id: `u-${fileNo}`, file_size: options.size ?? bytes.byteLength },
  });
}

async function sendFile(update: Update): Promise<string[]> {
  const chatId = update.message!.chat.id;
  const before = tg.api.textsTo(chatId).length;
  await tg.send(update);
  return tg.api.textsTo(chatId).slice(before);
}

async function toFileStep(): Promise<void> {
  await tg.say(QUANG, '/nophoso');
  // a kind already filed is marked ✓
  const label = tg
    .keyboardMessage(QUANG.id)!
    .reply_markup!.inline_keyboard.flat()
    .find((b) => b.text.startsWith(TO_TRINH))!.text;
  await tg.tap(QUANG, label);
}

describe('/nophoso and /hoso', () => {
  it('files a PDF sent as a document, then hands it back from /hoso', async () => {
    await tg.say(QUANG, '/nophoso');
    expect((await tg.tap(QUANG, TO_TRINH))[0]).toContain(`Gửi tệp ${TO_TRINH} (PDF, Word, Excel, ODT/ODS hoặc ảnh chụp trang đã ký), tối đa 20 MB.`);
    const received = await sendFile(documentUpdate(QUANG, PDF, 'To trinh khen thuong.pdf'));
    expect(received[0]).toBe(`Đã nhận tệp To trinh khen thuong.pdf cho mục ${TO_TRINH}.`);
    expect(received[1]).toContain(`✓ ${TO_TRINH}: To trinh khen thuong.pdf`);
    expect(tg.api.callsOf('getFile')).toHaveLength(1);
    expect(downloads()).toEqual([`/file/bot${TOKEN}/documents/file_${fileNo}.bin`]);

    const evidence = await tg.core.core.db.evidence.findFirstOrThrow();
    expect(evidence).toMatchObject({ originalName: 'To trinh khen thuong.pdf', mime: 'application/pdf', sourceChannel: 'TELEGRAM', size: PDF.byteLength });
    expect(existsSync(join(tg.core.dir, 'files', evidence.storageKey))).toBe(true);

    await tg.say(QUANG, '/hoso');
    expect(await tg.tap(QUANG, TO_TRINH)).toEqual(['Tệp To trinh khen thuong.pdf:']);
    const sent = tg.api.callsOf('sendDocument')[0]!;
    const file = sent.payload.document as InputFile;
    expect(file).toBeInstanceOf(InputFile);
    expect(file.filename).toBe('To trinh khen thuong.pdf');
    expect(Buffer.from((await file.toRaw()) as Uint8Array).equals(PDF)).toBe(true);
    expect(sent.payload.caption).toBe('Tệp To trinh khen thuong.pdf:');
  });

  it('the same file twice is recognised and stored once', async () => {
    await toFileStep();
    await sendFile(documentUpdate(QUANG, PDF, 'to-trinh.pdf'));
    await toFileStep();
    expect(await sendFile(documentUpdate(QUANG, PDF, 'to-trinh (1).pdf'))).toEqual([
      expect.stringMatching(/^Tệp này đã được gửi trước đây \(ngày \d\d\/\d\d\/\d{4}\), không cần gửi lại\.$/),
    ]);
    // still at the file step: another file is taken
    expect((await sendFile(documentUpdate(QUANG, OTHER_PDF, 'to-trinh-sua.pdf')))[0]).toContain('Đã nhận tệp to-trinh-sua.pdf');
    expect(await tg.core.core.db.evidence.count()).toBe(2);
  });

  it('refuses files over 20 MB before downloading anything', async () => {
    await toFileStep();
    const refused = await sendFile(documentUpdate(QUANG, PDF, 'bien-ban-day-du.pdf', { size: 25 * 1024 * 1024 }));
    expect(refused).toEqual(['Tệp lớn hơn 20 MB nên bot không nhận được. Vui lòng nén tệp, chia nhỏ, hoặc chụp ảnh các trang chính rồi gửi lại.']);
    expect(tg.api.callsOf('getFile')).toHaveLength(0);
    expect(downloads()).toEqual([]);
  });

  it('refuses other types: by name before downloading, by content after', async () => {
    await toFileStep();
    expect(await sendFile(documentUpdate(QUANG, EXE, 'setup.exe', { mime: 'application/x-msdownload' }))).toEqual([
      'Không nhận tệp "setup.exe": chỉ nhận PDF, Word (DOC, DOCX), Excel (XLS, XLSX), ODT, ODS và ảnh chụp. Vui lòng lưu sang PDF rồi gửi lại.',
    ]);
    expect(downloads()).toEqual([]);
    // a program named like a PDF is downloaded, sniffed and refused
    expect((await sendFile(documentUpdate(QUANG, EXE, 'bao-cao.pdf')))[0]).toContain('Không nhận tệp "bao-cao.pdf"');
    expect(downloads()).toHaveLength(1);
    expect(await tg.core.core.db.evidence.count()).toBe(0);
  });

  it('a hostile name like ../../x.pdf never becomes a path', async () => {
    await toFileStep();
    expect((await sendFile(documentUpdate(QUANG, PDF, '../../x.pdf')))[0]).toBe(`Đã nhận tệp x.pdf cho mục ${TO_TRINH}.`);
    const evidence = await tg.core.core.db.evidence.findFirstOrThrow();
    expect(evidence.originalName).toBe('x.pdf');
    expect(evidence.storageKey).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{64}$/);
    expect(existsSync(join(tg.core.dir, 'x.pdf'))).toBe(false);
    expect(existsSync(join(tg.core.dir, '..', 'x.pdf'))).toBe(false);
    expect(readdirSync(join(tg.core.dir, 'files'), { recursive: true }).some((p) => String(p).includes('x.pdf'))).toBe(false);
    // and handed back under a harmless name
    await tg.say(QUANG, '/hoso');
    await tg.tap(QUANG, TO_TRINH);
    expect((tg.api.callsOf('sendDocument')[0]!.payload.document as InputFile).filename).toBe('x.pdf');
  });

  it('a file sent while no dialog waits for one is explained; a file at a question is not taken', async () => {
    expect(await sendFile(documentUpdate(QUANG, PDF, 'to-trinh.pdf'))).toEqual([
      'Bot chưa biết tệp này dùng cho việc gì. Gõ /nophoso để nộp hồ sơ khen thưởng, hoặc /baocao để báo cáo kèm tài liệu kiểm chứng.',
    ]);
    await tg.say(QUANG, '/nophoso');
    expect((await sendFile(documentUpdate(QUANG, PDF, 'to-trinh.pdf')))[0]).toBe('Bước này chưa cần gửi tệp. Vui lòng trả lời câu hỏi ở trên, hoặc gõ /huy để hủy.');
    expect(downloads()).toEqual([]);
  });
});

describe('downloads', () => {
  it('a self-hosted Bot API server (--local) answering with an absolute path is still fetched through the API root', async () => {
    await toFileStep();
    const update = documentUpdate(QUANG, PDF, 'to-trinh.pdf', { filePath: `/var/lib/telegram-bot-api/${TOKEN}/documents/file_77.pdf` });
    expect((await sendFile(update))[0]).toContain('Đã nhận tệp to-trinh.pdf');
    expect(downloads()).toEqual([`/file/bot${TOKEN}/documents/file_77.pdf`]);
  });

  it('a failed download is an internal error for the person, without URL or token, and the step stays', async () => {
    await toFileStep();
    const update = documentUpdate(QUANG, PDF, 'to-trinh.pdf');
    tg.files.files.clear(); // the server answers 404
    expect(await sendFile(update)).toEqual([tg.core.core.i18n.t('vi', 'error-internal')]);
    // the same step takes the file once it can be fetched
    expect((await sendFile(documentUpdate(QUANG, PDF, 'to-trinh.pdf')))[0]).toContain('Đã nhận tệp to-trinh.pdf');
    for (const line of tg.logs) expect(line).not.toContain(TOKEN);
  });

  it('the download error itself carries no URL', async () => {
    tg.api.filePaths.set('missing', 'documents/missing.pdf');
    const fail = (apiRoot: string) =>
      downloadTelegramFile({ api: tg.bot.api, apiRoot, token: TOKEN }, 'missing').then(
        () => new Error('downloaded'),
        (e: unknown) => e as Error,
      );
    const error = await fail(tg.files.url);
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe('file download failed: HTTP 404');
    expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain(TOKEN);
    const refused = await fail('http://127.0.0.1:1');
    expect(refused.message).toBe('file download failed: network error');
    expect(JSON.stringify(refused, Object.getOwnPropertyNames(refused))).not.toContain(TOKEN);
    expect(refused.cause).toBeUndefined();
  });
});

describe('evidence in /baocao', () => {
  it('a photo (largest size only) and a document become the report’s evidence', async () => {
    await tg.say(QUANG, '/baocao');
    await tg.tap(QUANG, 'Cải cách thể chế');
    await tg.say(QUANG, '95');
    expect((await tg.tap(QUANG, 'Bỏ qua'))[0]).toContain('Gửi tài liệu kiểm chứng');

    const photo = fixture<Update>('photo');
    photo.update_id += 1000;
    tg.api.filePaths.set('AgACAgUAAxkBAAIBaGc_photo_l', 'photos/file_5.jpg');
    tg.files.files.set('photos/file_5.jpg', JPEG);
    expect((await sendFile(photo))[0]).toMatch(/^Đã nhận tai-lieu-kiem-chung\.jpg \(tổng 1 tệp\)\. Gửi thêm, hoặc chọn Xong\./);
    expect(tg.api.callsOf('getFile').map((c) => c.payload.file_id)).toEqual(['AgACAgUAAxkBAAIBaGc_photo_l']);

    expect((await sendFile(documentUpdate(QUANG, PDF, 'bien-ban-kiem-tra.pdf')))[0]).toContain('Đã nhận bien-ban-kiem-tra.pdf (tổng 2 tệp)');
    // the same photo again is recognised
    const again = fixture<Update>('photo');
    again.update_id += 2000;
    expect((await sendFile(again))[0]).toMatch(/^Tệp này đã được gửi trước đây/);
    // only the latest question keeps its buttons
    expect(tg.api.messages.get(QUANG.id)!.filter((m) => m.reply_markup)).toHaveLength(1);

    expect((await tg.tap(QUANG, 'Xong'))[0]).toContain('• Tài liệu kiểm chứng: 2 tệp');
    await tg.tap(QUANG, 'Lưu');
    const report = await tg.core.core.db.progressReport.findFirstOrThrow({ where: { channel: 'TELEGRAM' }, include: { evidence: true } });
    expect(report.evidence.map((e) => [e.originalName, e.mime, e.sourceChannel])).toEqual([
      ['tai-lieu-kiem-chung.jpg', 'image/jpeg', 'TELEGRAM'],
      ['bien-ban-kiem-tra.pdf', 'application/pdf', 'TELEGRAM'],
    ]);
  });

  it('files sent in a group are not read', async () => {
    const update = documentUpdate(QUANG, PDF, 'to-trinh.pdf');
    const message = update.message as unknown as Record<string, unknown>;
    message.chat = { id: -1002233445566, type: 'supergroup', title: 'Nhóm' };
    await tg.send(update);
    expect(tg.api.calls).toEqual([]);
  });
});
