import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nominate } from '../support/council.js';
import { startTestBot, type TestBot } from '../support/core.js';
import { CAMPAIGN } from '../support/kim-phuong.js';

// /duyet with decisions on record, on the console as the leader (ct-ubnd) and the
// secretariat (vptk-1) type it: a Giấy khen needs the commune's Quyết định before the honour board;
// a Bằng khen of the city's chairman goes council → proposal list → the city's decision → board.

const GK = 'Giấy khen của Chủ tịch UBND xã';
const BK = 'Bằng khen của Chủ tịch UBND thành phố';
const DECIDER = 'Chủ tịch UBND thành phố';
const HINT = '(Gõ số thứ tự hoặc tên lựa chọn; /huy để hủy.)';
const options = (labels: readonly string[]) => labels.map((l, i) => `  ${i + 1}. ${l}`).join('\n');

let bot: TestBot;
beforeEach(async () => {
  bot = await startTestBot();
});
afterEach(() => bot.close());

/** A passed nomination of a collective for the city chairman's Bằng khen (no number set, decided higher up). */
async function passedForBangKhen(unitCode: string): Promise<number> {
  await bot.core.db.awardQuota.create({
    data: { campaignId: bot.campaignId, nomineeKind: 'COLLECTIVE', awardForm: 'BANG_KHEN_CT_TP', awardTitle: BK, decidedBy: 'HIGHER', decider: DECIDER },
  });
  const id = await nominate(bot, { kind: 'COLLECTIVE', unitCode }, 'PASSED');
  await bot.core.db.nomination.update({ where: { id }, data: { awardForm: 'BANG_KHEN_CT_TP' } });
  return id;
}

describe('/duyet: a Giấy khen is announced only with its Quyết định', () => {
  it('asks số, ngày, người ký, refusing each that does not read right, then posts the board with the decision', async () => {
    await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'VHXH' }, 'PASSED');
    bot.as('ct-ubnd');
    await bot.say('/duyet');
    await bot.say('1');
    expect(await bot.say('phe duyet')).toBe(
      '1 đề nghị đã chọn do Chủ tịch UBND quyết định khen thưởng; bảng vàng chỉ đăng khi đã có Quyết định. Nhập số Quyết định khen thưởng, ví dụ: 125/QĐ-UBND',
    );
    expect(await bot.say('QĐ 125')).toBe('“QĐ 125” chưa đúng dạng số Quyết định. Nhập lại theo dạng số/QĐ-cơ quan ban hành, ví dụ: 125/QĐ-UBND');
    expect(await bot.say('125/qđ-ubnd')).toBe('Nhập ngày ký Quyết định (dd/mm/yyyy), ví dụ: 20/11/2025. Quyết định ký trong ngày thì gõ: hôm nay');
    expect(await bot.say('31/11/2025')).toBe('“31/11/2025” không phải là một ngày hợp lệ. Nhập lại ngày ký theo dạng dd/mm/yyyy, ví dụ: 10/12/2025');
    expect(await bot.say('21/11/2025')).toBe('Ngày 21/11/2025 chưa tới: chỉ ghi Quyết định đã ký. Nhập lại ngày ký (dd/mm/yyyy).');
    expect(await bot.core.db.nomination.count({ where: { status: 'APPROVED' } })).toBe(0);
    expect(await bot.say('19/11/2025')).toBe('Nhập người ký Quyết định (họ tên và chức vụ), ví dụ: Nguyễn Văn An – Chủ tịch UBND xã');
    expect(await bot.say('An')).toBe('Người ký cần ghi từ 3 đến 150 ký tự, ví dụ: Nguyễn Văn An – Chủ tịch UBND xã. Nhập lại:');
    expect(await bot.say('Hoàng Văn Bình – Chủ tịch UBND xã')).toBe(
      [
        'Đã phê duyệt 1 đề nghị khen thưởng theo Quyết định số 125/QĐ-UBND ngày 19/11/2025. Bảng vàng đã được đăng lên 1 nhóm của phong trào.',
        '',
        '📣 Đăng lên nhóm của phong trào:',
        `🏆 BẢNG VÀNG — ${CAMPAIGN}`,
        '',
        `${GK}:`,
        '(Quyết định số 125/QĐ-UBND ngày 19/11/2025)',
        'Tập thể: Văn hóa - Xã hội',
        '',
        'Xin chúc mừng các tập thể, cá nhân được khen thưởng!',
      ].join('\n'),
    );
    expect(await bot.core.db.nomination.findFirstOrThrow()).toMatchObject({
      status: 'APPROVED',
      decisionNumber: '125/QĐ-UBND',
      decisionDate: new Date('2025-11-18T17:00:00Z'),
      decisionSigner: 'Hoàng Văn Bình – Chủ tịch UBND xã',
    });
  });

  it('a list over quota is refused before any decision is asked', async () => {
    await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'VHXH' }, 'PASSED');
    await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'TPHT' }, 'PASSED');
    bot.as('ct-ubnd');
    await bot.say('/duyet');
    await bot.say('1');
    await bot.say('2');
    expect(await bot.say('phe duyet')).toContain('Danh sách vượt chỉ tiêu Giấy khen của Chủ tịch UBND xã — tập thể: tối đa 01, đang chọn 2');
  });
});

