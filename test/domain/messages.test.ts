import { describe, expect, it } from 'vitest';
import { splitText as telegramSplit, TEXT_MAX as TELEGRAM_MAX } from '../../src/channels/telegram/format.js';
import { TEXT_MAX as ZALO_MAX } from '../../src/channels/zalo/format.js';
import { MESSAGE_MAX, messageCount, splitText } from '../../src/domain/messages.js';

// One splitting for sending and for counting: what the /thongbao preview counts is what the
// channels send.

describe('MESSAGE_MAX', () => {
  it('is where the channels take their limits from', () => {
    expect(MESSAGE_MAX).toEqual({ TELEGRAM: 4096, ZALO: 2000, CONSOLE: Number.POSITIVE_INFINITY });
    expect(TELEGRAM_MAX).toBe(MESSAGE_MAX.TELEGRAM);
    expect(ZALO_MAX).toBe(MESSAGE_MAX.ZALO);
  });
});

describe('messageCount', () => {
  const lines = (n: number, width: number) => Array.from({ length: n }, (_, i) => `${String(i).padStart(3, '0')} ${'x'.repeat(width - 4)}`).join('\n');

  it('counts exactly the pieces the sender sends, per channel', () => {
    for (const text of ['Ngắn.', lines(20, 99), lines(20, 100) + 'y', lines(41, 99), lines(60, 150), 'z'.repeat(5000)]) {
      expect(messageCount(text, 'ZALO')).toBe(splitText(text, 2000).length);
      expect(messageCount(text, 'TELEGRAM')).toBe(telegramSplit(text).length);
      expect(messageCount(text, 'CONSOLE')).toBe(1);
    }
  });

  it('a text of exactly 2,000 characters is one Zalo message, 2,001 are two', () => {
    const exactly = `${lines(20, 99)}x`;
    expect(exactly).toHaveLength(2000);
    expect(messageCount(exactly, 'ZALO')).toBe(1);
    expect(messageCount(`${exactly}y`, 'ZALO')).toBe(2);
    expect(messageCount(`${exactly}y`, 'TELEGRAM')).toBe(1);
  });

  it('splits at line breaks, keeping every line whole when it fits', () => {
    const text = lines(30, 99);
    const pieces = splitText(text, 2000);
    expect(pieces).toHaveLength(2);
    expect(pieces.every((p) => p.length <= 2000)).toBe(true);
    expect(pieces.join('\n')).toBe(text);
  });
});
