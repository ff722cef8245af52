import { describe, expect, it } from 'vitest';
import { formatReply } from '../../src/channels/telegram/format.js';
import { INIT_DATA_MAX_AGE_MS, verifyInitData } from '../../src/http/telegram-init-data.js';
import { TELEGRAM_TOKEN, telegramInitData } from './dashboard-setup.js';

// A Mini App's initData against Telegram's rules, signed in the test the way Telegram's
// documentation describes (dashboard-setup.ts), and the button that opens the Mini App.

const now = new Date('2025-11-20T02:00:00Z');
const signed = (authDate = now, token = TELEGRAM_TOKEN) => telegramInitData({ userId: 777001, authDate }, token);

describe('verifyInitData', () => {
  it('takes initData Telegram signed for this bot, and names the Telegram user', () => {
    expect(verifyInitData(signed(), TELEGRAM_TOKEN, now)).toEqual({ ok: true, telegramUserId: '777001', authDate: now });
  });

  it('refuses initData signed for another bot, or changed after signing', () => {
    expect(verifyInitData(signed(now, '999:other'), TELEGRAM_TOKEN, now)).toEqual({ ok: false, reason: 'forged' });
    expect(verifyInitData(signed().replace('777001', '777002'), TELEGRAM_TOKEN, now)).toEqual({ ok: false, reason: 'forged' });
    const later = signed().replace(/auth_date=\d+/, `auth_date=${Math.floor(now.getTime() / 1000) + 60}`);
    expect(verifyInitData(later, TELEGRAM_TOKEN, now)).toEqual({ ok: false, reason: 'forged' });
    expect(verifyInitData(`${signed()}&extra=1`, TELEGRAM_TOKEN, now)).toEqual({ ok: false, reason: 'forged' });
  });

  it('refuses initData older than an hour, or dated in the future', () => {
    expect(verifyInitData(signed(new Date(now.getTime() - INIT_DATA_MAX_AGE_MS - 1000)), TELEGRAM_TOKEN, now)).toEqual({ ok: false, reason: 'expired' });
    expect(verifyInitData(signed(new Date(now.getTime() + 3_600_000)), TELEGRAM_TOKEN, now)).toEqual({ ok: false, reason: 'forged' });
  });

  it('says what is missing rather than failing on nonsense', () => {
    for (const raw of ['', null, undefined, 'a=b', 'hash=', '%%%', 'x'.repeat(10_000)]) {
      expect(verifyInitData(raw, TELEGRAM_TOKEN, now)).toEqual({ ok: false, reason: 'missing' });
    }
  });
});

describe('the Mini App button on Telegram', () => {
  it('goes under the message as a web_app button', () => {
    const url = 'https://bot.example.vn/web/bang-tin/telegram?c=1';
    const [message] = formatReply({ text: 'Bảng điều khiển', webApp: { label: 'Mở bảng điều khiển', url } }, (key) => key);
    expect(message).toEqual({ kind: 'text', text: 'Bảng điều khiển', keyboard: { inline_keyboard: [[{ text: 'Mở bảng điều khiển', web_app: { url } }]] } });
  });
});
