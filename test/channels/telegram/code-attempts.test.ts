import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WRONG_CODES_ALLOWED } from '../../../src/services/campaigns/invites.js';
import { HOA, NHUNG, startTelegramTest, type TelegramTest } from './support/telegram.js';

// Guessing invite codes on Telegram: after 5 wrong codes the account waits (the limit lives in the
// dialogs, so Telegram, Zalo and the console share it).

let tg: TelegramTest;
beforeEach(async () => {
  tg = await startTelegramTest();
  await tg.link('vptk-1', NHUNG);
});
afterEach(() => tg.close());

describe('wrong invite codes on Telegram', () => {
  it('the sixth try waits 15 minutes, even with a right code', async () => {
    const code = /Mã mời: ([A-Z0-9]{8})/.exec((await tg.say(NHUNG, '/moi tu phap can bo')).join('\n'))![1]!;
    for (let i = 0; i < WRONG_CODES_ALLOWED; i++) expect(await tg.say(HOA, '/start ZZZZZZZZ')).toEqual([tg.core.core.i18n.t('vi', 'invite-unknown', { code: 'ZZZZZZZZ' })]);
    expect(await tg.say(HOA, `/start ${code}`)).toEqual([tg.core.core.i18n.t('vi', 'code-attempts-exceeded', { minutes: 15 })]);
    expect(await tg.core.core.services.members.findActor('TELEGRAM', String(HOA.id))).toBeNull();
    // a restart forgets nothing
    tg.restart();
    expect((await tg.say(HOA, `/start ${code}`))[0]).toContain('Vui lòng chờ 15 phút');
    tg.core.now.value = new Date(tg.core.now.value.getTime() + 15 * 60_000);
    expect((await tg.say(HOA, `/start ${code}`)).join('\n')).toContain('Mã mời hợp lệ');
  });
});
