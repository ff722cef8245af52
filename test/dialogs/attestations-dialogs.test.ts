import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoAccountId } from '../../src/demo/seed.js';
import { actor, addOfficer, unitId } from '../support/awards.js';
import { startTestBot, type TestBot } from '../support/core.js';
import { EXE, incoming, PDF } from '../support/files.js';

// /denghi's attested criteria on the console, as real members of the Kim Phượng campaign: the head
// answers with a note, a file, a file with its caption; takes a tick back; the secretariat finds the
// units waiting, reviews what was given (the file handed back), confirms or sends it back.

const HINT = '(Gõ số thứ tự hoặc tên lựa chọn; /huy để hủy.)';
const HTXS = 'Hoàn thành xuất sắc nhiệm vụ được giao trong năm 2025.';
const CCHC = 'Thực hiện tốt các nhiệm vụ được giao trong chỉ đạo, quán triệt nhiệm vụ CCHC, nhất là cải cách thủ tục hành chính.';
const DOCS = 'Chỉ đạo, tham mưu, thực hiện đảm bảo chất lượng và đúng thời gian quy định các văn bản chỉ đạo của tỉnh, huyện và của UBND xã.';
const GROUNDS = 'Quyết định số 45/QĐ-UBND ngày 10/11/2025 về đánh giá, xếp loại cuối năm';
const CAPTION = 'Báo cáo kết quả CCHC năm 2025 của đơn vị, đã ký';
const REASON = 'Báo cáo chưa có chữ ký của lãnh đạo đơn vị, đề nghị gửi bản đã ký';
const FOLLOW = 'Bộ phận Văn phòng - Thống kê sẽ xác nhận lại; gõ /denghi để theo dõi.';

let bot: TestBot;
let pdf: string;
let exe: string;
let nominationId: number;
beforeEach(async () => {
  bot = await startTestBot();
  const mai = await addOfficer(bot, 'vhxh-2', 'Lê Thị Mai', 'VHXH');
  pdf = join(bot.dir, 'quyet-dinh.pdf');
  exe = join(bot.dir, 'quyet-dinh.exe');
  writeFileSync(pdf, PDF);
  writeFileSync(exe, EXE);
  const summary = 'Giải quyết 100% hồ sơ đúng hạn, số hóa toàn bộ sổ hộ tịch.';
  ({ id: nominationId } = await bot.core.services.nominations.nominate(await actor(bot, 'vhxh-1'), bot.campaignId, {
    kind: 'INDIVIDUAL',
    unitId: await unitId(bot, 'VHXH'),
    memberId: mai,
    awardForm: 'GIAY_KHEN_CT_XA',
    summary,
  }));
});
afterEach(() => bot.close());

async function as(code: string, ...lines: string[]): Promise<string> {
  bot.as(code);
  let last = '';
  for (const line of lines) last = await bot.say(line);
  return last;
}

/** A file with a caption, as Telegram carries one, into the current member's dialog. */
async function sendWithCaption(code: string, name: string, caption: string): Promise<string> {
  const id = demoAccountId(code);
  const replies = await bot.core.engine.handle({ channel: 'CONSOLE', chatId: id, userId: id, incoming: { kind: 'file', file: { ...incoming(PDF, name), caption } } });
  return replies.map((r) => r.text).join('\n');
}

