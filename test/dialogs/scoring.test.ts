import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoAccountId } from '../../src/demo/seed.js';
import { startTestBot, type TestBot } from '../support/core.js';
import { vi } from '../support/locale.js';
import { PDF } from '../support/files.js';
import { TPHT, VHXH, VPTK } from '../support/kim-phuong.js';

// /chamdiem, /thamdinh, /vipham and /xephang <lĩnh vực> driven through the console as the
// declared members: vhxh-1 (HEAD of Văn hóa - Xã hội), vptk-1 (HEAD and ADMIN of Văn phòng - Thống kê).

const THE_CHE = 'Mức độ hoàn thành nhiệm vụ cải cách thể chế';
const TTHC = 'Mức độ hoàn thành nhiệm vụ cải cách TTHC';
const FORBIDDEN = (command: string) => `Lệnh /${command} không dành cho vai trò của anh/chị. Gõ /trogiup để xem các lệnh anh/chị dùng được.`;

let bot: TestBot;
beforeEach(async () => {
  bot = await startTestBot();
});
afterEach(() => bot.close());

async function sayAll(lines: string[]): Promise<string> {
  let last = '';
  for (const line of lines) last = await bot.say(line);
  return last;
}
/** Blank text straight to the engine (the console skips blank lines). */
async function blank(code: string): Promise<string> {
  const id = demoAccountId(code);
  const replies = await bot.core.engine.handle({ channel: 'CONSOLE', chatId: id, userId: id, incoming: { kind: 'text', text: '   ' } });
  return replies.map((r) => r.text).join('\n');
}
const score = async (unitName: string, criterionTitle: string) => bot.core.db.score.findFirst({ where: { unit: { name: unitName }, criterion: { title: criterionTitle } } });

/** vhxh-1 reports 98,5 % for Cải cách thể chế with one PDF as evidence. */
async function reportWithEvidence(): Promise<void> {
  const path = join(bot.dir, 'bien-ban.pdf');
  writeFileSync(path, PDF);
  bot.as('vhxh-1');
  await sayAll(['/baocao', '1', '98,5', 'bo qua', `:tep ${path}`, 'xong', 'luu']);
}

