import { Bot } from 'grammy';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { telegramDeliver } from '../../src/channels/telegram/deliver.js';
import { ZaloClient } from '../../src/channels/zalo/client.js';
import { zaloDeliver } from '../../src/channels/zalo/deliver.js';
import { createOutboxSender } from '../../src/services/messaging/outbox-sender.js';
import { demoAccountId } from '../../src/demo/seed.js';
import { startFakeBotApi, type FakeBotApi } from '../support/bot-api-server.js';
import { startTestBot, type TestBot } from '../support/core.js';
import { startFakeZaloApi, ZALO_TOKEN, type FakeZaloApi } from '../support/zalo-api-server.js';

// A 20-line /thongbao from typing to the recipients' phones: the preview shows its lines and
// counts the messages per channel; the outbox sender then delivers it through a Telegram Bot API
// and a Zalo Bot API on 127.0.0.1, and each receives exactly that many messages, lines intact.

const TG_TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
const SENDER = 'Nông Thị Hồng Nhung (Văn phòng - Thống kê)';

let bot: TestBot;
let telegram: FakeBotApi;
let zalo: FakeZaloApi;
beforeEach(async () => {
  bot = await startTestBot();
  telegram = await startFakeBotApi(TG_TOKEN, { id: 1, username: 'ThiDuaTestBot' });
  zalo = await startFakeZaloApi();
});
afterEach(async () => {
  await telegram.close();
  await zalo.close();
  await bot.close();
});

/** 20 lines, about 2,400 characters: one Telegram message, two on Zalo. */
const LINES = [
  'Kính gửi các cơ quan, đơn vị,',
  '',
  'Bộ phận Văn phòng - Thống kê đề nghị hoàn thành các việc sau trước ngày 28/11/2025:',
  ...Array.from(
    { length: 16 },
    (_, i) => `${i + 1}. Rà soát, cập nhật kết quả tiêu chí số ${i + 1} trên bot (/baocao), gửi kèm tài liệu kiểm chứng đã ký, đóng dấu và bản tổng hợp số liệu.`,
  ),
  'Trân trọng.',
];
const TEXT = LINES.join('\n');
/** as typed on a computer and pasted: CRLF, trailing spaces, a tab, three blank lines, a zero-width space */
const TYPED = `${LINES.join(' \r\n').replace('\r\n \r\n', '\r\n\r\n\r\n\r\n').replace('Rà soát', 'Rà\tsoát').replace('Kính', '\u200BKính')}\r\n`;

async function member(code: string) {
  return bot.core.db.member.findFirstOrThrow({ where: { code } });
}

/** Moves a member's announcements to another app (their console account stays, not preferred). */
async function moveTo(code: string, channel: 'TELEGRAM' | 'ZALO', externalId: string, locale: 'vi' | 'en' = 'vi') {
  const m = await member(code);
  await bot.core.services.members.linkAccount(m.id, channel, externalId);
  await bot.core.db.channelAccount.updateMany({ where: { memberId: m.id, channel: 'CONSOLE' }, data: { preferred: false } });
  await bot.core.db.member.update({ where: { id: m.id }, data: { locale } });
}

async function type(text: string): Promise<string> {
  const id = demoAccountId('vptk-1');
  const replies = await bot.core.engine.handle({ channel: 'CONSOLE', chatId: id, userId: id, incoming: { kind: 'text', text } });
  return replies.map((r) => r.text).join('\n');
}

describe('a 20-line announcement', () => {
  it('is previewed in its lines with the messages each channel will send, and arrives so', async () => {
    expect(TEXT.length).toBeGreaterThan(2000);
    expect(TEXT.length).toBeLessThanOrEqual(3500);
    await moveTo('tckt-1', 'TELEGRAM', '7001', 'en');
    await moveTo('tpht-1', 'ZALO', 'zalo-tpht');
    bot.as('vptk-1');
    await bot.say('/thongbao');
    await bot.say('1');

    const preview = await type(TYPED);
    expect(preview).toContain(`Xem trước — người nhận sẽ thấy đúng như sau:\n\n📢 Thông báo của ${SENDER}:\n${TEXT}\n\nGửi tới:`);
    expect(preview).toContain(
      [
        'Số tin sẽ gửi:',
        '• Telegram: 1 tin cho 1 người.',
        '• Zalo: 2 tin cho 1 người (mỗi tin chứa tối đa 2.000 ký tự nên thông báo được chia thành nhiều tin).',
        '• Dòng lệnh: 6 tin cho 6 người.',
      ].join('\n'),
    );
    expect(preview).toContain('bot đã gửi 0 tin qua Zalo');
    expect(await bot.say('gui')).toContain('Bot đang gửi cho 8 người');
    const rows = await bot.core.db.outboxMessage.findMany();
    expect(rows.every((r) => (r.payload as { args: { text: string } }).args.text === TEXT)).toBe(true);

    const tg = new Bot(TG_TOKEN, { client: { apiRoot: telegram.url } });
    const sender = createOutboxSender({
      outbox: bot.core.services.outbox,
      deliverers: { TELEGRAM: telegramDeliver(tg.api, TG_TOKEN), ZALO: zaloDeliver(new ZaloClient({ token: ZALO_TOKEN, apiRoot: zalo.url })) },
      i18n: bot.core.i18n,
      logger: pino({ level: 'silent' }),
      clock: () => bot.now.value,
    });
    // console accounts have no deliverer outside the demo: only the two phones get a message
    expect(await sender.drainOnce()).toMatchObject({ claimed: 8, sent: 2 });

    const tgTexts = telegram.calls.filter((c) => c.method === 'sendMessage').map((c) => String(c.params.text));
    expect(tgTexts).toEqual([`📢 Announcement from ${SENDER}:\n${TEXT}`]);
    const zaloTexts = zalo.textsTo('zalo-tpht');
    expect(zaloTexts).toHaveLength(2);
    expect(zaloTexts.join('\n')).toBe(`📢 Thông báo của ${SENDER}:\n${TEXT}`);
    expect(zaloTexts.every((t) => t.length <= 2000)).toBe(true);
  });

  it('a short one costs one message per person on every channel', async () => {
    await moveTo('tpht-1', 'ZALO', 'zalo-tpht');
    bot.as('vptk-1');
    await bot.say('/thongbao');
    await bot.say('2');
    await bot.say('tu phap');
    const preview = await type('Họp giao ban lúc 14:00 chiều nay.\nĐịa điểm: phòng họp tầng 2.');
    expect(preview).toContain('📢 Thông báo của Nông Thị Hồng Nhung (Văn phòng - Thống kê):\nHọp giao ban lúc 14:00 chiều nay.\nĐịa điểm: phòng họp tầng 2.');
    expect(preview).toContain('Số tin sẽ gửi:\n• Zalo: 1 tin cho 1 người.');
    expect(preview).not.toContain('Telegram:');
  });
});
