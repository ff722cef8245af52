import readXlsxFile from 'read-excel-file/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoAccountId } from '../../src/demo/seed.js';
import { startTestBot, type TestBot } from '../support/core.js';
import { CAMPAIGN, VHXH } from '../support/kim-phuong.js';

let bot: TestBot;
beforeEach(async () => {
  bot = await startTestBot();
});
afterEach(() => bot.close());

const READY =
  `Báo cáo tổng hợp ${CAMPAIGN}, số liệu đến ngày 20/11/2025. Tệp Excel gồm các trang: xếp hạng, kết quả chỉ tiêu, tình hình báo cáo, ` +
  'tự chấm điểm và thẩm định, đề nghị khen thưởng, bình xét, danh sách khen thưởng.';
const FILE = 'bao-cao-tong-hop-kim-phuong-2025-20-11-2025.xlsx';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('/baocaotonghop', () => {
  it.each(['vptk-1', 'ct-ubnd'])('%s gets the Excel file (the console mentions it)', async (code) => {
    bot.as('vhxh-1');
    for (const line of ['/baocao', '1', '95', 'bo qua', 'bo qua']) await bot.say(line);
    expect(await bot.say('luu')).toContain('Đã lưu báo cáo.');
    bot.as(code);
    const reply = await bot.say('/baocaotonghop');
    expect(reply).toMatch(new RegExp(`^${escape(READY)}\\n\\(Đã lưu tệp ${escape(FILE)} tại: .+\\)$`));

    const [answer] = await bot.core.engine.handle({
      channel: 'CONSOLE',
      chatId: demoAccountId(code),
      userId: demoAccountId(code),
      incoming: { kind: 'text', text: '/baocaotonghop' },
    });
    expect(answer!.text).toBe(READY);
    expect(answer!.document).toMatchObject({ name: FILE, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    const sheets = await readXlsxFile(Buffer.from(answer!.document!.bytes));
    expect(sheets[0]!.data[1]).toEqual([1, VHXH, 11.88, 'Yếu', 1]);
  });

  it('is refused to a unit head, who is told what to do instead', async () => {
    bot.as('vhxh-1');
    expect(await bot.say('/baocaotonghop')).toBe('Lệnh /baocaotonghop không dành cho vai trò của anh/chị. Gõ /trogiup để xem các lệnh anh/chị dùng được.');
  });
});