describe('/chamdiem', () => {
  it('a head self-scores a criterion with evidence: proposal, target and evidence shown, range enforced, total given', async () => {
    await reportWithEvidence();
    const areas = await bot.say('/chamdiem');
    expect(areas).toContain(`Tự chấm điểm của ${VHXH}. Chọn nhiệm vụ (lĩnh vực):\n  1. Cải cách thể chế — chưa chấm\n  2. Cải cách TTHC`);
    expect(await bot.say('the che')).toBe(
      [
        `Tự chấm điểm: ${THE_CHE} (tối đa 12,5 điểm)`,
        '• Chỉ tiêu: 100%',
        '• Kết quả báo cáo gần nhất: 98,5% (ngày 20/11/2025)',
        '• Điểm đề xuất theo kết quả báo cáo: 12,31/12,5',
        '• Tài liệu kiểm chứng: 1 tệp',
        '',
        'Nhập điểm tự chấm, từ 0 đến 12,5 (có thể gõ 10,5 hoặc 10.5).',
      ].join('\n'),
    );
    expect(await bot.say('13')).toBe('Điểm phải từ 0 đến 12,5. Vui lòng nhập lại.');
    expect(await bot.say('12%')).toBe('Điểm chưa đúng dạng số. Vui lòng gõ một số từ 0 đến 12,5, ví dụ: 10,5');
    expect(await bot.say('mười')).toBe('Điểm chưa đúng dạng số. Vui lòng gõ một số từ 0 đến 12,5, ví dụ: 10,5');
    expect(await bot.say('12.25')).toContain('Tiêu chí có 1 tệp tài liệu kiểm chứng. Ghi chú kèm điểm tự chấm (không bắt buộc): gõ nội dung, hoặc chọn Bỏ qua.\n  1. Bỏ qua');
    expect(await bot.say('bo qua')).toContain(
      `Xác nhận tự chấm điểm:\n• Đơn vị: ${VHXH}\n• Tiêu chí: ${THE_CHE}\n• Điểm tự chấm: 12,25/12,5\n• Giải trình, ghi chú: (không có)\n  1. Lưu\n  2. Hủy`,
    );
    expect(await bot.say('luu')).toBe(
      `Đã lưu điểm tự chấm. ${THE_CHE}: 12,25/12,5.\nTổng điểm tạm tính của ${VHXH}: 12,25/100 (Yếu), xếp thứ 1 trong 1 đơn vị đã có kết quả. Điểm chính thức là điểm sau thẩm định.`,
    );
    expect(await score(VHXH, THE_CHE)).toMatchObject({ selfPoints: 12.25, selfExplanation: null, appraisedPoints: null });
    expect(await bot.say('/chamdiem')).toContain('1. Cải cách thể chế — đã chấm');
  });

  it('without evidence a written explanation is required; Hủy saves nothing', async () => {
    bot.as('vhxh-1');
    await bot.say('/chamdiem');
    expect(await bot.say('2')).toContain(`chọn tiêu chí:\n  1. ${TTHC} — chưa chấm\n  2. Mức độ hoàn thành nhiệm vụ thực hiện cơ chế một cửa liên thông — chưa chấm`);
    const view = await bot.say('1');
    expect(view).toContain('• Chưa báo cáo kết quả tiêu chí này (/baocao).\n• Tài liệu kiểm chứng: chưa có');
    expect(view).not.toContain('Điểm đề xuất');
    expect(await bot.say('5')).toBe(
      'Tiêu chí này chưa có tài liệu kiểm chứng nào, nên cần giải trình bằng văn bản (bắt buộc): căn cứ chấm điểm và lý do chưa có tài liệu kiểm chứng. Nếu có, gõ /huy rồi gửi kèm khi /baocao.',
    );
    expect(await blank('vhxh-1')).toBe('Anh/chị chưa nhập gì. Vui lòng trả lời câu hỏi ở trên, hoặc gõ /huy để hủy.');
    expect(await bot.say('Đã rà soát 12/15 TTHC, biên bản đang trình ký')).toContain('• Giải trình, ghi chú: Đã rà soát 12/15 TTHC, biên bản đang trình ký');
    expect(await bot.say('huy')).toBe('Đã hủy, chưa lưu điểm tự chấm.');
    expect(await bot.core.db.score.count()).toBe(0);

    await sayAll(['/chamdiem', '2', '1', '5', 'Đã rà soát 12/15 TTHC']);
    await bot.say('luu');
    expect(await score(VHXH, TTHC)).toMatchObject({ selfPoints: 5, selfExplanation: 'Đã rà soát 12/15 TTHC' });
    expect(await bot.say('/chamdiem')).toContain('2. Cải cách TTHC và thực hiện cơ chế một cửa, một cửa liên thông — đã chấm 1/2');
  });

  it('a head cannot score another unit; the secretariat can; the leader and council cannot at all', async () => {
    bot.as('vhxh-1');
    expect(await bot.say('/chamdiem tu phap')).toBe(`Anh/chị chỉ xem và báo cáo được cho đơn vị của mình, không phải ${TPHT}.`);
    bot.as('vptk-1');
    expect(await bot.say('/chamdiem')).toContain(`Tự chấm điểm của ${VPTK}.`);
    expect(await bot.say('/chamdiem tu phap')).toContain(`Tự chấm điểm của ${TPHT}.`);
    await sayAll(['1', '10', 'Theo biên bản kiểm tra', 'luu']);
    expect(await score(TPHT, THE_CHE)).toMatchObject({ selfPoints: 10 });
    for (const code of ['ct-ubnd', 'pct-ubnd']) {
      bot.as(code);
      expect(await bot.say('/chamdiem')).toBe(FORBIDDEN('chamdiem'));
    }
  });
});

