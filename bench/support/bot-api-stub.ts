import { startFakeBotApi } from '../../test/support/bot-api-server.js';

// The tests' stand-in Bot API as a child process of a benchmark, so that answering calls does not
// share the measured event loop. Started with `node --import tsx bench/support/bot-api-stub.ts
// <token> <botId> <username>` and an IPC channel: it sends `{ url }` once listening, then takes
//   { push: Update[] }  queue updates for getUpdates
//   { stats: true }     answer { calls, byMethod, answers } (calls made since the previous stats, and
//                       messages and photos sent to each chat) and forget them

const [token, botId, username] = process.argv.slice(2);
if (!token || !botId || !username || !process.send) throw new Error('usage: node --import tsx bench/support/bot-api-stub.ts <token> <botId> <username> (with an IPC channel)');
const api = await startFakeBotApi(token, { id: Number(botId), username });
process.send({ url: api.url });
process.on('message', (message: { push?: Record<string, unknown>[]; stats?: true }) => {
  for (const update of message.push ?? []) api.push(update);
  if (message.stats) {
    const byMethod: Record<string, number> = {};
    const answers: Record<string, number> = {};
    for (const call of api.calls) {
      byMethod[call.method] = (byMethod[call.method] ?? 0) + 1;
      if (call.method === 'sendMessage' || call.method === 'sendPhoto') answers[String(call.params.chat_id)] = (answers[String(call.params.chat_id)] ?? 0) + 1;
    }
    process.send!({ calls: api.calls.length, byMethod, answers });
    api.calls.length = 0;
  }
});
process.on('disconnect', () => void api.close().then(() => process.exit(0)));
