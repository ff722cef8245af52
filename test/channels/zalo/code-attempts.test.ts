import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WRONG_CODES_ALLOWED } from '../../../src/services/campaigns/invites.js';
import { NAM, NHUNG, startZaloTest, type ZaloTest } from './support/zalo.js';

// Zalo had no limit on wrong invite codes: now the one the dialogs keep for every channel.

let zl: ZaloTest;
beforeEach(async () => {
  zl = await startZaloTest();
  await zl.link('vptk-1', NHUNG);
});
afterEach(() => zl.close());

describe('wrong invite codes on Zalo', () => {
  it('the sixth try waits 15 minutes, even with a right code', async () => {
    const { code } = await zl.bot.core.services.invites.issue((await zl.bot.core.services.members.findActor('ZALO', NHUNG.id))!, null, 'LEADER');
    for (let i = 0; i < WRONG_CODES_ALLOWED; i++) expect((await zl.say(NAM, '/start ZZZZZZZZ'))[0]).toContain('Mã mời ZZZZZZZZ không đúng.');
    expect(await zl.say(NAM, `/start ${code}`)).toEqual([zl.bot.core.i18n.t('vi', 'code-attempts-exceeded', { minutes: 15 })]);
    expect(await zl.bot.core.services.members.findActor('ZALO', NAM.id)).toBeNull();
    zl.bot.now.value = new Date(zl.bot.now.value.getTime() + 15 * 60_000);
    expect((await zl.say(NAM, `/start ${code}`)).join('\n')).toContain('Mã mời hợp lệ');
  });
});
