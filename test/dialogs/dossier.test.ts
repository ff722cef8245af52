import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoAccountId } from '../../src/demo/seed.js';
import { startTestBot, type TestBot } from '../support/core.js';
import { EXE, incoming, JPEG, OTHER_PDF, PDF } from '../support/files.js';

let bot: TestBot;
let files: Record<string, string>;
beforeEach(async () => {
  bot = await startTestBot();
  files = {};
  for (const [name, bytes] of Object.entries({ 'to-trinh.pdf': PDF, 'bien-ban.pdf': OTHER_PDF, 'virus.pdf': EXE, 'ghi-chu.txt': Buffer.from('x') })) {
    files[name] = join(bot.dir, name);
    writeFileSync(files[name]!, bytes);
  }
});
afterEach(() => bot.close());

describe('/nophoso and /hoso', () => {
  it('a head files the Tờ trình, sees it in the checklist and gets it back', async () => {
    bot.as('vhxh-1');
    const empty = await bot.say('/hoso');
    expect(empty).toContain('✗ Tờ trình khen thưởng của cơ quan: chưa nộp');
    expect(empty).not.toContain('Chọn tài liệu để tải lại');
    expect(await bot.say('/nophoso')).toContain('Nộp hồ sơ của Văn hóa - Xã hội. Chọn loại tài liệu (✓ là đã có):\n  1. Tờ trình khen thưởng của cơ quan');
    expect(await bot.say('to trinh')).toContain('Gửi tệp Tờ trình khen thưởng của cơ quan (PDF, Word, Excel, ODT/ODS hoặc ảnh chụp trang đã ký), tối đa 20 MB.');
    expect(await bot.say('đây là tờ trình')).toContain('Bước này cần một tệp hoặc ảnh.');
    const received = await bot.say(`:tep ${files['to-trinh.pdf']}`);
    expect(received).toContain('Đã nhận tệp to-trinh.pdf cho mục Tờ trình khen thưởng của cơ quan.');
    expect(received).toContain('✓ Tờ trình khen thưởng của cơ quan: to-trinh.pdf (nộp ngày 20/11/2025, Đinh Văn Quang)');
    expect(received).toContain('Đã nộp 1/3 thành phần.');
    expect(received).toContain('• Nộp hồ sơ xét khen thưởng về UBND xã: 05/12/2025 (còn 11 ngày làm việc)');

    const doc = await bot.core.db.dossierDocument.findFirstOrThrow({ include: { evidence: true, kind: true, unit: true } });
    expect(doc).toMatchObject({
      kind: { code: 'TO_TRINH' },
      unit: { code: 'VHXH' },
      evidence: { originalName: 'to-trinh.pdf', mime: 'application/pdf', sourceChannel: 'CONSOLE' },
    });

    const checklist = await bot.say('/hoso');
    expect(checklist).toContain('Chọn tài liệu để tải lại:\n  1. Tờ trình khen thưởng của cơ quan');
    const [reply] = await bot.core.engine.handle({ channel: 'CONSOLE', chatId: demoAccountId('vhxh-1'), userId: demoAccountId('vhxh-1'), incoming: { kind: 'text', text: '1' } });
    expect(reply!.text).toBe('Tệp to-trinh.pdf:');
    expect(reply!.document).toMatchObject({ name: 'to-trinh.pdf', mime: 'application/pdf' });
    expect(Buffer.from(reply!.document!.bytes).equals(PDF)).toBe(true);
  });

  it('the same file twice is recognised; wrong types and bad paths are refused and the step stays', async () => {
    bot.as('vhxh-1');
    await bot.say('/nophoso');
    await bot.say('1');
    await bot.say(`:tep ${files['to-trinh.pdf']}`);
    await bot.say('/nophoso');
    expect(await bot.say('1')).toContain('Đã có tệp to-trinh.pdf: tệp mới gửi sẽ là bản mới nhất');
    expect(await bot.say(`:tep ${files['to-trinh.pdf']}`)).toBe('Tệp này đã được gửi trước đây (ngày 20/11/2025), không cần gửi lại.');
    expect(await bot.say(`:tep ${files['virus.pdf']}`)).toContain('Không nhận tệp "virus.pdf": chỉ nhận PDF, Word (DOC, DOCX), Excel (XLS, XLSX), ODT, ODS và ảnh chụp.');
    expect(await bot.say(`:tep ${files['ghi-chu.txt']}`)).toContain('Không nhận tệp "ghi-chu.txt"');
    expect(await bot.say(':tep /khong/co/tep.pdf')).toBe('Không mở được tệp "/khong/co/tep.pdf". Kiểm tra lại đường dẫn.');
    // Still at the file step: a new version is filed.
    expect(await bot.say(`:tep ${files['bien-ban.pdf']}`)).toContain('Đã nhận tệp bien-ban.pdf cho mục Tờ trình khen thưởng của cơ quan.');
    expect(await bot.core.db.dossierDocument.count()).toBe(2);
    expect(await bot.core.db.evidence.count()).toBe(2);
  });

  it('a head cannot file for another unit; the secretariat can; the leader only looks', async () => {
    bot.as('vhxh-1');
    expect(await bot.say('/nophoso tu phap')).toBe('Anh/chị chỉ xem và báo cáo được cho đơn vị của mình, không phải Tư pháp - Hộ tịch.');
    expect(await bot.say('/hoso tu phap')).toBe('Anh/chị chỉ xem và báo cáo được cho đơn vị của mình, không phải Tư pháp - Hộ tịch.');
    bot.as('vptk-1');
    await bot.say('/nophoso tu phap');
    await bot.say('3');
    expect(await bot.say(`:tep ${files['to-trinh.pdf']}`)).toContain('Đã nhận tệp to-trinh.pdf cho mục Báo cáo thành tích tập thể, cá nhân.');
    bot.as('ct-ubnd');
    const leader = await bot.say('/hoso tu phap');
    expect(leader).toContain('✓ Báo cáo thành tích tập thể, cá nhân: to-trinh.pdf');
    expect(leader).not.toContain('Chọn tài liệu để tải lại');
    expect(await bot.say('/nophoso tu phap')).toContain('Lệnh /nophoso không dành cho vai trò của anh/chị.');
  });

  it('a file sent with no dialog under way gets a hint', async () => {
    bot.as('vhxh-1');
    expect(await bot.say(`:tep ${files['to-trinh.pdf']}`)).toBe(
      'Bot chưa biết tệp này dùng cho việc gì. Gõ /nophoso để nộp hồ sơ khen thưởng, hoặc /baocao để báo cáo kèm tài liệu kiểm chứng.',
    );
    await bot.say('/baocao');
    expect(await bot.say(`:tep ${files['to-trinh.pdf']}`)).toContain('Bước này chưa cần gửi tệp.');
  });
});

