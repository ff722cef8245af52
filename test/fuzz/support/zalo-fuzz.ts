import { ZaloClient } from '../../../src/channels/zalo/client.js';
import { downloadPhoto, ZaloDownloadError } from '../../../src/channels/zalo/download.js';
import { zaloHandler } from '../../../src/channels/zalo/handler.js';
import { unwrapUpdate } from '../../../src/channels/zalo/parse.js';
import { zaloReplies } from '../../../src/channels/zalo/replies.js';
import { startTestBot } from '../../support/core.js';
import { JPEG } from '../../support/files.js';
import { startFakeZaloApi, ZALO_TOKEN } from '../../support/zalo-api-server.js';
import { errorCapture } from './checks.js';
import { inviteCodes, ZALO_MEMBERS, zaloStrangers } from './cast.js';
import { storeInvites, type ChannelFuzz } from './channel.js';
import { zaloUpdates, type Fuzzed } from './updates.js';

// zaloHandler (what polling and the webhook both call) with a real ZaloClient talking to the
// fake Zalo Bot API on 127.0.0.1, on the real core, fed fuzzed updates.

/** Pictures are fetched only from the fake CDN: an address elsewhere fails as if offline. */
function localDownload(url: string): Promise<Uint8Array> {
  const local = URL.canParse(url) && new URL(url).hostname === '127.0.0.1';
  return local ? downloadPhoto(url, { timeoutMs: 5_000 }) : Promise.reject(new ZaloDownloadError('photo download failed: network error'));
}

export async function startZaloFuzz(seed: number): Promise<ChannelFuzz> {
  const core = errorCapture();
  const channel = errorCapture();
  const bot = await startTestBot({ withReports: true, logger: core.logger });
  const api = await startFakeZaloApi();
  const { members, engine, i18n } = { members: bot.core.services.members, engine: bot.core.engine, i18n: bot.core.i18n };
  const declared = await members.membersOfOrganization(bot.organizationId);
  for (const m of ZALO_MEMBERS) await members.linkAccount(declared.find((d) => d.code === m.code)!.id, 'ZALO', m.person.id, m.person.name);
  const codes = inviteCodes(seed, 300);
  await storeInvites(bot, codes);
  const handle = zaloHandler({
    engine,
    members,
    i18n,
    logger: channel.logger,
    handled: bot.core.services.handledUpdates,
    replies: zaloReplies({ client: new ZaloClient({ token: ZALO_TOKEN, apiRoot: api.url }), pending: bot.core.services.pendingReplies, logger: channel.logger }),
    // Any address will do: the fake API takes it without fetching, so charts go out as photos.
    publish: (image) => `${api.url}/cdn/chart-${image.key}.png`,
    download: localDownload,
  });
  const strangers = zaloStrangers();
  const stream = zaloUpdates(seed, {
    members: ZALO_MEMBERS.map((m) => m.person),
    strangers,
    inviteCodes: codes,
    photoUrls: [0, 1, 2, 3, 4, 5].map((v) => api.addPhoto(Buffer.concat([JPEG, Buffer.from([v])]))),
    date: Math.floor(bot.now.value.getTime() / 1000),
  });
  // What the bot last said in each cast member's chat: the options an answer picks from.
  const cast = new Set([...ZALO_MEMBERS.map((m) => m.person.id), ...strangers.map((s) => s.id)]);
  const lastTexts = new Map<string, string>();

  return {
    bot,
    next: () => stream.next({ lastText: (chatId) => lastTexts.get(chatId) }),
    async handle(item: Fuzzed) {
      let thrown: unknown;
      const expected: string[] = [];
      // getUpdates may hand out an array; each element is read like a webhook body.
      for (const body of Array.isArray(item.update) ? item.update : [item.update]) {
        const update = unwrapUpdate(body);
        if (!update) {
          expected.push('not-an-update');
          continue;
        }
        try {
          await handle(update);
        } catch (error) {
          thrown = error;
        }
      }
      const sent = api.calls.filter((c) => c.method === 'sendMessage' || c.method === 'sendPhoto');
      const texts = sent.map((c) => String(c.params.text ?? c.params.caption ?? ''));
      for (const chatId of new Set(sent.map((c) => String(c.params.chat_id)))) {
        if (cast.has(chatId))
          lastTexts.set(
            chatId,
            sent
              .filter((c) => c.params.chat_id === chatId)
              .map((c) => String(c.params.text ?? c.params.caption ?? ''))
              .join('\n'),
          );
      }
      api.calls.length = 0;
      return { texts, thrown, channelErrors: channel.take(), coreErrors: core.take(), expected };
    },
    async close() {
      await api.close();
      await bot.close();
    },
  };
}
