import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { malformedAt } from '../../../src/channels/telegram/shape.js';

// The shape check in front of the Telegram handler: every real update passes, and the shapes the
// fuzzer sent that broke the handler (a name that is not text, a message without its chat, a
// broken keyboard on the message tapped, a file id no URL can carry) stop here.

const FIXTURES = new URL('../../fixtures/telegram/', import.meta.url);
const fixture = (name: string) => JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as Record<string, unknown> & { message?: Record<string, unknown> };

describe('malformedAt', () => {
  it('passes every real update in test/fixtures/telegram', () => {
    const names = readdirSync(FIXTURES).filter((n) => n.endsWith('.json'));
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) expect([name, malformedAt(fixture(name))]).toEqual([name, null]);
  });

  it('names the field that does not fit', () => {
    const nameNotText = fixture('private-text.json');
    (nameNotText.message!.from as Record<string, unknown>).first_name = [{}];
    expect(malformedAt(nameNotText)).toBe('message.from.first_name');
    const noChat = fixture('private-text.json');
    delete noChat.message!.chat;
    expect(malformedAt(noChat)).toBe('message.chat');
    const brokenFileId = fixture('photo.json');
    (brokenFileId.message!.photo as Array<Record<string, unknown>>)[0]!.file_id = '\udbff\u0007';
    expect(malformedAt(brokenFileId)).toBe('message.photo.0.file_id');
    const brokenKeyboard = fixture('callback-query.json') as Record<string, unknown> & { callback_query: { message: Record<string, unknown> } };
    brokenKeyboard.callback_query.message.reply_markup = { inline_keyboard: [[{ text: 'Một', callback_data: 'c:1:1' }], false] };
    expect(malformedAt(brokenKeyboard)).toBe('callback_query.message.reply_markup.inline_keyboard.1');
    expect(malformedAt({ update_id: 'x' })).toBe('update_id');
    expect(malformedAt(null)).toBe('');
  });
});