describe('evidence in /baocao', () => {
  it('attaches files to the report, refuses a duplicate, and records who and for which criterion', async () => {
    bot.as('vhxh-1');
    await bot.say('/baocao');
    await bot.say('1');
    await bot.say('95');
    expect(await bot.say('1')).toContain('Gửi tài liệu kiểm chứng (ảnh, PDF, Word, Excel), có thể gửi nhiều tệp; hoặc chọn Bỏ qua.\n  1. Bỏ qua');
    expect(await bot.say(`:tep ${files['to-trinh.pdf']}`)).toContain('Đã nhận to-trinh.pdf (tổng 1 tệp). Gửi thêm, hoặc chọn Xong.');
    expect(await bot.say(`:tep ${files['to-trinh.pdf']}`)).toContain('Tệp này đã được gửi trước đây');
    expect(await bot.say(`:tep ${files['bien-ban.pdf']}`)).toContain('(tổng 2 tệp)');
    expect(await bot.say('xong')).toContain('• Tài liệu kiểm chứng: 2 tệp');
    expect(await bot.say('luu')).toContain('Đã lưu báo cáo.');
    const evidence = await bot.core.db.evidence.findMany({ include: { criterion: true, progressReport: true, member: true }, orderBy: { id: 'asc' } });
    expect(evidence.map((e) => [e.originalName, e.criterion?.code, e.progressReport?.value, e.member.fullName])).toEqual([
      ['to-trinh.pdf', 'THE_CHE_HOAN_THANH', 95, 'Đinh Văn Quang'],
      ['bien-ban.pdf', 'THE_CHE_HOAN_THANH', 95, 'Đinh Văn Quang'],
    ]);
    // The same evidence for the same criterion later is recognised too.
    await bot.say('/baocao');
    await bot.say('1');
    await bot.say('96');
    await bot.say('1');
    expect(await bot.say(`:tep ${files['bien-ban.pdf']}`)).toContain('Tệp này đã được gửi trước đây (ngày 20/11/2025)');
  });

  it('a cancelled report attaches nothing', async () => {
    bot.as('vhxh-1');
    await bot.say('/baocao');
    await bot.say('1');
    await bot.say('95');
    await bot.say('1');
    await bot.say(`:tep ${files['to-trinh.pdf']}`);
    await bot.say('/huy');
    expect(await bot.core.db.evidence.count()).toBe(0);
    expect(await bot.core.db.progressReport.count()).toBe(0);
  });
});

