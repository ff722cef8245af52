import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/core.js';

let bot: TestBot;
beforeEach(async () => {
  bot = await startTestBot();
  bot.as('vhxh-1');
});
afterEach(() => bot.close());

const reports = () => bot.core.db.progressReport.findMany({ orderBy: { id: 'asc' } });

describe('/baocao', () => {
  it('walks area → value → note → confirm, saves, and /xephang reflects it', async () => {
    expect(await bot.say('/baocao')).toContain('Báo cáo của Văn hóa - Xã hội. Chọn nhiệm vụ (lĩnh vực):\n  1. Cải cách thể chế');
    const ask = await bot.say('cai cach the che');
    expect(ask).toContain('Nhập kết quả cho tiêu chí: Mức độ hoàn thành nhiệm vụ cải cách thể chế');
    expect(ask).toContain('Chỉ tiêu: 100%');
    expect(ask).toContain('Giá trị hợp lệ: từ 0% đến 100%');
    expect(await bot.say('98,5%')).toContain('Ghi chú kèm theo (không bắt buộc)');
    expect(await bot.say('Số liệu quý III')).toContain('Gửi tài liệu kiểm chứng (ảnh, PDF, Word, Excel)');
    const confirm = await bot.say('bo qua');
    expect(confirm).toContain('• Kết quả: 98,5%');
    expect(confirm).toContain('• Tài liệu kiểm chứng: không có');
    expect(confirm).toContain('• Ghi chú: Số liệu quý III');
    const saved = await bot.say('1');
    expect(saved).toContain('Đã lưu báo cáo. Mức độ hoàn thành nhiệm vụ cải cách thể chế: chưa có → 98,5%.');
    expect(saved).toContain('Điểm tiêu chí (tạm tính): 12,31/12,5.');
    expect(saved).toContain('Văn hóa - Xã hội hiện đạt 12,31/100 điểm, xếp thứ 1 trong 1 đơn vị đã có kết quả.');

    const rows = await reports();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ value: 98.5, note: 'Số liệu quý III', channel: 'CONSOLE' });

    const standings = await bot.say('/xephang');
    expect(standings).toContain('1. Văn hóa - Xã hội — 12,31 điểm — Yếu');
    expect(standings).toContain('(Tạm tính theo số liệu các đơn vị báo cáo, chưa thẩm định.)');
  });

  it('accepts 98.5 and 98,5 alike, picks a criterion inside an area, shows the change', async () => {
    await bot.say('/baocao');
    expect(await bot.say('2')).toContain('chọn tiêu chí:\n  1. Mức độ hoàn thành nhiệm vụ cải cách TTHC');
    await bot.say('mot cua');
    await bot.say('80.5');
    await bot.say('bo qua');
    await bot.say('bo qua');
    await bot.say('luu');
    await bot.say('/baocao');
    await bot.say('2');
    const ask = await bot.say('2');
    expect(ask).toContain('Lần báo cáo trước: 80,5% (ngày 20/11/2025).');
    await bot.say('90');
    await bot.say('1');
    expect(await bot.say('thôi nhé')).toContain('Bước này nhận tệp hoặc ảnh tài liệu kiểm chứng.');
    await bot.say('1');
    expect(await bot.say('Lưu')).toContain('thực hiện cơ chế một cửa liên thông: 80,5% → 90%.');
    expect((await reports()).map((r) => r.value)).toEqual([80.5, 90]);
  });

  it('keeps the dialog where it was on bad input and says what to do', async () => {
    await bot.say('/baocao');
    expect(await bot.say('12')).toContain('Không có lựa chọn số đó. Vui lòng chọn một số từ 1 đến 8');
    expect(await bot.say('thi dua xuat sac')).toContain('Không nhận ra lựa chọn này');
    expect(await bot.say('/khongcolenh')).toBe('Không có lệnh /khongcolenh. Gõ /trogiup để xem các lệnh anh/chị dùng được.');
    await bot.say('1');
    expect(await bot.say('abc')).toContain('Giá trị chưa đúng dạng số. Vui lòng gõ một số, ví dụ: 98,5');
    expect(await bot.say('150')).toContain('Giá trị 150% nằm ngoài khoảng cho phép.\nGiá trị hợp lệ: từ 0% đến 100%.');
    expect(await bot.say('-1')).toContain('nằm ngoài khoảng cho phép');
    expect(await bot.say('98,5,')).toContain('Giá trị chưa đúng dạng số');
    // Still at the value step: a good value moves on.
    expect(await bot.say('100')).toContain('Ghi chú kèm theo');
    expect(await reports()).toHaveLength(0);
  });

  it('/huy cancels at any step and saves nothing', async () => {
    await bot.say('/baocao');
    await bot.say('1');
    await bot.say('100');
    expect(await bot.say('/huy')).toBe('Đã hủy thao tác đang dở. Chưa có gì được lưu.');
    expect(await bot.say('1')).toBe('Hiện không có thao tác nào đang dở. Gõ /trogiup để xem các lệnh.');
    expect(await bot.say('/huy')).toBe('Không có thao tác nào đang dở để hủy.');
    expect(await reports()).toHaveLength(0);
  });

  it('choosing Hủy at the confirmation saves nothing', async () => {
    await bot.say('/baocao');
    await bot.say('1');
    await bot.say('100');
    await bot.say('1');
    await bot.say('1');
    expect(await bot.say('2')).toBe('Đã hủy, chưa lưu báo cáo.');
    expect(await reports()).toHaveLength(0);
  });

  it('the secretariat picks any unit; a head cannot name another unit', async () => {
    bot.as('vptk-1');
    expect(await bot.say('/baocao tu phap')).toContain('Báo cáo của Tư pháp - Hộ tịch.');
    await bot.say('/huy');
    bot.as('vhxh-1');
    expect(await bot.say('/baocao tu phap')).toBe('Anh/chị chỉ xem và báo cáo được cho đơn vị của mình, không phải Tư pháp - Hộ tịch.');
    expect(await bot.say('/baocao van hoa')).toContain('Báo cáo của Văn hóa - Xã hội.');
  });
});