describe('/denghi attested criteria', () => {
  it('the head attests with a file then a note, a file with its caption, a file alone; takes one back', async () => {
    await as('vhxh-1', '/denghi', '1', '1');
    expect(await bot.say(`:tep ${exe}`)).toBe(
      'Không nhận tệp "quyet-dinh.exe": chỉ nhận PDF, Word (DOC, DOCX), Excel (XLS, XLSX), ODT, ODS và ảnh chụp. Vui lòng lưu sang PDF rồi gửi lại.',
    );
    expect(await bot.say(`:tep ${pdf}`)).toBe(`Đã nhận tệp quyet-dinh.pdf.\nGhi thêm căn cứ (từ 5 đến 1.000 ký tự), hoặc chọn "Không ghi thêm".\n  1. Không ghi thêm\n${HINT}`);
    expect(await bot.say('Có')).toBe(`Căn cứ xác nhận cần từ 5 đến 1.000 ký tự (đang có 2). Vui lòng nhập lại.\n  1. Không ghi thêm\n${HINT}`);
    expect(await bot.say(GROUNDS)).toBe(`Đã ghi xác nhận của thủ trưởng đơn vị cho tiêu chuẩn: ${HTXS}\nTệp căn cứ: quyet-dinh.pdf\n${FOLLOW}`);

    await as('vhxh-1', '/denghi', '1', '1');
    expect(await sendWithCaption('vhxh-1', 'bao-cao-cchc.pdf', CAPTION)).toBe(
      `Đã ghi xác nhận của thủ trưởng đơn vị cho tiêu chuẩn: ${CCHC}\nTệp căn cứ: bao-cao-cchc.pdf\n${FOLLOW}`,
    );

    await as('vhxh-1', '/denghi', '1', '1', `:tep ${pdf}`);
    expect(await bot.say('khong ghi them')).toBe(`Đã ghi xác nhận của thủ trưởng đơn vị cho tiêu chuẩn: ${DOCS}\nTệp căn cứ: quyet-dinh.pdf\n${FOLLOW}`);

    const rows = await bot.core.db.attestation.findMany({ orderBy: { id: 'asc' } });
    expect(rows.map((r) => [r.itemCode, r.note])).toEqual([
      ['HTXS_NAM', GROUNDS],
      ['TOT_NV_CCHC', CAPTION],
      ['VAN_BAN_DUNG_HAN', null],
    ]);
    const evidence = await bot.core.db.evidence.findMany({ where: { id: { in: rows.map((r) => r.evidenceId!) } }, include: { unit: true }, orderBy: { id: 'asc' } });
    expect(evidence.map((e) => [e.originalName, e.unit.code, e.sourceChannel, e.mime])).toEqual([
      ['quyet-dinh.pdf', 'VHXH', 'CONSOLE', 'application/pdf'],
      ['bao-cao-cchc.pdf', 'VHXH', 'CONSOLE', 'application/pdf'],
      ['quyet-dinh.pdf', 'VHXH', 'CONSOLE', 'application/pdf'],
    ]);

    const ticked = await as('vhxh-1', '/denghi', '1');
    expect(ticked).toContain(`⏳ ${HTXS} — chờ xác nhận: thủ trưởng đơn vị đã xác nhận, chờ thường trực xác nhận lại.\n    Căn cứ: ${GROUNDS}\n    Tệp căn cứ: quyet-dinh.pdf\n`);
    expect(ticked).toContain(`⏳ ${DOCS} — chờ xác nhận: thủ trưởng đơn vị đã xác nhận, chờ thường trực xác nhận lại.\n    Tệp căn cứ: quyet-dinh.pdf\n`);
    expect(ticked).toContain('\n  3. Bỏ xác nhận: Chỉ đạo, tham mưu, thực hiện đảm bảo chất lượng và đúng…\n  4. Rút đề nghị');
    expect(await bot.say('3')).toBe(`Đã bỏ xác nhận tiêu chuẩn: ${DOCS}\nKhi có căn cứ, gõ /denghi để xác nhận lại.`);
    expect(await bot.core.db.attestation.count()).toBe(2);
    expect(await as('vhxh-1', '/denghi', '1')).toContain(`  1. Xác nhận: Chỉ đạo, tham mưu, thực hiện đảm bảo chất lượng và đúng…\n  2. Bỏ xác nhận: ${HTXS}`);

    const head = await actor(bot, 'vhxh-1');
    await expect(bot.core.services.nominations.attest(head, bot.campaignId, nominationId, 'VAN_BAN_DUNG_HAN', null)).rejects.toMatchObject({ reason: 'attestation-nothing-given' });
    await expect(bot.core.services.nominations.withdrawAttestation(head, bot.campaignId, nominationId, 'VAN_BAN_DUNG_HAN')).rejects.toMatchObject({
      reason: 'attestation-nothing-to-withdraw',
    });
    await expect(bot.core.services.nominations.refuse(head, bot.campaignId, nominationId, 'HTXS_NAM', REASON)).rejects.toMatchObject({ reason: 'attestation-confirm-forbidden' });
  });

  it('the secretariat finds the units waiting, gets the file, confirms one and sends one back; the head reads why and ticks it again', async () => {
    await as('vhxh-1', '/denghi', '1', '1', `:tep ${pdf}`, GROUNDS);
    await as('vhxh-1', '/denghi', '1', '1', CAPTION);
    // Nothing waits in another unit; a draft there with nothing ticked is not listed.
    await bot.core.services.nominations.nominate(await actor(bot, 'vptk-1'), bot.campaignId, {
      kind: 'COLLECTIVE',
      unitId: await unitId(bot, 'TPHT'),
      memberId: null,
      awardForm: 'GIAY_KHEN_CT_XA',
      summary: 'Giải quyết 100% hồ sơ hộ tịch đúng hạn trong năm.',
    });

    expect(await as('vptk-1', '/denghi')).toBe(
      [
        'Đề nghị khen thưởng chờ thường trực xác nhận lại tiêu chuẩn (1):',
        '• Văn hóa - Xã hội: 1 đề nghị',
        '',
        'Chọn đơn vị để mở đề nghị. Xem đơn vị khác: gõ /denghi kèm tên đơn vị.',
        '  1. Văn hóa - Xã hội (1 đề nghị)',
        '  2. Đề nghị của Văn phòng - Thống kê',
        HINT,
      ].join('\n'),
    );
    expect(await bot.say('van hoa')).toContain('Đề nghị khen thưởng của Văn hóa - Xã hội:\n• Cá nhân Lê Thị Mai (Văn hóa - Xã hội) — Giấy khen của Chủ tịch UBND xã: Đang soạn');
    const listing = await bot.say('1');
    expect(listing).toContain(`    Căn cứ: ${GROUNDS}\n    Tệp căn cứ: quyet-dinh.pdf\n`);
    expect(listing).toContain(
      `  1. Xác nhận: Chỉ đạo, tham mưu, thực hiện đảm bảo chất lượng và đúng…\n  2. Thường trực xác nhận: ${HTXS}\n  3. Thường trực xác nhận: Thực hiện tốt`,
    );
    const review = await bot.say('2');
    const saved = join(bot.dir, 'documents', 'quyet-dinh.pdf');
    expect(review).toBe(
      [
        `Thủ trưởng đơn vị xác nhận ngày 20/11/2025 tiêu chuẩn: ${HTXS}`,
        `Căn cứ: ${GROUNDS}`,
        'Tệp căn cứ: quyet-dinh.pdf',
        `(Đã lưu tệp quyet-dinh.pdf tại: ${saved})`,
        '',
        'Thường trực xác nhận lại tiêu chuẩn này, hay trả lại cho thủ trưởng đơn vị kèm lý do?',
        '  1. Xác nhận lại',
        '  2. Trả lại',
        '  3. Để sau',
        HINT,
      ].join('\n'),
    );
    expect(readFileSync(saved)).toEqual(PDF);
    expect(await bot.say('xac nhan lai')).toBe(`Đã xác nhận lại tiêu chuẩn: ${HTXS}\nGõ /denghi để xem đề nghị.`);

    await as('vptk-1', '/denghi', '1', '1');
    expect(await bot.say('2')).toBe(
      `Thủ trưởng đơn vị xác nhận ngày 20/11/2025 tiêu chuẩn: ${CCHC}\nCăn cứ: ${CAPTION}\n\nThường trực xác nhận lại tiêu chuẩn này, hay trả lại cho thủ trưởng đơn vị kèm lý do?\n  1. Xác nhận lại\n  2. Trả lại\n  3. Để sau\n${HINT}`,
    );
    expect(await bot.say('tra lai')).toBe('Ghi lý do trả lại, từ 5 đến 1.000 ký tự. Thủ trưởng đơn vị thấy lý do khi gõ /denghi.');
    expect(await bot.say('Sai')).toBe('Lý do trả lại cần từ 5 đến 1.000 ký tự (đang có 3). Vui lòng nhập lại.');
    expect(await bot.say(REASON)).toBe(`Đã trả lại tiêu chuẩn: ${CCHC}\nThủ trưởng đơn vị thấy lý do khi gõ /denghi và xác nhận lại với căn cứ khác.`);
    // The refusal is kept on the attestation itself, not only in the audit log.
    expect(await bot.core.db.attestation.findMany({ where: { refusedAt: { not: null } }, select: { itemCode: true, refusalReason: true, confirmedAt: true } })).toEqual([
      { itemCode: expect.any(String), refusalReason: REASON, confirmedAt: null },
    ]);
    // Nothing waits any more: the secretariat's /denghi opens their own unit, as before.
    expect(await as('vptk-1', '/denghi')).toContain('Đề nghị khen thưởng cho Văn phòng - Thống kê. Đề nghị cho tập thể hay cá nhân?');

    const sentBack = await as('vhxh-1', '/denghi', '1');
    expect(sentBack).toContain(
      `✗ ${CCHC} — chưa đạt: thủ trưởng đơn vị chưa xác nhận. Thủ trưởng mở đề nghị đã lưu bằng /denghi để xác nhận, kèm ghi chú hoặc tệp căn cứ.\n    ↩ Thường trực trả lại ngày 20/11/2025, lý do: ${REASON}\n`,
    );
    expect(sentBack).toContain(`✓ ${HTXS} — đạt: thủ trưởng đơn vị đã xác nhận, thường trực đã xác nhận lại.\n    Căn cứ: ${GROUNDS}\n    Tệp căn cứ: quyet-dinh.pdf\n`);
    await bot.say('1');
    expect(await sendWithCaption('vhxh-1', 'bao-cao-cchc-da-ky.pdf', CAPTION)).toContain('Tệp căn cứ: bao-cao-cchc-da-ky.pdf');
    const again = await as('vhxh-1', '/denghi', '1');
    expect(again).toContain(
      `⏳ ${CCHC} — chờ xác nhận: thủ trưởng đơn vị đã xác nhận, chờ thường trực xác nhận lại.\n    Căn cứ: ${CAPTION}\n    Tệp căn cứ: bao-cao-cchc-da-ky.pdf\n`,
    );
    expect(again).not.toContain('↩');
    expect(await as('vptk-1', '/denghi')).toContain('• Văn hóa - Xã hội: 1 đề nghị');
    expect(await bot.core.db.auditLog.findMany({ where: { action: { startsWith: 'attestation.' } }, select: { action: true }, orderBy: { id: 'asc' } })).toEqual(
      ['attest', 'attest', 'confirm', 'refuse', 'attest'].map((a) => ({ action: `attestation.${a}` })),
    );
  });
});
