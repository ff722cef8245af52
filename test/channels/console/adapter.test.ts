import { PassThrough } from 'node:stream';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { ConsoleChannel } from '../../../src/channels/console/console.js';
import { CHANNEL_CAPABILITIES } from '../../../src/channels/contract.js';
import { demoAccountId } from '../../../src/demo/seed.js';
import { createOutboxSender } from '../../../src/services/messaging/outbox-sender.js';
import { startTestBot, type TestBot } from '../../support/core.js';

// The console as a channel adapter like Telegram and Zalo: the outbox delivers through it, its
// announcer decides its own chat, and it runs as a Runnable until its input ends or it is stopped.

let bot: TestBot | null = null;
afterEach(async () => {
  await bot?.close();
  bot = null;
});

/** Everything written to a stream so far, as text. */
function recorded(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return () => Buffer.concat(chunks).toString('utf8');
}

function consoleOn(b: TestBot, input = new PassThrough()) {
  const output = new PassThrough();
  const written = recorded(output);
  const channel = new ConsoleChannel({
    engine: b.core.engine,
    members: b.core.services.members,
    i18n: b.core.i18n,
    organizationId: b.organizationId,
    userId: demoAccountId('vhxh-1'),
    input,
    output,
    interactive: false,
  });
  return { channel, input, written };
}

describe('the console adapter', () => {
  it('says what a terminal carries: documents both ways, no buttons, no pictures, no length limit', () => {
    expect(CHANNEL_CAPABILITIES.CONSOLE).toEqual({ messageMax: Number.POSITIVE_INFINITY, buttons: false, documents: true, photos: false, linkOnlyFiles: false });
  });

  it('shows an outbox message to a console account in the terminal, through the real outbox sender', async () => {
    bot = await startTestBot();
    const { channel, written } = consoleOn(bot);
    const quang = await bot.core.services.members.findActor('CONSOLE', demoAccountId('vhxh-1'));
    await bot.core.services.outbox.enqueue([
      {
        dedupeKey: 'console-test-1',
        memberId: quang!.memberId,
        kind: 'broadcast',
        payload: { key: 'outbox-member-unreachable', args: { name: 'Đinh Văn Quang', unit: 'Văn hóa - Xã hội', channel: 'ZALO' } },
      },
    ]);
    const sender = createOutboxSender({
      outbox: bot.core.services.outbox,
      deliverers: { CONSOLE: channel.deliver },
      i18n: bot.core.i18n,
      logger: pino({ level: 'silent' }),
      clock: () => bot!.now.value,
    });
    expect(await sender.drainOnce()).toMatchObject({ claimed: 1, sent: 1 });
    expect(written()).toContain(`📨 Tin nhắn gửi tài khoản ${demoAccountId('vhxh-1')}:`);
    expect(written()).toContain('Đinh Văn Quang');
    expect((await bot.core.db.outboxMessage.findFirstOrThrow()).status).toBe('SENT');
  });

  it('takes every announcement, group chat or not, and shows it after the answer to the line that made it', async () => {
    bot = await startTestBot();
    const { channel } = consoleOn(bot);
    expect(channel.announcer.chatFor({})).toBe('console');
    expect(channel.announcer.chatFor({ TELEGRAM: '-100123' })).toBe('console');
    await channel.announcer.post('console', 'Bảng vàng thi đua');
    const answer = await channel.handleLine('/trogiup');
    const shown = answer.indexOf('📣 Đăng lên nhóm của phong trào:\nBảng vàng thi đua');
    expect(shown).toBeGreaterThan(answer.indexOf('/trogiup'));
    expect(answer.indexOf('/trogiup')).toBeGreaterThanOrEqual(0);
    // shown once
    expect(await channel.handleLine('/trogiup')).not.toContain('Bảng vàng thi đua');
  });

  it('started, answers the input’s lines until it is stopped', async () => {
    bot = await startTestBot();
    const { channel, input, written } = consoleOn(bot);
    await channel.start();
    input.write('/tiendo\n');
    while (!written().includes('Tiến độ của')) await new Promise((r) => setTimeout(r, 10));
    await channel.stop();
    await channel.finished();
    // nothing is read once stopped
    const before = written();
    input.write('/trogiup\n');
    await new Promise((r) => setTimeout(r, 100));
    expect(written()).toBe(before);
  });
});