describe('/duyet: a Bằng khen goes council → proposal list → the higher level decision', () => {
  it('is proposed, waits off the honour board, and is posted when the secretariat records the city’s decision', async () => {
    await passedForBangKhen('VHXH');
    bot.as('ct-ubnd');
    const list = await bot.say('/duyet');
    expect(list).toContain(`${BK} (UBND đề nghị, ${DECIDER} quyết định) — tập thể: kế hoạch không nêu số lượng`);
    expect(list).toContain('Hình thức do cấp trên quyết định: khi phê duyệt, đề nghị được đưa vào danh sách đề nghị cấp trên (đã trình)');
    await bot.say('1');
    expect(await bot.say('phe duyet')).toBe(
      'Đã đưa 1 đề nghị vào danh sách đề nghị cấp trên (đã trình). Khi có Quyết định của cấp trên, gõ /duyet và chọn “Ghi kết quả của cấp trên” để ghi số, ngày Quyết định; chỉ khi đó đề nghị mới lên bảng vàng.',
    );
    expect(await bot.core.db.nomination.findFirstOrThrow()).toMatchObject({ status: 'PASSED', proposalStatus: 'SUBMITTED' });
    expect(await bot.core.services.finalList.honourBoard(bot.campaignId)).toEqual([]);

    // A month later the city's decision comes back; the secretariat records it.
    bot.now.value = new Date('2025-12-22T02:00:00Z');
    bot.as('vptk-1');
    const label = `Văn hóa - Xã hội (tập thể, ${BK})`;
    expect(await bot.say('/duyet')).toBe(
      [
        'Danh sách đề nghị cấp trên đang chờ kết quả (1):',
        `• ${label} — đã trình ${DECIDER} ngày 20/11/2025`,
        '',
        'Chọn đề nghị đã có kết quả để ghi lại:',
        options([label]),
        HINT,
      ].join('\n'),
    );
    expect(await bot.say('1')).toBe(
      `${label}: đã trình ${DECIDER} ngày 20/11/2025. Kết quả của cấp trên:\n${options(['Cấp trên đã quyết định khen thưởng', 'Không được khen thưởng'])}\n${HINT}`,
    );
    expect(await bot.say('1')).toBe(`Nhập số Quyết định khen thưởng của ${DECIDER}, ví dụ: 2150/QĐ-UBND`);
    expect(await bot.say('2150/QĐ-UBND')).toBe('Nhập ngày ký Quyết định (dd/mm/yyyy), ví dụ: 22/12/2025. Quyết định ký trong ngày thì gõ: hôm nay');
    expect(await bot.say('19/11/2025')).toBe(
      'Ngày 19/11/2025 trước ngày trình đề nghị (20/11/2025): Quyết định của cấp trên được ký sau khi trình. Nhập lại ngày ký (dd/mm/yyyy).',
    );
    expect(await bot.say('18/12/2025')).toBe(
      [
        `Đã ghi: Văn hóa - Xã hội được tặng ${BK} theo Quyết định số 2150/QĐ-UBND ngày 18/12/2025. Bảng vàng đã được đăng lên 1 nhóm của phong trào.`,
        '',
        '📣 Đăng lên nhóm của phong trào:',
        `🏆 BẢNG VÀNG — ${CAMPAIGN}`,
        '',
        `${BK}:`,
        '(Quyết định số 2150/QĐ-UBND ngày 18/12/2025)',
        'Tập thể: Văn hóa - Xã hội',
        '',
        'Xin chúc mừng các tập thể, cá nhân được khen thưởng!',
      ].join('\n'),
    );
    expect(await bot.core.db.nomination.findFirstOrThrow()).toMatchObject({
      status: 'APPROVED',
      proposalStatus: 'AWARDED',
      decisionNumber: '2150/QĐ-UBND',
      decisionSigner: DECIDER,
    });
    expect(await bot.say('/duyet')).toBe('Không có đề nghị cấp trên nào đang chờ kết quả. Lãnh đạo UBND phê duyệt danh sách khen thưởng bằng lệnh /duyet.');
  });

  it('not awarded: the leader records it from the approval list, and nothing is posted', async () => {
    await passedForBangKhen('VHXH');
    await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'TPHT' }, 'PASSED');
    bot.as('ct-ubnd');
    await bot.say('/duyet');
    await bot.say('1');
    await bot.say('phe duyet');
    const list = await bot.say('/duyet');
    expect(list).toContain(`tập thể: kế hoạch không nêu số lượng (đã trình 1)`);
    expect(list).toContain(options([`☐ Tư pháp - Hộ tịch (tập thể, ${GK})`, 'Phê duyệt', 'Ghi kết quả của cấp trên (1 đề nghị đang chờ)']));
    await bot.say('3');
    await bot.say('1');
    expect(await bot.say('2')).toBe(`Đã ghi: Văn hóa - Xã hội không được ${DECIDER} khen thưởng. Đề nghị này không lên bảng vàng.`);
    expect(await bot.core.db.nomination.findFirstOrThrow({ where: { awardForm: 'BANG_KHEN_CT_TP' } })).toMatchObject({ status: 'PASSED', proposalStatus: 'NOT_AWARDED' });
    expect(await bot.core.services.finalList.honourBoard(bot.campaignId)).toEqual([]);
  });
});