describe('/thamdinh', () => {
  it('the secretariat adjusts with a reason and accepts another; the head sees the adjustment in /chamdiem', async () => {
    await reportWithEvidence();
    await sayAll(['/chamdiem', '1', '12', 'bo qua', 'luu']);
    await sayAll(['/chamdiem', '2', '1', '5', 'Đã rà soát 12/15 TTHC', 'luu']);

    bot.as('vptk-1');
    expect(await bot.say('/thamdinh')).toContain(
      `Thẩm định điểm tự chấm của đơn vị nào?\n  1. ${VPTK} — đã tự chấm 0/9, đã thẩm định 0/9\n  2. ${VHXH} — đã tự chấm 2/9, đã thẩm định 0/9`,
    );
    const list = await bot.say('van hoa');
    expect(list).toContain(`Thẩm định điểm của ${VHXH} (đã thẩm định 0/9 tiêu chí). Chọn tiêu chí, hoặc chọn Xong:`);
    expect(list).toContain(`  1. ${THE_CHE} — tự chấm: 12, thẩm định: chưa có (tối đa 12,5)`);
    expect(list).toContain('  10. Xong');
    const detail = await bot.say('1');
    expect(detail).toContain('• Điểm đề xuất theo kết quả báo cáo: 12,31/12,5\n• Tài liệu kiểm chứng: 1 tệp\n• Điểm tự chấm: 12/12,5 (ngày 20/11/2025)');
    expect(detail).toContain('  1. Đồng ý với điểm tự chấm (12)\n  2. Điều chỉnh');
    expect(await bot.say('dieu chinh')).toBe('Nhập điểm thẩm định, từ 0 đến 12,5 (có thể gõ 10,5 hoặc 10.5).');
    expect(await bot.say('20')).toBe('Điểm phải từ 0 đến 12,5. Vui lòng nhập lại.');
    expect(await bot.say('9')).toBe('Nhập lý do điều chỉnh (bắt buộc; đơn vị sẽ thấy lý do này khi xem điểm bằng /chamdiem).');
    expect(await blank('vptk-1')).toBe('Anh/chị chưa nhập gì. Vui lòng trả lời câu hỏi ở trên, hoặc gõ /huy để hủy.');
    const saved = await bot.say('Biên bản kiểm tra chưa có chữ ký');
    expect(saved).toContain(`Đã thẩm định ${THE_CHE} của ${VHXH}: 9/12,5 (điều chỉnh so với điểm tự chấm).\n\nThẩm định điểm của ${VHXH} (đã thẩm định 1/9 tiêu chí).`);
    expect(saved).toContain(`  1. ${THE_CHE} — tự chấm: 12, thẩm định: 9 (tối đa 12,5)`);
    await bot.say('2');
    expect(await bot.say('1')).toContain(`Đã thẩm định ${TTHC} của ${VHXH}: 5/6,25 (đồng ý với điểm tự chấm).`);
    expect(await bot.say('xong')).toBe('Đã kết thúc phiên thẩm định. Gõ /xephang để xem bảng xếp hạng.');

    expect(await score(VHXH, THE_CHE)).toMatchObject({ selfPoints: 12, appraisedPoints: 9, appraisalReason: 'Biên bản kiểm tra chưa có chữ ký' });
    expect(await score(VHXH, TTHC)).toMatchObject({ selfPoints: 5, appraisedPoints: 5, appraisalReason: null });

    bot.as('vhxh-1');
    await bot.say('/chamdiem');
    const view = await bot.say('1');
    expect(view).toContain('• Điểm tự chấm: 12/12,5 (ngày 20/11/2025)\n• Thẩm định: 9/12,5 — lý do: Biên bản kiểm tra chưa có chữ ký');
    expect(view).toContain('Tiêu chí này đã được thẩm định ngày 20/11/2025, không tự chấm lại được.');
    expect(await bot.say('10')).toBe('Hiện không có thao tác nào đang dở. Gõ /trogiup để xem các lệnh.');
    await bot.say('/chamdiem');
    await bot.say('2');
    expect(await bot.say('1')).toContain('• Thẩm định: 5/6,25 (đồng ý với điểm tự chấm)');

    // The appraised 9 and 5 count; most criteria are still unappraised, so still provisional.
    const standings = await bot.say('/xephang');
    expect(standings).toContain('(Tạm tính theo số liệu các đơn vị báo cáo, chưa thẩm định.)');
    expect(standings).toContain(`1. ${VHXH} — 14 điểm — Yếu`);
  });

  it('without a self-score only an adjustment with a reason is offered; equal to the self-score the reason is optional', async () => {
    bot.as('vhxh-1');
    await sayAll(['/chamdiem', '4', '10', 'Đã triển khai', 'luu']);
    bot.as('vptk-1');
    await bot.say('/thamdinh van hoa');
    const none = await bot.say('1');
    expect(none).toContain('• Đơn vị chưa tự chấm điểm tiêu chí này.\n  1. Điều chỉnh\n');
    await bot.say('1');
    expect(await bot.say('0')).toContain('Nhập lý do điều chỉnh (bắt buộc');
    expect(await bot.say('Đơn vị không tự chấm')).toContain(`Đã thẩm định ${THE_CHE} của ${VHXH}: 0/12,5 (điều chỉnh so với điểm tự chấm).`);

    await bot.say('Mức độ hoàn thành nhiệm vụ cải cách chế độ công vụ');
    await bot.say('dieu chinh');
    expect(await bot.say('10,0')).toContain('Điểm này bằng điểm tự chấm. Ghi chú thêm (không bắt buộc): gõ nội dung, hoặc chọn Bỏ qua.\n  1. Bỏ qua');
    expect(await bot.say('bo qua')).toContain('(đồng ý với điểm tự chấm)');
    expect(await score(VHXH, 'Mức độ hoàn thành nhiệm vụ cải cách chế độ công vụ')).toMatchObject({ selfPoints: 10, appraisedPoints: 10, appraisalReason: null });
    expect(await score(VHXH, THE_CHE)).toMatchObject({ selfPoints: null, appraisedPoints: 0, appraisalReason: 'Đơn vị không tự chấm' });
  });

  it('is for the secretariat only', async () => {
    for (const code of ['vhxh-1', 'ct-ubnd', 'ct-mttq']) {
      bot.as(code);
      expect(await bot.say('/thamdinh')).toBe(FORBIDDEN('thamdinh'));
      expect(await bot.say('/vipham')).toBe(FORBIDDEN('vipham'));
    }
    expect(await bot.core.db.score.count()).toBe(0);
  });
});

