import type { Update } from 'grammy/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planDocx, scannedPdf } from '../../../scripts/plan-files.js';
import { PLAN_TEXT } from '../../support/plan-chat.js';
import { BOT_INFO, TOKEN } from './support/fake-api.js';
import { messageUpdate, NHUNG, QUANG, startTelegramTest, type Person, type TelegramTest } from './support/telegram.js';

// /kehoach on Telegram: the real grammY stack against the Bot API stand-in on 127.0.0.1. The plan
// comes as a document (getFile, then the download from the stand-in's file endpoint), the options
// are buttons, and the bot is restarted in the middle of the review.

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let tg: TelegramTest;
let fileNo = 0;
beforeEach(async () => {
  tg = await startTelegramTest({ withReports: false });
  await tg.link('vptk-1', NHUNG);
  await tg.link('vhxh-1', QUANG);
});
afterEach(() => tg.close());

/** A document message whose bytes the file server holds at the path getFile names. */
function documentUpdate(person: Person, bytes: Uint8Array, name: string, mime: string, caption?: string): Update {
  fileNo += 1;
  const fileId = `BQACAgUAAxkBAAIB-plan-${fileNo}`;
  const filePath = `documents/plan_${fileNo}.bin`;
  tg.api.filePaths.set(fileId, filePath);
  tg.files.files.set(filePath, bytes);
  return messageUpdate('document', person, 'private', {
    document: { file_name: name, mime_type: mime, file_id: fileId, file_unique_id: `p-${fileNo}`, file_size: bytes.byteLength },
    ...(caption ? { caption } : {}),
  });
}

async function sendFile(update: Update): Promise<string[]> {
  const chatId = update.message!.chat.id;
  const before = tg.api.textsTo(chatId).length;
  await tg.send(update);
  return tg.api.textsTo(chatId).slice(before);
}

const downloads = () => tg.files.requests.filter((p) => p.startsWith(`/file/bot${TOKEN}/`));

describe('/kehoach on Telegram', () => {
  it('reads the plan sent as a document, corrects it with buttons across a restart, publishes and lists the invite codes', async () => {
    expect((await tg.say(NHUNG, '/kehoach'))[0]).toContain('Anh/chị gửi tệp Kế hoạch phát động phong trào thi đua');
    const draft = await sendFile(documentUpdate(NHUNG, await planDocx(PLAN_TEXT), 'Ke hoach thi dua 2026.docx', DOCX));
    expect(tg.api.callsOf('getFile')).toHaveLength(1);
    expect(downloads()).toEqual([`/file/bot${TOKEN}/documents/plan_${fileNo}.bin`]);
    const all = draft.join('\n');
    expect(all).toContain('Bot đã đọc kế hoạch "Ke hoach thi dua 2026.docx" và soạn phong trào gồm 16 mục.');
    expect(all).toContain('11. Chỉ tiêu — Tỷ lệ hồ sơ giải quyết đúng hạn: từ 95% trở lên');
    for (const text of draft) expect(text.length).toBeLessThanOrEqual(4096);
    expect(draft.at(-1)).toContain('Anh/chị chọn việc tiếp theo.');

    expect(await tg.tap(NHUNG, 'Sửa một mục')).toEqual([expect.stringContaining('Anh/chị gõ số mục cần sửa (từ 1 đến 16)')]);
    await tg.say(NHUNG, '12');
    expect((await tg.say(NHUNG, '85%'))[0]).toContain('Đã sửa:\n12. Chỉ tiêu — Tỷ lệ hồ sơ được tiếp nhận trực tuyến: từ 85% trở lên');

    tg.restart();
    await tg.tap(NHUNG, 'Thêm đơn vị');
    expect((await tg.say(NHUNG, 'Bộ phận Tư pháp - Hộ tịch\nBộ phận Địa chính - Xây dựng'))[0]).toContain('Đã thêm 2 đơn vị');
    tg.restart();
    expect((await tg.tap(NHUNG, 'Đăng phong trào'))[0]).toContain('Đăng phong trào theo bản soạn này?');
    const published = await tg.tap(NHUNG, 'Đăng');
    expect(published[0]).toContain('Đã đăng phong trào "Phát động phong trào thi đua cải cách hành chính năm 2026" (mã kim-phuong-2026)');
    const invites = published[1]!;
    const codes = [...invites.matchAll(/^- (.+): ([A-Z0-9]{8}) (\S+)$/gm)];
    expect(codes.map((m) => m[1])).toEqual(['Văn phòng HĐND và UBND xã', 'Bộ phận Tư pháp - Hộ tịch', 'Bộ phận Địa chính - Xây dựng']);
    // each code with the link that opens the bot and registers with it
    for (const m of codes) expect(m[3]).toBe(`https://t.me/${BOT_INFO.username}?start=${m[2]}`);

    const campaign = await tg.core.core.db.campaign.findUniqueOrThrow({ where: { code: 'kim-phuong-2026' }, include: { taskAreas: { include: { criteria: true } } } });
    expect(campaign.taskAreas.flatMap((a) => a.criteria).find((c) => c.title === 'Tỷ lệ hồ sơ được tiếp nhận trực tuyến')?.target).toBe(85);
    expect(await tg.core.core.db.invite.count({ where: { code: { in: codes.map((m) => m[2]!) }, role: 'HEAD' } })).toBe(3);
  });

  it('a plan sent without the command starts the review; a scanned one is refused with nothing kept', async () => {
    const refused = await sendFile(documentUpdate(NHUNG, await scannedPdf(), 'scan.pdf', 'application/pdf'));
    expect(refused[0]).toContain('Tệp PDF "scan.pdf" là bản quét');
    expect(await tg.core.core.db.planDraft.count()).toBe(0);
    const draft = await sendFile(documentUpdate(NHUNG, await planDocx(PLAN_TEXT), 'ke-hoach.docx', DOCX, '/kehoach'));
    expect(draft[0]).toContain('Bot đã đọc kế hoạch "ke-hoach.docx"');
    expect(await tg.core.core.db.planDraft.count()).toBe(1);
    // a head's document outside a dialog is not a plan
    expect(await sendFile(documentUpdate(QUANG, await planDocx(PLAN_TEXT), 'ke-hoach.docx', DOCX))).toEqual([
      'Bot chưa biết tệp này dùng cho việc gì. Gõ /nophoso để nộp hồ sơ khen thưởng, hoặc /baocao để báo cáo kèm tài liệu kiểm chứng.',
    ]);
  });
});
