import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InviteService, WRONG_CODES_ALLOWED } from '../../src/services/campaigns/invites.js';
import { RuleError } from '../../src/services/shared/errors.js';
import { startTestBot, type TestBot } from '../support/core.js';

// Wrong invite and link codes are counted per chat account, in the dialogs every channel shares:
// after 5 within 15 minutes the account waits, even with a right code, and is told how long.

let bot: TestBot;
beforeEach(async () => {
  bot = await startTestBot();
});
afterEach(() => bot.close());

const wrong = (code: string) => `Mã mời ${code} không đúng. Vui lòng kiểm tra lại từng ký tự, hoặc xin mã mới từ bộ phận thường trực.`;
const wait = (minutes: number) =>
  `Anh/chị đã nhập sai mã nhiều lần liên tiếp nên bot tạm ngừng nhận mã từ tài khoản này. Vui lòng chờ ${minutes} phút rồi thử lại, hoặc liên hệ bộ phận thường trực để được kiểm tra, cấp mã mới.`;
const later = (minutes: number) => (bot.now.value = new Date(bot.now.value.getTime() + minutes * 60_000));

async function invite(): Promise<string> {
  bot.as('vptk-1');
  const code = /Mã mời: ([A-Z0-9]{8})/.exec(await bot.say('/moi tu phap can bo'))?.[1];
  if (!code) throw new Error('no invite code');
  return code;
}

describe('wrong codes at /start', () => {
  it('five wrong codes, then even the right one waits; the wait ends 15 minutes after the first', async () => {
    const code = await invite();
    bot.console.become('visitor-guess');
    for (let i = 1; i <= WRONG_CODES_ALLOWED; i++) {
      expect(await bot.say(`/start ZZZZZZZ${i + 1}`)).toBe(wrong(`ZZZZZZZ${i + 1}`));
      later(1);
    }
    expect(await bot.say(`/start ${code}`)).toBe(wait(10));
    later(6);
    expect(await bot.say('/start ZZZZZZZZ')).toBe(wait(4));
    // nothing was counted while waiting: once the first wrong code is 15 minutes old, the right one goes through
    later(5);
    expect(await bot.say(`/start ${code}`)).toContain('Mã mời hợp lệ: UBND xã Kim Phượng — Tư pháp - Hộ tịch.');
    expect(await bot.say('Lò Thị Mai')).toContain('Đăng ký thành công. Chào mừng Lò Thị Mai!');
  });

  it('used and expired codes count too; another account is not held back', async () => {
    const used = await invite();
    bot.console.become('visitor-a');
    await bot.say(`/start ${used}`);
    await bot.say('Phạm Văn Bình');
    bot.console.become('visitor-b');
    for (let i = 0; i < WRONG_CODES_ALLOWED; i++) expect(await bot.say(`/start ${used}`)).toContain(`Mã mời ${used} đã được sử dụng hết.`);
    expect(await bot.say(`/start ${used}`)).toBe(wait(15));
    const fresh = await invite();
    bot.console.become('visitor-c');
    expect(await bot.say(`/start ${fresh}`)).toContain('Mã mời hợp lệ');
  });

  it('wrong link codes at /lienket share the count with invite codes', async () => {
    bot.console.become('visitor-link');
    for (let i = 0; i < 3; i++) expect(await bot.say('/start ZZZZZZZZ')).toBe(wrong('ZZZZZZZZ'));
    for (let i = 0; i < 2; i++) expect(await bot.say('/lienket ZZZZZZZZ')).toContain('Mã liên kết ZZZZZZZZ không đúng.');
    expect(await bot.say('/lienket ZZZZZZZZ')).toBe(wait(15));
    expect(await bot.say('/start ZZZZZZZZ')).toBe(wait(15));
  });

  it('the count is kept in the database: a restarted service still holds the account back', async () => {
    bot.console.become('visitor-restart');
    for (let i = 0; i < WRONG_CODES_ALLOWED; i++) await bot.say('/start ZZZZZZZZ');
    const restarted = new InviteService(bot.core.db, () => bot.now.value);
    const refused = await restarted.tryCode('CONSOLE', 'visitor-restart', async () => 'checked').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RuleError);
    expect(refused).toMatchObject({ reason: 'code-attempts-exceeded', args: { minutes: 15 } });
    expect(await restarted.tryCode('TELEGRAM', 'visitor-restart', async () => 'checked')).toBe('checked');
  });
});