describe('/vipham', () => {
  it('records a unit and a member violation; wrong days are asked again; the list comes first', async () => {
    bot.as('vptk-1');
    expect(await bot.say('/vipham')).toBe(
      'Chưa ghi nhận vi phạm nào trong phong trào.\n\nGhi nhận vi phạm cho đơn vị hoặc cá nhân nào? Gõ tên (có thể không dấu), ví dụ: tu phap.',
    );
    expect(await bot.say('xyz')).toBe('Không tìm thấy đơn vị hay cá nhân nào khớp với "xyz". Vui lòng gõ lại tên (có thể không dấu), hoặc gõ /huy để hủy.');
    expect(await bot.say('tu phap')).toBe(`Nhập nội dung vi phạm của ${TPHT} (tập thể), ví dụ: văn bản kết luận, hình thức kỷ luật.`);
    expect(await bot.say('Chậm nộp báo cáo CCHC quý III')).toContain('Ngày vi phạm (ngày/tháng/năm, ví dụ 20/11/2025), hoặc chọn Hôm nay.\n  1. Hôm nay');
    expect(await bot.say('31/11/2025')).toContain('Ngày chưa đúng dạng. Vui lòng gõ ngày/tháng/năm, ví dụ: 20/11/2025, hoặc chọn Hôm nay.');
    expect(await bot.say('21/11/2025')).toContain('Ngày vi phạm không thể sau hôm nay. Vui lòng nhập lại.');
    expect(await bot.say('17/02/2025')).toContain('Ngày vi phạm phải nằm trong thời gian phong trào, từ 18/02/2025 đến 31/12/2025. Vui lòng nhập lại.');
    expect(await bot.say('05/11/2025')).toContain(
      `Xác nhận ghi nhận vi phạm:\n• ${TPHT} (tập thể)\n• Nội dung: Chậm nộp báo cáo CCHC quý III\n• Ngày vi phạm: 05/11/2025\nSau khi ghi nhận, ${TPHT} không đủ điều kiện đề nghị khen thưởng trong phong trào này.`,
    );
    expect(await bot.say('luu')).toBe(`Đã ghi nhận vi phạm của ${TPHT} (tập thể) ngày 05/11/2025.`);

    expect(await bot.say('/vipham ma')).toBe(
      '"ma" khớp với nhiều đơn vị, cá nhân. Chọn một:\n  1. Ma Văn Thắng (cá nhân)\n  2. Ma Thị Huyền (cá nhân)\n(Gõ số thứ tự hoặc tên lựa chọn; /huy để hủy.)',
    );
    await bot.say('2');
    await bot.say('Vi phạm quy định giờ làm việc');
    await bot.say('hom nay');
    expect(await bot.say('luu')).toBe('Đã ghi nhận vi phạm của Ma Thị Huyền (cá nhân) ngày 20/11/2025.');

    expect(await bot.say('/vipham')).toContain(
      [
        'Vi phạm kỷ luật, kỷ cương hành chính đã ghi nhận trong phong trào:',
        `• 05/11/2025 — ${TPHT} (tập thể): Chậm nộp báo cáo CCHC quý III (người ghi nhận: Nông Thị Hồng Nhung)`,
        '• 20/11/2025 — Ma Thị Huyền (cá nhân): Vi phạm quy định giờ làm việc (người ghi nhận: Nông Thị Hồng Nhung)',
      ].join('\n'),
    );
    const rows = await bot.core.db.violation.findMany({ include: { unit: true, member: true }, orderBy: { id: 'asc' } });
    expect(rows.map((r) => [r.unit?.name ?? null, r.member?.fullName ?? null, r.reason])).toEqual([
      [TPHT, null, 'Chậm nộp báo cáo CCHC quý III'],
      [null, 'Ma Thị Huyền', 'Vi phạm quy định giờ làm việc'],
    ]);
  });

  it('a cancelled violation records nothing', async () => {
    bot.as('vptk-1');
    await sayAll(['/vipham van hoa', 'Chậm trễ', '1']);
    expect(await bot.say('huy')).toBe('Đã hủy, chưa ghi nhận vi phạm.');
    expect(await bot.core.db.violation.count()).toBe(0);
  });
});