describe('/xephang picture and groups', () => {
  const head = demoAccountId('vhxh-1');
  const handle = (text: string, extra: Partial<Parameters<TestBot['core']['engine']['handle']>[0]> = {}) =>
    bot.core.engine.handle({ channel: 'TELEGRAM', chatId: head, userId: head, incoming: { kind: 'text', text }, ...extra });

  it('comes with a PNG chart that is rendered once per change of standings', async () => {
    const member = await bot.core.db.member.findFirstOrThrow({ where: { code: 'vhxh-1' } });
    await bot.core.services.members.linkAccount(member.id, 'TELEGRAM', head);
    const [first] = await handle('/xephang');
    expect(first!.text).toContain('Bảng xếp hạng — ');
    expect(Buffer.from(first!.image!.png).subarray(1, 4).toString()).toBe('PNG');
    const [again] = await handle('/xephang');
    expect(again!.image!.key).toBe(first!.image!.key);
    bot.as('vhxh-1');
    await bot.say('/baocao');
    for (const answer of ['1', '100', '1', '1', '1']) await bot.say(answer);
    const [changed] = await handle('/xephang');
    expect(changed!.image!.key).not.toBe(first!.image!.key);
  });

  it('in a group only the standings are answered, for the group the campaign names', async () => {
    await bot.core.db.campaign.updateMany({ data: { groupChats: { telegram: '-100777' } } });
    const group = { chatId: '-100777', chatType: 'group' as const, userId: '5550001' };
    const [standings] = await handle('/xephang@ThiDuaBot', group);
    expect(standings!.text).toContain('Bảng xếp hạng — Phong trào thi đua "Chung tay Cải cách hành chính" xã Kim Phượng năm 2025');
    const [report] = await handle('/baocao', group);
    expect(report!.text).toBe('Lệnh /baocao chỉ dùng trong tin nhắn riêng với bot, để thông tin của anh/chị không hiện ra cho cả nhóm.');
    expect(await handle('chào cả nhà', group)).toEqual([]);
    const [other] = await handle('/xephang', { ...group, chatId: '-100888' });
    expect(other!.text).toContain('Nhóm này chưa được gắn với phong trào thi đua nào.');
    expect(await bot.core.db.dialogState.count()).toBe(0);
    const [photo] = await bot.core.engine.handle({ channel: 'TELEGRAM', ...group, incoming: { kind: 'file', file: incoming(JPEG, null, { kind: 'photo' }) } });
    expect(photo).toBeUndefined();
  });
});
