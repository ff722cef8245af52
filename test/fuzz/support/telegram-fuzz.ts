import type { Update } from 'grammy/types';
import { JPEG, LEGACY_OFFICE, EXE, OTHER_PDF, PDF } from '../../support/files.js';
import { startTelegramTest } from '../../channels/telegram/support/telegram.js';
import type { ApiCall } from '../../channels/telegram/support/fake-api.js';
import { errorCapture, errorLines } from './checks.js';
import { inviteCodes, TELEGRAM_MEMBERS, telegramStrangers } from './cast.js';
import { storeInvites, type ChannelFuzz } from './channel.js';
import { telegramUpdates, type TelegramFile } from './updates.js';

// The real grammY bot (startTelegramTest: real core on SQLite, FakeBotApi, file server) fed
// fuzzed updates through bot.handleUpdate.

/** Files the Bot API file server has: real formats, several of each so they are not all duplicates, one lying about its type. */
function files(): Array<TelegramFile & { bytes: Uint8Array }> {
  const kinds = [
    { bytes: PDF, name: 'to-trinh.pdf', mime: 'application/pdf' },
    { bytes: OTHER_PDF, name: 'Biên bản họp.pdf', mime: 'application/pdf' },
    { bytes: LEGACY_OFFICE, name: 'bao-cao-thanh-tich.doc', mime: 'application/msword' },
    { bytes: EXE, name: 'bao-cao.pdf', mime: 'application/pdf' },
  ];
  const documents = kinds.flatMap((k, i) =>
    [0, 1, 2].map((v) => ({ fileId: `fz-doc-${i}-${v}`, kind: 'document' as const, name: k.name, mime: k.mime, bytes: Buffer.concat([k.bytes, Buffer.from(`\n%${v}`)]) })),
  );
  const photos = [0, 1, 2, 3, 4, 5].map((v) => ({ fileId: `fz-photo-${v}`, kind: 'photo' as const, name: '', mime: 'image/jpeg', bytes: Buffer.concat([JPEG, Buffer.from([v])]) }));
  return [...documents, ...photos].map((f) => ({ ...f, size: f.bytes.byteLength }));
}

const TEXT_FIELDS: Record<string, 'text' | 'caption'> = {
  sendMessage: 'text',
  editMessageText: 'text',
  answerCallbackQuery: 'text',
  sendPhoto: 'caption',
  sendDocument: 'caption',
  editMessageCaption: 'caption',
};

const textOf = (call: ApiCall): string[] => {
  const field = TEXT_FIELDS[call.method];
  const value = field ? call.payload[field] : undefined;
  return typeof value === 'string' ? [value] : [];
};

export async function startTelegramFuzz(seed: number): Promise<ChannelFuzz> {
  const core = errorCapture();
  // The rate limit counts real time, which a fuzz run compresses: lifted so every update is handled.
  const tg = await startTelegramTest({ coreLogger: core.logger, deps: { rateLimit: { timeFrameMs: 1000, limit: 1_000_000 } } });
  for (const m of TELEGRAM_MEMBERS) await tg.link(m.code, m.person);
  const codes = inviteCodes(seed, 300);
  await storeInvites(tg.core, codes);
  const known = files();
  for (const f of known) {
    tg.api.filePaths.set(f.fileId, `documents/${f.fileId}`);
    tg.files.files.set(`documents/${f.fileId}`, f.bytes);
  }
  const stream = telegramUpdates(seed, {
    members: TELEGRAM_MEMBERS.map((m) => m.person),
    strangers: telegramStrangers(),
    inviteCodes: codes,
    files: known.map(({ bytes: _b, ...f }) => f),
    date: Math.floor(tg.core.now.value.getTime() / 1000),
  });
  const view = { keyboard: (chatId: number) => tg.keyboardMessage(chatId) };
  let handled = 0;
  return {
    bot: tg.core,
    next: () => stream.next(view),
    async handle(item) {
      let thrown: unknown;
      try {
        await tg.send(item.update as unknown as Update);
      } catch (error) {
        thrown = error;
      }
      const texts = tg.api.calls.flatMap(textOf);
      const channelErrors = errorLines(tg.logs);
      // Only this update's calls and log lines are looked at: forget them, and old messages now and then.
      tg.api.clear();
      tg.logs.length = 0;
      if (++handled % 500 === 0) tg.api.forgetMessages(20);
      return { texts, thrown, channelErrors, coreErrors: core.take(), expected: [] };
    },
    close: () => tg.close(),
  };
}