describe('/xephang <lĩnh vực>', () => {
  it('ranks one task area out of 100, names it in the title, and lists the areas for an unknown name', async () => {
    await reportWithEvidence(); // 12,31 of 12,5 in Cải cách thể chế: 98,48 of the area's 100
    const area = await bot.say('/xephang the che');
    expect(area).toContain(
      `Bảng xếp hạng lĩnh vực "Cải cách thể chế" — Phong trào thi đua "Chung tay Cải cách hành chính" xã Kim Phượng năm 2025\n(Tạm tính theo số liệu các đơn vị báo cáo, chưa thẩm định.)\n\n1. ${VHXH} — 98,48 điểm — xếp loại chung: Yếu — đã báo cáo 1/1 tiêu chí\n\n${vi('standings-area-unreported-title', { count: 5 })}\n• Bộ phận Tiếp nhận và Trả kết quả\n`,
    );
    expect(area).toContain('Điểm lĩnh vực quy về thang 100; xếp loại là xếp loại chung của đơn vị trên toàn phong trào.');
    expect(await bot.say('/xephang kiem tra')).toContain(`Bảng xếp hạng lĩnh vực "Kiểm tra Cải cách hành chính"`);
    expect(await bot.say('/xephang thi dua')).toBe(
      'Không có lĩnh vực nào khớp với "thi dua". Các lĩnh vực: Cải cách thể chế; Cải cách TTHC và thực hiện cơ chế một cửa, một cửa liên thông; Cải cách tổ chức, bộ máy hành chính nhà nước; Cải cách chế độ công vụ; Cải cách tài chính công; Xây dựng và phát triển chính quyền điện tử, chính quyền số; Tuyên truyền về cải cách hành chính; Kiểm tra Cải cách hành chính. Gõ /xephang <tên lĩnh vực> (có thể không dấu), ví dụ: /xephang the che.',
    );
    expect(await bot.say('/xephang cai cach')).toContain('"cai cach" khớp với nhiều lĩnh vực: Cải cách thể chế; Cải cách TTHC');
    expect(await bot.core.db.standingsSnapshot.count()).toBe(1); // only the one /baocao took
  });
});
