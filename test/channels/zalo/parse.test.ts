import { describe, expect, it } from 'vitest';
import { parseUpdate, unwrapUpdate, withoutMention, type ZaloUpdate } from '../../../src/channels/zalo/parse.js';
import { CHANNEL_CAPABILITIES } from '../../../src/domain/channels.js';
import { fixture } from './support/zalo.js';

// Recorded update payloads (test/fixtures/zalo/) → what the dialog engine reads.

const downloads: string[] = [];
const download = async (url: string) => {
  downloads.push(url);
  return new Uint8Array([1, 2, 3]);
};
const parse = (name: string) => {
  const update = unwrapUpdate(fixture<unknown>(name));
  if (!update) throw new Error(`${name} is not an update`);
  return parseUpdate(update, download);
};

describe('unwrapUpdate', () => {
  it('reads both shapes: { event_name, message } and { ok, result: { … } }', () => {
    expect(unwrapUpdate(fixture('text'))).toMatchObject({ event_name: 'message.text.received', message: { text: 'Chào bot' } });
    expect(unwrapUpdate(fixture('text-wrapped'))).toMatchObject({ event_name: 'message.text.received', message: { text: '/xephang' } });
  });

  it('infers the event of an update without event_name from what its message carries', () => {
    expect(unwrapUpdate(fixture('text-no-event'))).toMatchObject({ event_name: 'message.text.received', message: { text: 'Xin chào' } });
    const without = (name: string) => {
      const { event_name: _, ...rest } = fixture<Record<string, unknown>>(name);
      return unwrapUpdate(rest)?.event_name;
    };
    expect(without('image')).toBe('message.image.received');
    expect(without('image-photo-field')).toBe('message.image.received');
    expect(without('sticker')).toBe('message.sticker.received');
    expect(without('voice')).toBe('message.unsupported.received');
  });

  it('is null for what is not an update', () => {
    for (const body of [null, 'x', 42, {}, { ok: true, result: null }, { ok: false, error_code: 408 }, { message: {} }]) expect(unwrapUpdate(body)).toBeNull();
  });
});

describe('parseUpdate', () => {
  it('a private text message becomes a text envelope that says Zalo carries no documents', () => {
    expect(parse('text')).toEqual({
      kind: 'envelope',
      messageId: '7d1f3a9c2b4e6f8a0c1d',
      envelope: {
        channel: 'ZALO',
        chatId: 'a1b2c3d4e5f6a7b8c9d0',
        chatType: 'private',
        userId: 'a1b2c3d4e5f6a7b8c9d0',
        displayName: 'Trần Văn Nam',
        capabilities: { ...CHANNEL_CAPABILITIES.ZALO, documents: false },
        incoming: { kind: 'text', text: 'Chào bot' },
      },
    });
  });

  it('takes the older `name` when there is no display_name', () => {
    const parsed = parse('text-wrapped');
    expect(parsed.kind === 'envelope' && parsed.envelope.displayName).toBe('Trần Văn Nam');
  });

  it("reads the name from first_name (the documentation's sample), joined with last_name when both come", () => {
    const parsed = parse('text-no-event');
    expect(parsed).toMatchObject({ kind: 'envelope', messageId: '7d1f3a9c2b4e6f8a0c71', envelope: { displayName: 'Trần Văn Nam', incoming: { kind: 'text', text: 'Xin chào' } } });
    const split = fixture<ZaloUpdate>('text');
    split.message!.from = { id: 'a1b2c3d4e5f6a7b8c9d0', first_name: 'Nam', last_name: 'Trần Văn' };
    const named = parseUpdate(split, download);
    expect(named.kind === 'envelope' && named.envelope.displayName).toBe('Nam Trần Văn');
    split.message!.from = { id: 'a1b2c3d4e5f6a7b8c9d0' };
    const nameless = parseUpdate(split, download);
    expect(nameless.kind === 'envelope' && nameless.envelope.displayName).toBeUndefined();
  });

  it('a picture (photo_url or photo) becomes a photo whose bytes are fetched from the temporary address', async () => {
    for (const [name, url] of [
      ['image', 'https://f21-zpc.zdn.vn/jpg/1234567890/abcdef0123456789.jpg'],
      ['image-photo-field', 'https://f20-zpc.zdn.vn/jpg/9876543210/0123456789abcdef.jpg'],
    ] as const) {
      const parsed = parse(name);
      if (parsed.kind !== 'envelope' || parsed.envelope.incoming.kind !== 'file') throw new Error(`${name}: ${JSON.stringify(parsed)}`);
      const file = parsed.envelope.incoming.file;
      expect(file).toMatchObject({ kind: 'photo', name: null, size: null });
      expect(downloads).not.toContain(url);
      expect(await file.download()).toEqual(new Uint8Array([1, 2, 3]));
      expect(downloads.at(-1)).toBe(url);
    }
  });

  it('stickers, voice messages and unsupported messages get the polite answer in a private chat', () => {
    for (const name of ['sticker', 'voice', 'unsupported']) {
      expect(parse(name)).toMatchObject({ kind: 'unsupported', chatId: 'a1b2c3d4e5f6a7b8c9d0', userId: 'a1b2c3d4e5f6a7b8c9d0' });
    }
  });

  it('a message whose sender or chat id carries a control character (NUL) or is overlong is not read', () => {
    for (const change of [
      (m: Record<string, Record<string, unknown>>) => (m.from!.id = 'abc\u0000def'),
      (m: Record<string, Record<string, unknown>>) => (m.chat!.id = '\u0007'),
      (m: Record<string, Record<string, unknown>>) => (m.from!.id = 'a'.repeat(129)),
    ]) {
      const body = fixture<{ message: Record<string, Record<string, unknown>> }>('text');
      change(body.message);
      const update = unwrapUpdate(body);
      expect(update?.message).toBeUndefined();
      expect(parseUpdate(update!, download).kind).toBe('ignored');
    }
  });

  it('an unsupported event without a message has no chat to answer: ignored', () => {
    expect(parse('unsupported-no-message')).toEqual({ kind: 'ignored', reason: 'message.unsupported.received without a message' });
  });

  it('a group message that mentions the bot is read as the command after the mention', () => {
    const parsed = parse('group-text');
    expect(parsed).toMatchObject({
      kind: 'envelope',
      envelope: { chatId: '9c8b7a6f5e4d3c2b1a09', chatType: 'group', userId: 'f0e1d2c3b4a596877869', incoming: { kind: 'text', text: '/xephang' } },
    });
  });

  it('in a group, stickers and the like are not answered; messages from bots never are', () => {
    const sticker = fixture<ZaloUpdate>('sticker');
    sticker.message!.chat = { id: '9c8b7a6f5e4d3c2b1a09', chat_type: 'GROUP' };
    expect(parseUpdate(sticker, download).kind).toBe('ignored');
    const fromBot = fixture<ZaloUpdate>('text');
    fromBot.message!.from.is_bot = true;
    expect(parseUpdate(fromBot, download).kind).toBe('ignored');
  });

  it('only web addresses are fetched as pictures', () => {
    const image = fixture<ZaloUpdate>('image');
    image.message!.photo_url = 'file:///etc/passwd';
    expect(parseUpdate(image, download).kind).toBe('unsupported');
  });
});

describe('withoutMention', () => {
  it('drops a leading mention before the command, and leaves other text alone', () => {
    expect(withoutMention('@Thi đua CCHC /xephang van hoa')).toBe('/xephang van hoa');
    expect(withoutMention('/xephang')).toBe('/xephang');
    expect(withoutMention('@Thi đua CCHC chào')).toBe('@Thi đua CCHC chào');
  });
});
