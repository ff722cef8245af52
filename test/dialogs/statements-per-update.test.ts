import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKind } from '../../src/db/adapter.js';
import type { Envelope } from '../../src/dialogs/port.js';
import { demoAccountId } from '../../src/demo/seed.js';
import { startTestBot, type TestBot } from '../support/core.js';
import { countQueries, perUpdate } from '../support/query-counter.js';

// On PostgreSQL every statement is a round trip: an ordinary update reads the person, their roles
// and their chat's dialog in one. Counted at the driver, on whichever database the suite runs.

let bot: TestBot;
let counted: ReturnType<typeof countQueries>;
beforeAll(async () => {
  bot = await startTestBot();
  counted = countQueries(databaseKind(bot.url));
});
afterAll(() => bot.close());

const head = demoAccountId('vhxh-1');
const send = (incoming: Envelope['incoming'], userId = head) => bot.core.engine.converse({ channel: 'CONSOLE', chatId: userId, userId, incoming });

async function statementsOf(incoming: Envelope['incoming'], userId = head) {
  const before = counted();
  const { replies } = await send(incoming, userId);
  const cost = perUpdate(before, counted(), 1);
  return { replies, statements: cost.statements + cost.transactionControl };
}

describe('statements per update', () => {
  it('free text, /trogiup and a stranger writing cost one statement each', async () => {
    const text = await statementsOf({ kind: 'text', text: 'xin chào' });
    expect(text.replies[0]!.text).toContain('/trogiup');
    expect(text.statements).toBe(1);
    const help = await statementsOf({ kind: 'text', text: '/trogiup' });
    expect(help.replies[0]!.text).toContain('/baocao');
    expect(help.statements).toBe(1);
    const stranger = await statementsOf({ kind: 'text', text: 'xin chào' }, 'nobody-knows-me');
    expect(stranger.statements).toBe(1);
  });

  it('/xephang, once its standings are held, reads the person, then whether it is a city with the campaign and its standings stamp', async () => {
    const first = await statementsOf({ kind: 'text', text: '/xephang' });
    const again = await statementsOf({ kind: 'text', text: '/xephang' });
    expect(again.replies).toEqual(first.replies);
    expect(again.statements).toBe(2);
  });

  it('an answer inside a dialog reads the dialog with the person, not again', async () => {
    const [question] = (await send({ kind: 'text', text: '/baocao' })).replies;
    const option = question!.options![0]!;
    const answer = await statementsOf({ kind: 'choice', value: option.value, version: question!.version! });
    expect(answer.replies[0]!.text).toContain('Nhập kết quả cho tiêu chí');
    // the read of person and dialog, and whatever the step itself reads and writes
    const [cancel] = (await send({ kind: 'text', text: '/huy' })).replies;
    expect(cancel!.text).toContain('hủy');
    const idle = await statementsOf({ kind: 'text', text: '/huy' });
    expect(idle.statements).toBe(1);
  });
});
