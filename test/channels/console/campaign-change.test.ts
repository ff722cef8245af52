import { PassThrough } from 'node:stream';
import pino from 'pino';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ConsoleChannel } from '../../../src/channels/console/console.js';
import { demoAccountId } from '../../../src/demo/seed.js';
import { createOutboxSender } from '../../../src/services/messaging/outbox-sender.js';
import { startTestBot, type TestBot } from '../../support/core.js';

// In the console, the secretariat moves a deadline with /suakehoach; the real outbox sender then
// delivers the heads' notices through the console channel, where each head's account shows its own.

let bot: TestBot;
beforeEach(async () => {
  bot = await startTestBot();
});
afterEach(() => bot.close());

const HEADS = ['vhxh-1', 'dcxd-1', 'tckt-1', 'tpht-1', 'mot-cua-1'];
const NOTICE = 'Thường trực phong trào đã đổi hạn "Các bộ phận tự chấm điểm kết quả CCHC" từ ngày 28/11/2025 sang ngày 03/12/2025.';

it('moves a deadline in the console, and each affected head gets the notice through the outbox', async () => {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const channel = new ConsoleChannel({
    engine: bot.core.engine,
    members: bot.core.services.members,
    i18n: bot.core.i18n,
    organizationId: bot.organizationId,
    userId: demoAccountId('vptk-1'),
    input: new PassThrough(),
    output,
    interactive: false,
  });

  expect(await channel.handleLine('/suakehoach')).toContain('  1. Dời thời hạn\n');
  expect(await channel.handleLine('1')).toContain('  1. Các bộ phận tự chấm điểm kết quả CCHC (28/11/2025)\n');
  expect(await channel.handleLine('1')).toContain('Nhập ngày mới');
  const preview = await channel.handleLine('3/12/2025');
  expect(preview).toContain('• Hạn "Các bộ phận tự chấm điểm kết quả CCHC": 28/11/2025 → 03/12/2025\n');
  expect(preview).toContain('Sẽ báo cho 5 thủ trưởng (trong giờ hành chính): Đinh Văn Quang, Lương Văn Hùng, Nguyễn Thị Thu Hà, Ma Thị Huyền, Hà Văn Tuấn.');
  expect(await channel.handleLine('1')).toContain('Đang báo cho 5 thủ trưởng');

  const sender = createOutboxSender({
    outbox: bot.core.services.outbox,
    deliverers: { CONSOLE: channel.deliver },
    i18n: bot.core.i18n,
    logger: pino({ level: 'silent' }),
    clock: () => bot.now.value,
  });
  expect(await sender.drainOnce()).toMatchObject({ claimed: 5, sent: 5 });
  const written = Buffer.concat(chunks).toString('utf8');
  for (const head of HEADS) expect(written).toContain(`📨 Tin nhắn gửi tài khoản ${demoAccountId(head)}:\n${NOTICE}`);
  // the secretariat made the change: not told of it
  expect(written).not.toContain(`tài khoản ${demoAccountId('vptk-1')}:`);
  expect((await bot.core.db.outboxMessage.findMany()).map((m) => m.status)).toEqual(Array(5).fill('SENT'));
});
