import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanLines, NOTE_MAX } from '../../src/domain/text.js';
import { demoAccountId } from '../../src/demo/seed.js';
import { startTestBot, type TestBot } from '../support/core.js';
import { TPHT, VHXH } from '../support/kim-phuong.js';

// Notes, explanations and reasons typed in several lines and close to their limit: /baocao,
// /chamdiem, /thamdinh and /vipham keep every line and every character up to NOTE_MAX (shown in
// the confirmation, stored as typed), and refuse a longer text naming the limit, keeping the
// question open. Multi-line messages go straight to the engine: the console reads one line.

let bot: TestBot;
let who = 'vhxh-1';
beforeEach(async () => {
  bot = await startTestBot();
  as('vhxh-1');
});
afterEach(() => bot.close());

function as(code: string): void {
  who = code;
  bot.as(code);
}

/** A message as a chat app sends it, possibly in several lines. */
async function type(text: string): Promise<string> {
  const id = demoAccountId(who);
  const replies = await bot.core.engine.handle({ channel: 'CONSOLE', chatId: id, userId: id, incoming: { kind: 'text', text } });
  return replies.map((r) => r.text).join('\n');
}

async function sayAll(lines: string[]): Promise<string> {
  let last = '';
  for (const line of lines) last = await bot.say(line);
  return last;
}

/** 1,950 characters in 16 lines, with a blank line after the first: what a careful officer writes. */
const NOTE = (() => {
  const lines = [
    'Căn cứ số liệu:',
    '',
    ...Array.from(
      { length: 14 },
      (_, i) => `${i + 1}. Sổ theo dõi hồ sơ tháng ${i + 1}, đã đối chiếu với Hệ thống thông tin giải quyết TTHC của tỉnh và biên bản kiểm tra của xã.`,
    ),
  ];
  const text = lines.join('\n');
  return `${text.slice(0, 1949).trimEnd()}${'.'.repeat(1950 - text.slice(0, 1949).trimEnd().length)}`;
})();
/** The same note as typed on a phone: Windows line ends, stray spaces, a zero-width space, several blank lines. */
const TYPED = `  ${NOTE.replace('\n\n', '\n\n\n\n').replaceAll('\n', ' \r\n').replace('Sổ', 'S\u200Bổ')}\t`;
const TOO_LONG = (n: number) => `Ghi chú\n${'ạ'.repeat(n - 8)}`;
const tooLong = (length: number) =>
  `Nội dung dài ${length.toLocaleString('vi-VN')} ký tự, vượt quá 2.000 ký tự cho phép. Chưa có gì được lưu. Vui lòng viết gọn lại rồi gửi lại, hoặc gõ /huy để hủy.`;

describe('the note fixture', () => {
  it('is 1,950 characters in 16 lines, unchanged by cleaning, and typed messily', () => {
    expect(NOTE).toHaveLength(1950);
    expect(NOTE.split('\n')).toHaveLength(16);
    expect(cleanLines(NOTE)).toBe(NOTE);
    expect(TYPED).not.toBe(NOTE);
    expect(cleanLines(TYPED)).toBe(NOTE);
    expect(NOTE_MAX).toBe(2000);
  });
});

describe('a long note in several lines', () => {
  it('/baocao shows it whole in the confirmation and stores it whole; one past the limit is refused', async () => {
    await sayAll(['/baocao', 'cai cach the che', '98,5%']);
    // one character past the limit: refused, the Bỏ qua option offered again
    expect(await type(TOO_LONG(2001))).toBe(tooLong(2001));
    expect(await type(TYPED)).toContain('Gửi tài liệu kiểm chứng');
    const confirm = await bot.say('bo qua');
    expect(confirm).toContain(`• Ghi chú: ${NOTE}\n`);
    await bot.say('1');
    expect((await bot.core.db.progressReport.findFirstOrThrow()).note).toBe(NOTE);
  });

  it('/chamdiem keeps the explanation whole, and the limit itself is accepted', async () => {
    await sayAll(['/chamdiem', '2', '1', '5']);
    expect(await type(TOO_LONG(2500))).toBe(tooLong(2500));
    const atLimit = TOO_LONG(2000);
    expect(await type(atLimit)).toContain(`• Giải trình, ghi chú: ${atLimit}`);
    await bot.say('huy');
    await sayAll(['/chamdiem', '2', '1', '5']);
    expect(await type(TYPED)).toContain(`• Giải trình, ghi chú: ${NOTE}`);
    await bot.say('luu');
    expect((await bot.core.db.score.findFirstOrThrow()).selfExplanation).toBe(NOTE);
  });

  it('/thamdinh keeps the reason whole and shows it to the unit in /chamdiem', async () => {
    await sayAll(['/chamdiem', '2', '1', '5', 'Đã rà soát 12/15 TTHC', 'luu']);
    as('vptk-1');
    await sayAll(['/thamdinh', 'van hoa', '2', 'dieu chinh', '4']);
    expect(await type(TOO_LONG(2001))).toBe(tooLong(2001));
    expect(await type(TYPED)).toContain(`Đã thẩm định Mức độ hoàn thành nhiệm vụ cải cách TTHC của ${VHXH}: 4/6,25`);
    expect((await bot.core.db.score.findFirstOrThrow()).appraisalReason).toBe(NOTE);
    as('vhxh-1');
    expect(await sayAll(['/chamdiem', '2', '1'])).toContain(NOTE);
  });

  it('/vipham keeps the reason whole in the confirmation, the record and the list', async () => {
    as('vptk-1');
    await sayAll(['/vipham', 'tu phap']);
    expect(await type(TOO_LONG(2001))).toBe(tooLong(2001));
    expect(await type(TYPED)).toContain('Ngày vi phạm');
    expect(await bot.say('hom nay')).toContain(`• Nội dung: ${NOTE}\n`);
    await bot.say('luu');
    expect((await bot.core.db.violation.findFirstOrThrow()).reason).toBe(NOTE);
    expect(await bot.say('/vipham')).toContain(`${TPHT} (tập thể): ${NOTE} (người ghi nhận: Nông Thị Hồng Nhung)`);
  });

  it('the services refuse a longer note rather than cut it', async () => {
    const actor = (await bot.core.services.members.findActor('CONSOLE', demoAccountId('vptk-1')))!;
    const unit = await bot.core.db.unit.findFirstOrThrow({ where: { name: TPHT } });
    const refused = await bot.core.services.scores.recordViolation(actor, bot.campaignId, { unitId: unit.id }, 'x'.repeat(2001), bot.now.value).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toMatchObject({ reason: 'answer-too-long', args: { length: 2001, max: 2000 } });
    expect(await bot.core.db.violation.count()).toBe(0);
  });
});
